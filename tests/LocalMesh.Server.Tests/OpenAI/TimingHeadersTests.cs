using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text;
using LocalMesh.Policy;
using LocalMesh.Server.OpenAI;
using LocalMesh.Telemetry;
using LocalMesh.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocalMesh.Server.Tests.OpenAI;

/// <summary>
/// The <c>x-localmesh-overhead-ms</c> / <c>x-localmesh-upstream-ms</c> split of a request's time between the node and its
/// backend, on a fake clock: the only time that passes is what the test puts on the wire and in the node's own work,
/// so both headers have exact values (a wall clock would make them "at least", which an all-upstream split also passes).
/// </summary>
public sealed class TimingHeadersTests
{
    // Different amounts, so that a split that counts either part as the other, or both twice, gives different numbers.
    private static readonly TimeSpan OnTheWire = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan NodesOwnWork = TimeSpan.FromMilliseconds(7);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_backends_wait_is_upstream_time_and_the_rest_is_the_nodes_own()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow); // the ledger's timestamps stay near now
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.EdgeWithEmbeddings(edge.BaseUrl), time: time,
            services: s => s.AddSingleton<IDomainClassifier>(new WorkingClassifier(time)));

        // The backend holds the request while the clock moves: the node is waiting for its response headers.
        edge.OnRequest = () => time.Advance(OnTheWire);

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

        foreach (var stream in new[] { false, true })
        {
            using var answer = await node.ChatAsync(TestNode.Body("Say something short.", model: "m", stream: stream));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            await answer.Content.ReadAsStringAsync(Ct);
            AssertSplit(answer);
        }

        // Each chat answer's own time is also the metric's measurement (localmesh_request_overhead_seconds).
        Assert.Equal([NodesOwnWork.TotalSeconds, NodesOwnWork.TotalSeconds], recorded);

        using var embeddings = await node.Http.PostAsync("/v1/embeddings", new StringContent("""{"model":"nomic-embed","input":["a"]}""", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, embeddings.StatusCode);
        AssertSplit(embeddings);
    }

    private static void AssertSplit(HttpResponseMessage response)
    {
        Assert.Equal(OnTheWire.TotalMilliseconds, Milliseconds(response, TimingHeaders.Upstream));
        Assert.Equal(NodesOwnWork.TotalMilliseconds, Milliseconds(response, TimingHeaders.Overhead));
    }

    private static double Milliseconds(HttpResponseMessage response, string header) =>
        double.Parse(response.Headers.GetValues(header).Single(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The node's own work, before any backend is called: every request (chat or embeddings) is classified.</summary>
    private sealed class WorkingClassifier(FakeTimeProvider time) : IDomainClassifier
    {
        public ValueTask<string?> ClassifyAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken)
        {
            time.Advance(NodesOwnWork);
            return ValueTask.FromResult<string?>(null);
        }
    }
}
