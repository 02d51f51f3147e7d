using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;

namespace LocalMesh.Cli.Commands;

/// <summary>
/// <c>localmesh signals</c>: the node's signal streams and their state; <c>signals send STREAM FILE.csv</c> posts a CSV
/// of <c>timestamp,value</c> lines in batches and prints the alerts; <c>signals set STREAM ...</c> changes its settings.
/// </summary>
internal static class SignalsCommand
{
    public static Command Create()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var json = CliOptions.Json();
        var command = new Command("signals", "List the signal streams: points seen, alerts raised, last score and settings.") { url, key, json };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var list = await client.GetJsonAsync("/v1/localmesh/signals", ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(list.GetRawText());
                return 0;
            }

            var streams = list.GetProperty("data").EnumerateArray().ToList();
            if (streams.Count == 0)
            {
                Console.WriteLine("No signal streams yet: POST points to /v1/localmesh/signals/{stream} or run 'localmesh signals send STREAM FILE.csv'.");
                return 0;
            }

            var table = new Table().AddColumns("stream", "points", "alerts", "last point", "last score", "last alert", "sensitivity", "domain");
            foreach (var s in streams)
            {
                var settings = s.GetProperty("settings");
                table.AddRow(
                    Markup.Escape(s.GetProperty("stream").GetString()!),
                    s.GetProperty("points").GetInt64().ToString("N0", CultureInfo.InvariantCulture),
                    s.GetProperty("alerts").GetInt64().ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(s.GetProperty("last_timestamp").ToString()),
                    s.GetProperty("last_score").GetDouble().ToString("0.000", CultureInfo.InvariantCulture),
                    Markup.Escape(s.GetProperty("last_alert").ToString() is { Length: > 0 } a ? a : "-"),
                    settings.GetProperty("sensitivity").GetDouble().ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(settings.GetProperty("domain").ToString() is { Length: > 0 } d ? d : "(default)"));
            }

            CliRunner.Out().Write(table);
            return 0;
        }));
        command.Subcommands.Add(Send());
        command.Subcommands.Add(Set());
        return command;
    }

    private static Command Send()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var stream = new Argument<string>("stream") { Description = "The stream's name (created on first use)." };
        var file = new Argument<FileInfo>("file") { Description = "A CSV of timestamp,value lines (a header line is skipped), in time order." };
        var batch = new Option<int>("--batch") { Description = "Points per request.", DefaultValueFactory = _ => 10_000 };
        var command = new Command("send", "Post a CSV file's points to a stream in batches and print the alerts raised.") { stream, file, batch, url, key };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) throw new CliException($"{path.FullName} does not exist.", 2);
            if (parse.GetValue(batch) is < 1 or > 100_000) throw new CliException("--batch must be between 1 and 100,000.", 2);
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var name = Uri.EscapeDataString(parse.GetValue(stream)!);
            var lines = File.ReadLines(path.FullName).Where(l => l.Length > 0).ToList();
            if (lines.Count > 0 && lines[0].Split(',') is [_, var v] && !double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) lines.RemoveAt(0);
            int sent = 0, alerts = 0;
            foreach (var chunk in lines.Chunk(parse.GetValue(batch)))
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/localmesh/signals/" + name)
                {
                    Content = new StringContent(string.Join('\n', chunk), Encoding.UTF8, "text/csv"),
                };
                using var response = await client.SendAsync(request, ct);
                var result = await NodeClient.ReadAsync(response, ct);
                sent += chunk.Length;
                foreach (var alert in result.GetProperty("alerts").EnumerateArray())
                {
                    alerts++;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{alert.GetProperty("timestamp")}  value {alert.GetProperty("value").GetDouble():G6}  score {alert.GetProperty("score").GetDouble():0.000}  {alert.GetProperty("what").GetString()}"));
                }
            }

            Console.WriteLine($"Sent {sent:N0} points to '{parse.GetValue(stream)}'; {alerts} alert(s).");
            return 0;
        }));
        return command;
    }

    private static Command Set()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var stream = new Argument<string>("stream") { Description = "The stream's name (created if new)." };
        var sensitivity = new Option<double?>("--sensitivity") { Description = "0.01–100; 2 alerts on changes half as large." };
        var gap = new Option<double?>("--min-gap") { Description = "Least seconds between two alerts." };
        var domain = new Option<string?>("--domain") { Description = "The data domain of the stream (e.g. medical): which tiers its alerts may reach." };
        var retention = new Option<double?>("--retention-days") { Description = "Days alerts are kept (0 = for ever)." };
        var command = new Command("set", "Change a stream's settings.") { stream, sensitivity, gap, domain, retention, url, key };
        command.SetAction((parse, ct) => CliRunner.RunAsync(async () =>
        {
            var body = new Dictionary<string, object?>();
            if (parse.GetValue(sensitivity) is { } s) body["sensitivity"] = s;
            if (parse.GetValue(gap) is { } g) body["min_gap_seconds"] = g;
            if (parse.GetValue(domain) is { } d) body["domain"] = d;
            if (parse.GetValue(retention) is { } r) body["retention_days"] = r;
            if (body.Count == 0) throw new CliException("nothing to set: give --sensitivity, --min-gap, --domain or --retention-days.", 2);
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var result = await client.SendJsonAsync(HttpMethod.Put, $"/v1/localmesh/signals/{Uri.EscapeDataString(parse.GetValue(stream)!)}/settings", body, ct);
            Console.WriteLine($"'{result.GetProperty("stream").GetString()}': {result.GetProperty("settings").GetRawText()}");
            return 0;
        }));
        return command;
    }
}
