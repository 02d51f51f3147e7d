using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text;
using LocalMesh.Server.Api;
using LocalMesh.Telemetry;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Server.Tests.Api;

/// <summary>The <c>x-localmesh-overhead-ms</c> / <c>x-localmesh-upstream-ms</c> split of a request's time between the node and its backend.</summary>
public sealed class TimingHeadersTests
{
    private static readonly TimeSpan BackendLatency = TimeSpan.FromMilliseconds(300);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_backends_wait_is_upstream_time_and_the_rest_is_the_nodes_own()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.EdgeWithEmbeddings(edge.BaseUrl));
        edge.Latency = BackendLatency;

        // This node's own instrument only: the meter's name is the same in every node the test process runs.
        var instrument = node.Services.GetRequiredService<LocalMeshTelemetry>().Overhead;
        var recorded = new ConcurrentQueue<double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (published, l) =>
            {
                if (ReferenceEquals(published, instrument))
                {
                    l.EnableMeasurementEvents(published);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, seconds, _, _) => recorded.Enqueue(seconds));
        listener.Start();

        var reported = new List<double>();
        foreach (var stream in new[] { false, true })
        {
            var clock = Stopwatch.StartNew();
            using var answer = await node.ChatAsync(TestNode.Body("Say something short.", model: "m", stream: stream));
            await answer.Content.ReadAsStringAsync(Ct);
            AssertSplit(answer, clock.Elapsed);
            reported.Add(Milliseconds(answer, TimingHeaders.Overhead));
        }

        // Each chat answer's own time is also the metric's measurement (localmesh_request_overhead_seconds).
        Assert.Equal(reported.Count, recorded.Count);
        Assert.All(reported.Zip(recorded), pair => Assert.Equal(pair.First, pair.Second * 1000, 0.001));

        var embeddingClock = Stopwatch.StartNew();
        using var embeddings = await node.Http.PostAsync("/v1/embeddings", new StringContent("""{"model":"nomic-embed","input":["a"]}""", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, embeddings.StatusCode);
        AssertSplit(embeddings, embeddingClock.Elapsed);
    }

    private static void AssertSplit(HttpResponseMessage response, TimeSpan clientTime)
    {
        var upstream = Milliseconds(response, TimingHeaders.Upstream);
        var overhead = Milliseconds(response, TimingHeaders.Overhead);

        // The backend's delay is counted as upstream time, not as the node's …
        Assert.InRange(upstream, BackendLatency.TotalMilliseconds, clientTime.TotalMilliseconds);

        // … and both parts together fit in what the client saw.
        Assert.InRange(overhead, 0, clientTime.TotalMilliseconds - upstream);
    }

    private static double Milliseconds(HttpResponseMessage response, string header) =>
        double.Parse(response.Headers.GetValues(header).Single(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
