using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace LocalMesh.Cli.Commands;

/// <summary><c>localmesh domains</c> and <c>localmesh domains teach</c>: the data domains and the classifier that assigns them.</summary>
internal static class DomainCommands
{
    public static Command Create()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var json = CliOptions.Json();
        var command = new Command("domains", "List the data domains, the tiers each may reach, and how many examples teach the domain classifier.") { url, key, json };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var list = await client.GetJsonAsync("/v1/localmesh/domains", ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(list.GetRawText());
                return 0;
            }

            var table = new Table().AddColumns("domain", "may reach", "classified", "examples");
            foreach (var domain in list.GetProperty("data").EnumerateArray())
            {
                table.AddRow(
                    Markup.Escape(domain.GetProperty("name").GetString()!),
                    Markup.Escape(string.Join(", ", domain.GetProperty("tiers").EnumerateArray().Select(t => t.GetString()))),
                    domain.GetProperty("classified").GetBoolean() ? "[green]yes[/]" : "-",
                    domain.GetProperty("examples").GetInt32().ToString(CultureInfo.InvariantCulture));
            }

            CliRunner.Out().Write(table);
            return 0;
        }));
        command.Subcommands.Add(Teach());
        return command;
    }

    private static Command Teach()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var domain = new Argument<string>("domain") { Description = "The domain the texts belong to (one of the policy's domains)." };
        var texts = new Argument<string[]>("text") { Description = "One or more example texts.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("teach", "Teach the domain classifier: these texts belong to this domain. It retrains at once (needs the admin key when keys are configured).") { domain, texts, url, key };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var result = await client.SendJsonAsync(HttpMethod.Post, "/v1/localmesh/domains/examples", new { domain = parse.GetValue(domain), texts = parse.GetValue(texts) }, ct);
            Console.WriteLine($"Added {result.GetProperty("added").GetInt32()} example(s) of '{result.GetProperty("domain").GetString()}'; the classifier has retrained.");
            return 0;
        }));
        return command;
    }
}
