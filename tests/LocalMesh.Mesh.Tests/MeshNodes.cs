using LocalMesh.Mesh.Membership;
using LocalMesh.Server.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Mesh.Tests;

/// <summary>Starts in-process nodes joined to a mesh, and waits (bounded) for what they see of each other.</summary>
internal static class MeshNodes
{
    /// <summary>Mesh configuration for a node (keys relative to <c>LocalMesh:</c>).</summary>
    public static Dictionary<string, string?> Config(string url, string site, string node) => new()
    {
        ["Mesh:Url"] = url,
        ["Mesh:Site"] = site,
        ["Mesh:NodeId"] = node,
        ["Mesh:HeartbeatSeconds"] = "0.2",
        ["Mesh:PeerTimeoutSeconds"] = "1.5",
    };

    /// <summary>Starts a node in the mesh with extra configuration.</summary>
    public static Task<TestNode> StartAsync(string url, string site, string node, params IDictionary<string, string?>[] extra) =>
        TestNode.StartAsync(TestNode.Merge([Config(url, site, node), .. extra]));

    /// <summary>Waits until <paramref name="node"/>'s table satisfies <paramref name="condition"/> (<paramref name="seconds"/>, 15 by default, at most).</summary>
    public static async Task WaitForPeersAsync(TestNode node, Func<IReadOnlyList<Peer>, bool> condition, string what, int seconds = 15)
    {
        var table = node.Services.GetRequiredService<PeerTable>();
        for (var i = 0; i < seconds * 20; i++)
        {
            if (condition(table.Live))
            {
                return;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"timed out waiting for: {what} (table: {string.Join(", ", table.Live.Select(p => p.Card.Node))})");
    }

    /// <summary>
    /// Starts peer <c>b{suffix}</c>, whose backend <c>ollama</c> (edge) serves <paramref name="model"/> on a fake upstream,
    /// and entry node <c>a{suffix}</c> with no backend, both in <paramref name="site"/>; returns once the entry node sees the model.
    /// </summary>
    public static async Task<PeerPair> StartPairAsync(string url, string site, string suffix, string model)
    {
        var upstream = await Testing.FakeLlmServer.StartAsync("b-upstream");
        var peer = await StartAsync(url, site, "b" + suffix, TestNode.Backend("ollama", "edge", upstream.BaseUrl, model));
        var entry = await StartAsync(url, site, "a" + suffix);
        await WaitForModelAsync(entry, "b" + suffix, model);
        return new PeerPair(upstream, entry, peer);
    }

    /// <summary>Waits until <paramref name="node"/> sees a peer <paramref name="peer"/> serving <paramref name="model"/>.</summary>
    public static Task WaitForModelAsync(TestNode node, string peer, string model) =>
        WaitForPeersAsync(node, peers => peers.Any(p => p.Card.Node == peer && p.Card.Backends.Any(b => b.Available && b.Models.Contains(model))), $"{peer} serving {model}");
}

/// <summary>An entry node, a peer serving a model, and the peer's fake upstream.</summary>
/// <param name="Upstream">The peer's model server.</param>
/// <param name="Entry">The node clients call.</param>
/// <param name="Peer">The node that serves the model.</param>
internal sealed record PeerPair(Testing.FakeLlmServer Upstream, TestNode Entry, TestNode Peer) : IAsyncDisposable
{
    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Entry.DisposeAsync();
        await Peer.DisposeAsync();
        await Upstream.DisposeAsync();
    }
}
