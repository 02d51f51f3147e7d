using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace LocalMesh.Cli.Commands;

/// <summary><c>localmesh scan "text"</c>: what the privacy guard finds and what would leave for a redacted tier.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var json = CliOptions.Json();
        var text = new Argument<string>("text") { Description = "The text to scan (use - to read standard input)." };
        var command = new Command("scan", "Show the personal data and secrets in a text, its data domain, and what would leave for the cloud after redaction.") { text, url, key, json };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            var input = parse.GetValue(text)!;
            if (input == "-")
            {
                input = await Console.In.ReadToEndAsync(ct);
            }

            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var result = await client.SendJsonAsync(HttpMethod.Post, "/v1/localmesh/scan", new { text = input }, ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(result.GetRawText());
                return 0;
            }

            var domain = result.GetProperty("domain");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"domain: {domain.GetProperty("name").GetString()} (confidence {domain.GetProperty("confidence").GetDouble():0.00}{(domain.GetProperty("counts").GetBoolean() ? "" : ", below the threshold: routing ignores it")})"));
            var entities = result.GetProperty("entities").EnumerateArray().ToList();
            if (entities.Count == 0)
            {
                Console.WriteLine("Nothing sensitive found; the text would leave as it is.");
                return 0;
            }

            var table = new Table().AddColumns("type", "at", "length");
            foreach (var e in entities)
            {
                table.AddRow(e.GetProperty("type").GetString()!, e.GetProperty("start").GetInt32().ToString(CultureInfo.InvariantCulture), e.GetProperty("length").GetInt32().ToString(CultureInfo.InvariantCulture));
            }

            CliRunner.Out().Write(table);
            Console.WriteLine("would leave: " + result.GetProperty("would_leave").GetString());
            return 0;
        }));
        return command;
    }
}
