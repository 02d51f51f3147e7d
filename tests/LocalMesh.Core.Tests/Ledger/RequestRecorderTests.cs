using System.Diagnostics.Metrics;
using LocalMesh.Configuration;
using LocalMesh.Ledger;
using LocalMesh.Queue;
using LocalMesh.Routing;
using LocalMesh.Storage;
using LocalMesh.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalMesh.Core.Tests.Ledger;

/// <summary>One recorder for chat, embeddings and replays: the same ledger row and the same metrics, whatever the operation.</summary>
public sealed class RequestRecorderTests
{
    [Fact]
    public async Task ChatAndEmbeddings_AreRecordedAlike_InTheLedgerAndTheMetrics()
    {
        var dataDir = LocalMesh.Testing.TempDirectories.Create("localmesh-recorder-");
        await using var ledger = new AuditLedger(dataDir, NullLogger<AuditLedger>.Instance);
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var telemetry = new LocalMeshTelemetry(services.GetRequiredService<IMeterFactory>(), ledger, new JobStore(dataDir));
        var counted = new List<(string Operation, string Outcome, string Tier)>();
        using var listener = new MeterListener { InstrumentPublished = (i, l) => { if (i == telemetry.Requests) { l.EnableMeasurementEvents(i); } } };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var all = tags.ToArray();
            string Tag(string name) => (string)all.Single(t => t.Key == name).Value!;
            counted.Add((Tag("operation"), Tag("outcome"), Tag("tier")));
        });
        listener.Start();
        var recorder = new RequestRecorder(ledger, telemetry, TimeProvider.System);

        foreach (var operation in new[] { "chat.completions", "embeddings" })
        {
            var context = new RouteContext { RequestId = "req_" + operation, Domain = "general", AllowedTiers = new HashSet<Tier> { Tier.Edge } };
            context.Decision = new RouteDecision(Tier.Edge, "edge", "m", "general", "first choice", false);
            recorder.Record(operation, context.RequestId, "key", context, RequestOutcome.Ok, 12.5, 100);
        }

        recorder.Record("embeddings", "req_refused", null, null, RequestOutcome.Error(403), 1, 10);
        await ledger.FlushAsync();

        Assert.Equal([("chat.completions", "ok", "edge"), ("embeddings", "ok", "edge"), ("embeddings", "rejected", "none")], counted);
        using var connection = SqliteDatabase.Open(SqliteDatabase.ConnectionString(dataDir));
        using var command = SqliteDatabase.Command(connection, "SELECT operation, tier, backend, reason, status, http_status FROM requests ORDER BY request_id");
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "-" : reader.GetValue(i).ToString())));
        }

        Assert.Equal(["chat.completions|edge|edge|first choice|ok|200", "embeddings|edge|edge|first choice|ok|200", "embeddings|-|-|rejected|rejected|403"], rows);
    }
}
