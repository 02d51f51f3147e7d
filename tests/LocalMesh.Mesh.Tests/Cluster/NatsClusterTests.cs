using System.Net;
using LocalMesh.Mesh.Membership;
using LocalMesh.Mesh.Transport;
using LocalMesh.Server.Tests;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;
using NATS.Client.Core;
using NATS.Net;

namespace LocalMesh.Mesh.Tests.Cluster;

/// <summary>
/// The mesh on a 3-server NATS cluster (routes between nats-server processes on loopback, JetStream clustered, the
/// mesh's buckets on 3 replicas): when the server a node is connected to is killed, the node keeps serving its own
/// clients, moves to another server, keeps heartbeating, and requests still cross to its peer.
/// </summary>
public sealed class NatsClusterTests : IAsyncLifetime
{
    private readonly NatsCluster _cluster = new(3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _cluster.StartAsync();

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task ServerOfANodeKilled_TheNodeKeepsServing_MovesToAnotherServer_KeepsHeartbeating_AndStillReachesItsPeer()
    {
        await using var ownUpstream = await FakeLlmServer.StartAsync("a-upstream");
        await using var peerUpstream = await FakeLlmServer.StartAsync("b-upstream");
        var replicas = new Dictionary<string, string?> { ["Mesh:Replicas"] = "3" };
        await using var b = await MeshNodes.StartAsync(_cluster.Url, "plant", "cb", replicas, TestNode.Backend("ollama", "edge", peerUpstream.BaseUrl, "m"));
        await using var a = await MeshNodes.StartAsync(_cluster.Url, "plant", "ca", replicas, TestNode.Backend("mine", "edge", ownUpstream.BaseUrl, "own"));
        await MeshNodes.WaitForModelAsync(a, "cb", "m");
        await MeshNodes.WaitForPeersAsync(b, peers => peers.Any(p => p.Card.Node == "ca"), "cb sees ca");
        await AssertHopAsync(a);
        await using (var admin = new NatsConnection(NatsOpts.Default with { Url = _cluster.Url }))
        {
            // Membership's bucket has a copy on every server: a leader and two followers.
            var stream = await admin.CreateJetStreamContext().GetStreamAsync("KV_" + MeshSubjects.NodesBucket, cancellationToken: Ct);
            Assert.Equal(3, stream.Info.Config.NumReplicas);
            Assert.Equal(2, stream.Info.Cluster?.Replicas?.Count);
        }

        var connection = a.Services.GetRequiredService<MeshConnection>();
        var killed = connection.Nats.ServerInfo?.Name;
        TestContext.Current.TestOutputHelper?.WriteLine($"ca on {killed}, cb on {b.Services.GetRequiredService<MeshConnection>().Nats.ServerInfo?.Name}");
        var victim = _cluster.Servers.Single(s => s.Name == killed);
        victim.Kill();
        var sinceKill = System.Diagnostics.Stopwatch.StartNew(); // reported, never asserted on

        // Its own backend needs no NATS: served at once, while the client is still finding another server.
        using (var own = await a.ChatAsync(TestNode.Body("hello", model: "own")))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }

        // It reconnects to a server that is alive (the client was given all three).
        for (var i = 0; !(connection.IsConnected && connection.Nats.ServerInfo?.Name is { } name && name != killed); i++)
        {
            Assert.True(i < 600, $"ca did not reconnect to another server (state {connection.Nats.ConnectionState})");
            await Task.Delay(50, Ct);
        }

        var reconnected = sinceKill.Elapsed;

        // It keeps heartbeating: cb receives a card ca put after it moved (membership's bucket has copies on the other
        // servers). When the dead server led the bucket, the others first elect a new leader (4 to 9 s on nats-server 2.9)
        // and the watches make new consumers: the bound is for that, with room for a busy machine.
        var membership = a.Services.GetRequiredService<MeshMembership>();
        var (moved, peerNow) = (membership.Self!.Sequence, b.Services.GetRequiredService<MeshMembership>().Self!.Sequence);
        await MeshNodes.WaitForPeersAsync(b, peers => peers.Any(p => p.Card.Node == "ca" && p.Card.Sequence > moved), "cb hears ca's heartbeats again", seconds: 60);
        await MeshNodes.WaitForPeersAsync(a, peers => peers.Any(p => p.Card.Node == "cb" && p.Card.Sequence > peerNow), "ca hears cb's heartbeats again", seconds: 60);
        Assert.True(membership.Joined);
        var heard = sinceKill.Elapsed;

        // And requests still cross to its peer through the cluster.
        await AssertHopAsync(a, attempts: 20);
        TestContext.Current.TestOutputHelper?.WriteLine($"after the kill: reconnected {reconnected.TotalMilliseconds:0} ms, heard again {heard.TotalMilliseconds:0} ms, hop served {sinceKill.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(ownUpstream.Received("hello"));
    }

    /// <summary>A request for <c>m</c> through <paramref name="entry"/> is served by <c>cb</c> (asked up to <paramref name="attempts"/> times, 100 ms apart).</summary>
    private static async Task AssertHopAsync(TestNode entry, int attempts = 1)
    {
        for (var i = 1; ; i++)
        {
            using var response = await entry.ChatAsync(TestNode.Body("over the hop", model: "m"));
            var body = await response.Content.ReadAsStringAsync(Ct);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Assert.Contains("backend=ollama@cb", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);
                return;
            }

            Assert.True(i < attempts, $"the hop failed {i} times; last: {(int)response.StatusCode} {body}");
            await Task.Delay(100, Ct);
        }
    }
}
