using System.Collections.Concurrent;
using System.Net;
using LocalMesh.Mesh.Routing;
using LocalMesh.Mesh.Transport;
using LocalMesh.Server.Tests;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Mesh.Tests.Failover;

/// <summary>
/// The entry node's watch on the peers it has requests at (<see cref="PeerLiveness"/>), in-process nodes over a real
/// nats-server: a peer whose connection is cut is declared gone once and every request it held goes to another node,
/// including one that joined after the requests were sent; a peer that is only slow is never declared gone. Nothing here
/// is timed: detection latency is measured by the <c>mesh-failover</c> bench.
/// </summary>
public sealed class PeerLivenessTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    [Fact]
    public async Task CutPeer_IsDeclaredGoneOnce_AndEveryRequestItHeldIsServedByAnotherNode()
    {
        await using var upstreamB = await FakeLlmServer.StartAsync("b-upstream");
        await using var upstreamC = await FakeLlmServer.StartAsync("c-upstream");
        upstreamB.Latency = TimeSpan.FromMinutes(5); // holds what it gets until b is cut
        upstreamB.Echo = upstreamC.Echo = true;
        var b = await MeshNodes.StartAsync(nats.Url, "live1", "b4", TestNode.Backend("ollama", "edge", upstreamB.BaseUrl, "llama-l"));
        await using var a = await MeshNodes.StartAsync(nats.Url, "live1", "a4");
        await MeshNodes.WaitForModelAsync(a, "b4", "llama-l");
        var gone = new ConcurrentQueue<string>();
        a.Services.GetRequiredService<MeshBackendProvider>().Liveness.Failed += (node, _) => gone.Enqueue(node);

        var sends = Enumerable.Range(0, 3).Select(i => a.ChatAsync(TestNode.Body($"request {i}", model: "llama-l"), domain: "general")).ToList();
        for (var i = 0; i < 1200 && upstreamB.Requests.Count < 3; i++) // a hang guard of 60 s, not a speed target: the nodes share two cores that may be busy
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Equal(3, upstreamB.Requests.Count);
        // c joins while b holds the requests: they must reach it all the same.
        await using var c = await MeshNodes.StartAsync(nats.Url, "live1", "c4", TestNode.Backend("ollama", "edge", upstreamC.BaseUrl, "llama-l"));
        await MeshNodes.WaitForModelAsync(a, "c4", "llama-l");

        await b.Services.GetRequiredService<MeshConnection>().Nats.DisposeAsync(); // what a SIGKILL looks like from the mesh
        var responses = await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(responses, r => Assert.Contains("backend=ollama@c4", r.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal));
        Assert.Equal(3, upstreamC.Requests.Count);
        Assert.Equal(["b4"], gone.ToArray());
        foreach (var response in responses)
        {
            response.Dispose();
        }

        await b.DisposeAsync();
    }

    [Fact]
    public async Task RequestHungOnALivePeer_IsGivenUpThere_AndServedByAnotherPeer()
    {
        await using var upstreamB = await FakeLlmServer.StartAsync("b-upstream");
        await using var upstreamC = await FakeLlmServer.StartAsync("c-upstream");
        upstreamB.Latency = TimeSpan.FromMinutes(5); // b stays alive (it answers pings) but its work on the request hangs
        await using var b = await MeshNodes.StartAsync(nats.Url, "live3", "b6", TestNode.Backend("ollama", "edge", upstreamB.BaseUrl, "llama-h"));
        await using var c = await MeshNodes.StartAsync(nats.Url, "live3", "c6", TestNode.Backend("ollama", "edge", upstreamC.BaseUrl, "llama-h"));
        // a gives a peer 8 s of silence per request (c's answer must come within it even on a busy machine); both peers
        // idle, so the tie goes to b (by name) first.
        await using var a = await MeshNodes.StartAsync(nats.Url, "live3", "a6", new Dictionary<string, string?> { ["Mesh:HopTimeoutSeconds"] = "8" });
        await MeshNodes.WaitForModelAsync(a, "b6", "llama-h");
        await MeshNodes.WaitForModelAsync(a, "c6", "llama-h");
        var gone = new ConcurrentQueue<string>();
        a.Services.GetRequiredService<MeshBackendProvider>().Liveness.Failed += (node, _) => gone.Enqueue(node);

        using var response = await a.ChatAsync(TestNode.Body("set an alarm for 7", model: "llama-h"), domain: "general");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("backend=ollama@c6", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);
        Assert.Single(upstreamB.Requests);
        Assert.Single(upstreamC.Requests);
        Assert.Empty(gone); // b was alive all along: only the request was given up, not the peer

        // a told b to stop: b's request ends now, not when its upstream's five minutes are up.
        var serving = b.Services.GetRequiredService<LocalMesh.Mesh.Serving.MeshResponder>();
        for (var i = 0; i < 1200 && serving.InFlight > 0; i++) // a hang guard of 60 s, not a speed target
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Equal(0, serving.InFlight);
    }

    [Fact]
    public async Task SlowPeer_SilentForManyKeepAliveIntervals_IsNeverDeclaredGone()
    {
        await using var pair = await MeshNodes.StartPairAsync(nats.Url, "live2", "5", "llama-slow");
        pair.Upstream.Latency = TimeSpan.FromSeconds(2); // eight keep-alive intervals of silence, while the pings are answered
        var gone = new ConcurrentQueue<string>();
        pair.Entry.Services.GetRequiredService<MeshBackendProvider>().Liveness.Failed += (node, _) => gone.Enqueue(node);

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => pair.Entry.ChatAsync(TestNode.Body($"slow {i}", model: "llama-slow"), domain: "general")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(responses, r => Assert.Contains("backend=ollama@b5", r.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal));
        Assert.Equal(3, pair.Upstream.Requests.Count);
        Assert.Empty(gone);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
