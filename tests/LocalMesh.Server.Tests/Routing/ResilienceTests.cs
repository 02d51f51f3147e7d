using System.Net;
using System.Text.Json;
using LocalMesh.Testing;
using Microsoft.Extensions.Time.Testing;

namespace LocalMesh.Server.Tests.Routing;

public sealed class ResilienceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stream_EdgeDiesMidStream_ClientGetsCleanErrorAndNodeLives()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        edge.Reply = "one two three four five six";
        edge.AbortAfterChunks = 2;
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "m"));

        using var response = await node.ChatAsync(TestNode.Body("stream please", stream: true));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = (await response.Content.ReadAsStringAsync(Ct)).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(events, e => e.Contains("\"content\":\"one\""));
        var last = events[^1];
        Assert.StartsWith("data: {\"error\"", last);
        Assert.Contains("upstream_failed_mid_stream", last);
        Assert.DoesNotContain(events, e => e == "data: [DONE]");

        // The process lives and serves the next request.
        edge.AbortAfterChunks = null;
        using var next = await node.ChatAsync(TestNode.Body("again", stream: true));
        var text = await next.Content.ReadAsStringAsync(Ct);
        Assert.EndsWith("data: [DONE]\n\n", text);
    }

    [Fact]
    public async Task Stream_EdgeDownBeforeFirstChunk_FailsOverToCloud()
    {
        await using var mesh = await EdgeAndCloud.StartAsync();
        var (edge, node) = (mesh.Edge, mesh.Node);
        edge.AbortAfterChunks = 0;

        using var response = await node.ChatAsync(TestNode.Body("stream please", stream: true), domain: "general");
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("tier=cloud", response.Headers.GetValues("x-localmesh-route").Single());
        Assert.Contains("\"content\":\"Hello\"", text);
        Assert.EndsWith("data: [DONE]\n\n", text);
    }

    [Fact]
    public async Task Circuit_OpensOnUpstreamFailures_AndRecoveryClosesIt()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.Merge(
            TestNode.Backend("edge", "edge", edge.BaseUrl, "m"),
            new Dictionary<string, string?>
            {
                ["Health:MinimumThroughput"] = "2",
                ["Health:BreakSeconds"] = "3", // long enough to observe "open" on a busy machine
                ["Health:ProbeIntervalSeconds"] = "0.3",
            }));

        edge.FailStatus = 500;
        for (var i = 0; i < 3; i++)
        {
            using var failing = await node.ChatAsync(TestNode.Body("x"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failing.StatusCode);
        }

        // Successful probes before the failures count in the sampling window too, so failed probes may be needed to tip it.
        var opening = DateTime.UtcNow.AddSeconds(10);
        while (await CircuitAsync(node) != "open" && DateTime.UtcNow < opening)
        {
            await Task.Delay(100, Ct);
        }

        var received = edge.Requests.Count;
        Assert.Equal("open", await CircuitAsync(node));
        using (var whileOpen = await node.ChatAsync(TestNode.Body("x")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, whileOpen.StatusCode);
            Assert.Contains("circuit open", await whileOpen.Content.ReadAsStringAsync(Ct));
        }

        Assert.Equal(received, edge.Requests.Count); // an open circuit sends nothing

        // Recovered means routable again: the circuit closed (a half-open try succeeded) and a probe found it healthy. The
        // two happen independently, so waiting for the circuit alone left a probe's "unhealthy" in the way on a busy machine.
        edge.FailStatus = 0;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await RecoveredAsync(node) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, Ct);
        }

        Assert.Equal("closed", await CircuitAsync(node));
        Assert.True(await RecoveredAsync(node), "the edge is available again");
        using var recovered = await node.ChatAsync(TestNode.Body("x"));
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task Timeout_SlowUpstream_IsCutAndFailsOver()
    {
        // The node's clock is fake and only the edge moves it, by the timeout, while it holds the request: the timeout fires
        // then (or at its real half second, if the resilience pipeline keeps the system clock), and the node's measure of
        // the wait is exact either way. On the wall clock, the time the node spent before its wait began (buffering and
        // hashing the body, on a busy machine) was inside the timeout but not the wait, and it measured 457 ms once.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var mesh = await EdgeAndCloud.StartAsync(new Dictionary<string, string?> { ["Backends:edge:TimeoutSeconds"] = "0.5" }, time);
        var (edge, node) = (mesh.Edge, mesh.Node);
        edge.OnRequest = () => time.Advance(TimeSpan.FromMilliseconds(500));
        edge.Latency = TimeSpan.FromSeconds(5);

        using var response = await node.ChatAsync(TestNode.Body("x"), domain: "general");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("edge timed out", (await TestNode.JsonAsync(response)).GetProperty("localmesh").GetProperty("reason").GetString());

        // The half second spent on the edge that timed out was a wait on a backend, not the node's own time.
        Assert.Equal("500.000", response.Headers.GetValues(LocalMesh.Server.OpenAI.TimingHeaders.Upstream).Single());
        Assert.Equal("0.000", response.Headers.GetValues(LocalMesh.Server.OpenAI.TimingHeaders.Overhead).Single());
    }

    private static async Task<string?> CircuitAsync(TestNode node) => (await BackendAsync(node)).GetProperty("circuit").GetString();

    private static async Task<bool> RecoveredAsync(TestNode node)
    {
        var backend = await BackendAsync(node);
        return backend.GetProperty("circuit").GetString() == "closed" && backend.GetProperty("available").GetBoolean();
    }

    private static async Task<JsonElement> BackendAsync(TestNode node)
    {
        using var response = await node.Http.GetAsync("/v1/localmesh/backends", Ct);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("data")[0].Clone();
    }
}
