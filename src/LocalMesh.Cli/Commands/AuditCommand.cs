using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LocalMesh.Ledger;
using LocalMesh.Server.Http;
using LocalMesh.Server.Management;
using LocalMesh.Storage;
using Spectre.Console;

namespace LocalMesh.Cli.Commands;

/// <summary><c>localmesh audit</c>: what left the machine, where, and why — from a running node or straight from a data directory.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var json = CliOptions.Json();
        var dataDir = new Option<string?>("--data-dir") { Description = "Read the ledger file in this data directory directly (no running node needed)." };
        var since = new Option<string?>("--since") { Description = "Only entries since a time (ISO 8601) or a duration back from now (30m, 24h, 7d)." };
        var until = new Option<string?>("--until") { Description = "Only entries before a time or duration back from now." };
        var domain = new Option<string?>("--domain") { Description = "Only this data domain." };
        var destination = new Option<string?>("--destination") { Description = "Only crossings to this backend, tier or host." };
        var limit = new Option<int>("--limit") { Description = "How many crossings to list (newest first).", DefaultValueFactory = _ => 20 };
        var command = new Command("audit", "Show what crossed the machine's boundary: where, how many bytes and tokens, at what cost, under which policy.")
            { url, key, dataDir, since, until, domain, destination, limit, json };
        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            if (parse.GetValue(limit) < 0)
            {
                throw new CliException("--limit must not be negative.", 2);
            }

            AuditReport report;
            if (parse.GetValue(dataDir) is { } dir)
            {
                var file = Path.Combine(Path.GetFullPath(dir), SqliteDatabase.FileName);
                if (!File.Exists(file))
                {
                    throw new CliException($"no ledger at {file}.", 2);
                }

                AuditQuery query;
                try
                {
                    query = new AuditQuery
                    {
                        Since = ManagementEndpoints.ParseTime(parse.GetValue(since), "since"),
                        Until = ManagementEndpoints.ParseTime(parse.GetValue(until), "until"),
                        Domain = parse.GetValue(domain),
                        Destination = parse.GetValue(destination),
                        Limit = parse.GetValue(limit),
                    };
                }
                catch (ApiException ex)
                {
                    throw new CliException(ex.Message.Replace("'since'", "--since").Replace("'until'", "--until"), 2);
                }

                report = AuditLedger.Query(SqliteDatabase.ConnectionString(dir, readOnly: true), query);
            }
            else
            {
                using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
                var path = "/v1/localmesh/audit?" + string.Join('&', new[]
                {
                    ("since", parse.GetValue(since)), ("until", parse.GetValue(until)), ("domain", parse.GetValue(domain)),
                    ("destination", parse.GetValue(destination)), ("limit", parse.GetValue(limit).ToString(CultureInfo.InvariantCulture)),
                }.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
                var raw = await client.GetJsonAsync(path, cancellationToken);
                report = raw.Deserialize<AuditReport>(AuditJson.Options)!;
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(report, AuditJson.Options));
                return 0;
            }

            Print(report);
            return 0;
        }));
        return command;
    }

    private static void Print(AuditReport report)
    {
        var console = CliRunner.Out();
        console.MarkupLine($"[bold]{report.Requests}[/] requests, [green]{report.RequestsKeptLocal}[/] answered without any byte leaving the machine.");
        if (report.Destinations.Count == 0)
        {
            console.MarkupLine("Nothing crossed the boundary.");
            return;
        }

        var totals = new Table().Title("What left, by destination").AddColumns("backend", "tier", "destination", "calls", "bytes sent", "bytes received", "tokens in/out", "est. cost", "redactions", "errors");
        foreach (var d in report.Destinations)
        {
            totals.AddRow(Markup.Escape(d.Backend), d.Tier, Markup.Escape(d.Destination), N(d.Crossings), N(d.BytesSent), N(d.BytesReceived),
                $"{N(d.TokensSent)}/{N(d.TokensReceived)}", d.Cost.ToString("0.######", CultureInfo.InvariantCulture), N(d.Redactions), N(d.Errors));
        }

        console.Write(totals);
        var rows = new Table().Title("Newest crossings").AddColumns("time (UTC)", "request", "backend", "domain", "sent", "received", "policy", "sha256", "outcome");
        foreach (var c in report.Crossings)
        {
            rows.AddRow(c.Timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Markup.Escape(c.RequestId), Markup.Escape(c.Backend),
                Markup.Escape(c.Domain), N(c.BytesSent), N(c.BytesReceived), Markup.Escape(c.PolicyDecision), Markup.Escape(c.ContentSha256?[..12] ?? "-"),
                c.Outcome == "ok" ? "ok" : $"[red]{Markup.Escape(c.Error ?? c.Outcome)}[/]");
        }

        console.Write(rows);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
