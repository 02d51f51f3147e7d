using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace LocalMesh.Cli.Commands;

/// <summary><c>localmesh backends</c>: the health table of a running node.</summary>
internal static class BackendsCommand
{
    public static Command Create()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var json = CliOptions.Json();
        var command = new Command("backends", "Show each backend's tier, health, circuit and load.") { url, key, json };
        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var list = await client.GetJsonAsync("/v1/localmesh/backends", cancellationToken);
            if (parse.GetValue(json))
            {
                Console.WriteLine(list.GetRawText());
                return 0;
            }

            if (list.GetProperty("data").GetArrayLength() == 0)
            {
                Console.WriteLine("No backends configured. Add them under LocalMesh:Backends (see localmesh.example.json) and restart the node.");
                return 0;
            }

            var table = new Table().AddColumns("backend", "tier", "endpoint", "health", "circuit", "in flight", "requests", "failures", "models");
            foreach (var b in list.GetProperty("data").EnumerateArray())
            {
                var available = b.GetProperty("available").GetBoolean();
                var health = b.GetProperty("health").GetString()!;
                var reason = b.GetProperty("unavailable_reason").ValueKind == JsonValueKind.String ? b.GetProperty("unavailable_reason").GetString() : null;
                table.AddRow(
                    Markup.Escape(b.GetProperty("name").GetString()!),
                    b.GetProperty("tier").GetString()!,
                    Markup.Escape(b.GetProperty("endpoint").GetString() ?? string.Empty),
                    available ? $"[green]{health}[/]" : $"[red]{Markup.Escape(reason ?? health)}[/]",
                    b.GetProperty("circuit").GetString()!,
                    $"{b.GetProperty("in_flight").GetInt32()}/{b.GetProperty("max_concurrency").GetInt32()}",
                    b.GetProperty("requests").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    b.GetProperty("failures").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(", ", b.GetProperty("models").EnumerateArray().Select(m => m.GetString()))));
            }

            CliRunner.Out().Write(table);
            return 0;
        }));
        return command;
    }
}
