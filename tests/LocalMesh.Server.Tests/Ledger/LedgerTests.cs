using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocalMesh.Server.Tests.Ledger;

public sealed class LedgerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ledger_TotalsMatchWhatTheUpstreamsReceived()
    {
        await using var mesh = await EdgeAndCloud.StartAsync(new Dictionary<string, string?> { ["Backends:cloud:InputCostPerMillion"] = "2.5", ["Backends:cloud:OutputCostPerMillion"] = "10" });
        var (edge, cloud, node) = (mesh.Edge, mesh.Cloud, mesh.Node);

        for (var i = 0; i < 7; i++)
        {
            using var r = await node.ChatAsync(TestNode.Body($"edge question {i} " + new string('x', i * 37), stream: i % 2 == 0), domain: "medical");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            await r.Content.ReadAsStringAsync(Ct);
        }

        for (var i = 0; i < 5; i++)
        {
            using var r = await node.ChatAsync(TestNode.Body($"cloud question {i}", model: "gpt-4o", stream: i % 2 == 1), domain: "general");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            await r.Content.ReadAsStringAsync(Ct);
        }

        using var audit = await node.Http.GetAsync("/v1/localmesh/audit?limit=100", Ct);
        var report = JsonDocument.Parse(await audit.Content.ReadAsStringAsync(Ct)).RootElement;
        var destinations = report.GetProperty("destinations").EnumerateArray().ToDictionary(d => d.GetProperty("backend").GetString()!);
        Assert.Equal(edge.Requests.Count, destinations["edge"].GetProperty("crossings").GetInt64());
        Assert.Equal(edge.BodyBytes, destinations["edge"].GetProperty("bytes_sent").GetInt64());
        Assert.Equal(cloud.Requests.Count, destinations["cloud"].GetProperty("crossings").GetInt64());
        Assert.Equal(cloud.BodyBytes, destinations["cloud"].GetProperty("bytes_sent").GetInt64());
        Assert.True(destinations["cloud"].GetProperty("bytes_received").GetInt64() > 0);
        Assert.True(destinations["cloud"].GetProperty("cost").GetDecimal() > 0);
        Assert.Equal(12, report.GetProperty("requests").GetInt64());

        // Filters: medical data never went to the cloud, and the ledger shows it.
        using var medical = await node.Http.GetAsync("/v1/localmesh/audit?domain=medical&destination=cloud", Ct);
        var medicalReport = JsonDocument.Parse(await medical.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(0, medicalReport.GetProperty("crossings").GetArrayLength());

        // Hashes, never content: each crossing's hash is that of a body an upstream received, byte for byte.
        var received = edge.Requests.Concat(cloud.Requests)
            .Select(r => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(r.Body)))).ToHashSet();
        var crossings = report.GetProperty("crossings").EnumerateArray().ToList();
        Assert.Equal(12, crossings.Count);
        Assert.All(crossings, c => Assert.Contains(c.GetProperty("content_sha256").GetString()!, received));
        Assert.DoesNotContain("question", report.GetRawText());

        using var bad = await node.Http.GetAsync("/v1/localmesh/audit?since=yesterday-ish", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Audit_ReadRightAfterAJsonAnswerOrError_HasThatRequest()
    {
        // A JSON answer carries its length, so a client can read all of it before the handler ends; the handler's record
        // must be queued before the answer leaves, or an audit read at once would miss it.
        await using var edge = await Testing.FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "m"));
        for (var i = 1; i <= 20; i++)
        {
            using var r = i % 4 == 0 ? await node.ChatAsync(TestNode.Body("which model?", model: "no-such-model")) : await node.ChatAsync(TestNode.Body($"question {i}"));
            Assert.Equal(i % 4 == 0 ? HttpStatusCode.NotFound : HttpStatusCode.OK, r.StatusCode);
            await r.Content.ReadAsStringAsync(Ct);
            using var audit = await node.Http.GetAsync("/v1/localmesh/audit?limit=0", Ct);
            Assert.Equal(i, JsonDocument.Parse(await audit.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("requests").GetInt64());
        }
    }

    [Fact]
    public async Task CommitInterval_IsConfigurable_AndReadsThroughTheApiFlushFirst()
    {
        // Ten seconds between commits (the most allowed), on a fake clock that only the test moves: the row reaches the file
        // only when the audit endpoint flushes the writer, however slow the machine is.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var edge = await Testing.FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.Merge(TestNode.Backend("edge", "edge", edge.BaseUrl), new Dictionary<string, string?> { ["Audit:CommitIntervalSeconds"] = "10" }), time: time);

        // The request's record is queued just before its request is counted (the handler writes both after answering).
        var counted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = node.Services.GetRequiredService<LocalMesh.Telemetry.LocalMeshTelemetry>().Requests;
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument, requests))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => counted.TrySetResult());
        listener.Start();

        using var r = await node.ChatAsync(TestNode.Body("how long until this is written down?"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        await counted.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        time.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromMilliseconds(1)); // all but the last millisecond of the interval
        Assert.Equal(0, RequestRows(node.DataDir));
        var (pending, dropped) = LedgerMetrics(node);
        Assert.True(pending >= 1, $"{pending} records pending"); // the request, and the crossing if it went to the edge
        Assert.Equal(0, dropped);

        using var audit = await node.Http.GetAsync("/v1/localmesh/audit", Ct);
        Assert.Equal(1, JsonDocument.Parse(await audit.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("requests").GetInt64());
        Assert.Equal(1, RequestRows(node.DataDir));
        Assert.Equal((0, 0), LedgerMetrics(node));

        // The same two numbers, as Prometheus scrapes them.
        var scrape = await node.Http.GetStringAsync("/metrics", Ct);
        Assert.Contains("localmesh_ledger_pending", scrape, StringComparison.Ordinal);
        Assert.Contains("localmesh_ledger_dropped", scrape, StringComparison.Ordinal);

        // This node's own instruments: the meter's name is the same in every node the test process runs.
        static (long Pending, long Dropped) LedgerMetrics(TestNode node)
        {
            var telemetry = node.Services.GetRequiredService<LocalMesh.Telemetry.LocalMeshTelemetry>();
            long pending = -1, dropped = -1;
            using var listener = new System.Diagnostics.Metrics.MeterListener
            {
                InstrumentPublished = (instrument, l) =>
                {
                    if (ReferenceEquals(instrument, telemetry.LedgerPending) || ReferenceEquals(instrument, telemetry.LedgerDropped))
                    {
                        l.EnableMeasurementEvents(instrument);
                    }
                },
            };
            listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            {
                if (ReferenceEquals(instrument, telemetry.LedgerPending))
                {
                    pending = value;
                }
                else
                {
                    dropped = value;
                }
            });
            listener.Start();
            listener.RecordObservableInstruments();
            return (pending, dropped);
        }

        static long RequestRows(string dataDir)
        {
            using var connection = LocalMesh.Storage.SqliteDatabase.Open(LocalMesh.Storage.SqliteDatabase.ConnectionString(dataDir));
            using var command = LocalMesh.Storage.SqliteDatabase.Command(connection, "SELECT COUNT(*) FROM requests");
            return (long)command.ExecuteScalar()!;
        }
    }
}
