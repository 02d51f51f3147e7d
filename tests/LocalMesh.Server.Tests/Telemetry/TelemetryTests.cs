using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using LocalMesh.Ledger;
using LocalMesh.Telemetry;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Server.Tests.Telemetry;

/// <remarks>
/// Alone, not beside other test classes: every node in the process creates a meter named <c>LocalMesh</c>, and a node's
/// Prometheus exporter listens to all of them. OpenTelemetry folds an instrument into an earlier one of the same name
/// and meter name, so a node's series could be fed through another node's instrument, and vanish from the scrape when
/// that node, finished with its own test, is disposed (a queue replay counted by this node's instrument was seen
/// missing from its scrape for 20 s once in a full run).
/// </remarks>
[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A backend name no other node in the test process has, so this node's samples can be told apart.</summary>
    private static string UniqueBackend() => "b" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Metrics_BytesSentCostEmbeddingsAndTokens_AreOnTheScrape()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        var backend = UniqueBackend();
        await using var node = await TestNode.StartAsync(TestNode.Merge(
            TestNode.Backend(backend, "edge", edge.BaseUrl, "m"),
            new Dictionary<string, string?>
            {
                [$"Backends:{backend}:EmbeddingModels:0"] = "nomic-embed",
                [$"Backends:{backend}:InputCostPerMillion"] = "2000000", // 2 per token: a cost the test can see
                [$"Backends:{backend}:OutputCostPerMillion"] = "1000000",
            }));

        using (var chat = await node.ChatAsync(TestNode.Body("Say something short.", model: "m")))
        {
            Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        }

        using (var embeddings = await node.Http.PostAsync("/v1/embeddings", new StringContent("""{"model":"nomic-embed","input":["a","b"]}""", Encoding.UTF8, "application/json"), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, embeddings.StatusCode);
        }

        var ledger = node.Services.GetRequiredService<AuditLedger>();
        await ledger.FlushAsync();
        var totals = Assert.Single((await ledger.QueryAsync(new AuditQuery())).Destinations, d => d.Backend == backend);
        Assert.Equal(2, totals.Crossings);
        Assert.True(totals.Cost > 0);

        var scrape = await PrometheusScrape.UntilAsync(node, s => s.Find("localmesh_requests_total", ("operation", "embeddings"), ("backend", backend)).Any());

        // The same bytes and cost the ledger recorded for the two crossings, as Prometheus scrapes them.
        var sent = Assert.Single(scrape.Find("localmesh_bytes_sent_bytes_total", ("backend", backend), ("tier", "edge")));
        Assert.Equal(totals.BytesSent, (long)sent.Value);
        Assert.Equal(edge.BodyBytes, (long)sent.Value);
        var cost = Assert.Single(scrape.Find("localmesh_cost_total", ("backend", backend)));
        Assert.Equal((double)totals.Cost, cost.Value, 6);

        // Embeddings are requests too, with operation="embeddings".
        var requests = Assert.Single(scrape.Find("localmesh_requests_total", ("operation", "embeddings"), ("backend", backend), ("outcome", "ok")));
        Assert.Equal(1, requests.Value);
        Assert.NotEmpty(scrape.Find("localmesh_request_duration_seconds_count"));

        // Microsoft.Extensions.AI's GenAI metrics for this backend's calls (its address is this test's fake server).
        var port = edge.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(scrape.Find("gen_ai_client_token_usage_count", ("server_port", port), ("gen_ai_token_type", "input")), s => s.Value >= 1);
        Assert.Contains(scrape.Find("gen_ai_client_operation_duration_seconds_count", ("server_port", port), ("gen_ai_operation_name", "chat")), s => s.Value >= 1);
    }

    [Fact]
    public async Task Spans_RouteAndGenAi_CarryRouteAndGenAiAttributes_NeverMessageContent()
    {
        const string Secret = "purple-elephant-4711";
        await using var edge = await FakeLlmServer.StartAsync("edge");
        edge.Reply = "The reply mentions turquoise-giraffe-0815.";
        await using var node = await TestNode.StartAsync(TestNode.EdgeWithEmbeddings(edge.BaseUrl));

        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == LocalMeshTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        using var chat = await node.ChatAsync(TestNode.Body("Tell me about " + Secret, model: "m"));
        Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        var chatRoute = await RouteSpanAsync(stopped, chat.Headers.GetValues("x-request-id").Single());
        using var embeddings = await node.Http.PostAsync("/v1/embeddings", new StringContent($$"""{"model":"nomic-embed","input":["{{Secret}}"]}""", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, embeddings.StatusCode);
        var embeddingRoute = await RouteSpanAsync(stopped, embeddings.Headers.GetValues("x-request-id").Single());

        // One route span per request, with the route the ledger and the x-localmesh-route header report.
        Assert.Equal("chat", chatRoute.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("edge", chatRoute.GetTagItem("localmesh.backend"));
        Assert.Equal("edge", chatRoute.GetTagItem("localmesh.tier"));
        Assert.Equal("m", chatRoute.GetTagItem("localmesh.model"));
        Assert.Equal(1, chatRoute.GetTagItem("localmesh.attempts"));
        Assert.Equal("embeddings", embeddingRoute.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("edge", embeddingRoute.GetTagItem("localmesh.backend"));

        // Under each, the backend call's GenAI span (Microsoft.Extensions.AI, semantic conventions).
        var chatCall = Assert.Single(stopped, a => a.ParentSpanId == chatRoute.SpanId);
        Assert.Equal("chat", chatCall.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("m", chatCall.GetTagItem("gen_ai.request.model"));
        Assert.NotNull(chatCall.GetTagItem("gen_ai.usage.input_tokens"));
        Assert.NotNull(chatCall.GetTagItem("gen_ai.usage.output_tokens"));
        Assert.Equal(edge.Port, chatCall.GetTagItem("server.port"));
        var embeddingCall = Assert.Single(stopped, a => a.ParentSpanId == embeddingRoute.SpanId);
        Assert.Equal("embeddings", embeddingCall.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("nomic-embed", embeddingCall.GetTagItem("gen_ai.request.model"));

        // Neither the prompt nor the answer appears in any tag or event of these traces.
        foreach (var span in stopped.Where(a => a.TraceId == chatRoute.TraceId || a.TraceId == embeddingRoute.TraceId))
        {
            var values = span.TagObjects.Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)
                .Concat(span.Events.SelectMany(e => e.Tags.Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)))
                .Append(span.DisplayName);
            Assert.DoesNotContain(values, v => v.Contains(Secret, StringComparison.Ordinal) || v.Contains("turquoise-giraffe", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Metrics_QueueDepthOldestAgeAndReplays_FollowTheOfflineQueue()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        edge.FailStatus = 503; // probes fail too: the backend is down before the first request
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "m"));
        var telemetry = node.Services.GetRequiredService<LocalMeshTelemetry>();

        // This node's own instruments: the meter's name is the same in every node the test process runs.
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long depth = -1;
        double oldestAge = -1;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument, telemetry.QueueDepth) || ReferenceEquals(instrument, telemetry.QueueOldestAge) || ReferenceEquals(instrument, telemetry.QueueReplays))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (ReferenceEquals(instrument, telemetry.QueueDepth))
            {
                depth = value;
            }
            else if (tags.ToArray().Contains(new KeyValuePair<string, object?>("outcome", "answered")))
            {
                answered.TrySetResult();
            }
        });
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => oldestAge = value);
        listener.Start();

        listener.RecordObservableInstruments();
        Assert.Equal(0, depth);
        Assert.Equal(0, oldestAge);

        using (var queued = await node.ChatAsync(TestNode.Body("Answer when you can."), queue: true))
        {
            Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        }

        listener.RecordObservableInstruments();
        Assert.Equal(1, depth);
        Assert.True(oldestAge >= 0);

        var scrape = PrometheusScrape.Parse(await node.Http.GetStringAsync("/metrics", Ct));
        Assert.NotEmpty(scrape.Find("localmesh_queue_depth"));
        Assert.NotEmpty(scrape.Find("localmesh_queue_oldest_age_seconds"));
        Assert.NotEmpty(scrape.Find("localmesh_jobs_queued_total"));

        // The backend comes back: the worker answers the job from the queue, which counts as a replay.
        edge.FailStatus = 0;
        await answered.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        listener.RecordObservableInstruments();
        Assert.Equal(0, depth);
        Assert.Equal(0, oldestAge);
        scrape = await PrometheusScrape.UntilAsync(node, s => s.Find("localmesh_queue_replays_total", ("outcome", "answered")).Any());
        Assert.NotEmpty(scrape.Find("localmesh_queue_replays_total", ("outcome", "answered")));
    }

    /// <summary>The route span of the request <paramref name="requestId"/>, once it has ended (within 20 s).</summary>
    private static async Task<Activity> RouteSpanAsync(ConcurrentQueue<Activity> stopped, string requestId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (stopped.FirstOrDefault(a => a.OperationName == RouteActivity.Name && (string?)a.GetTagItem("localmesh.request_id") == requestId) is { } span)
            {
                return span;
            }

            await Task.Delay(200, Ct);
        }

        throw new Xunit.Sdk.XunitException($"No {RouteActivity.Name} span ended for {requestId}.");
    }
}

/// <summary>Runs <see cref="TelemetryTests"/> with no other test class at the same time.</summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryTestsCollection
{
}
