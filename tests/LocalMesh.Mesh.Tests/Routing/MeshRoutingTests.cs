using System.Net;
using LocalMesh.Server.Tests;
using LocalMesh.Testing;

namespace LocalMesh.Mesh.Tests.Routing;

/// <summary>Requests served across nodes over a real nats-server: same-site peers as edge, other sites as remote, under policy.</summary>
public sealed class MeshRoutingTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    [Fact]
    public async Task Route_ModelOnlyOnSameSitePeer_ServedThereAsEdge_RouteNamesTheNode()
    {
        await using var pair = await MeshNodes.StartPairAsync(nats.Url, "plant", "1", "llama-b");
        var (upstream, a) = (pair.Upstream, pair.Entry);
        upstream.Reply = "answer from b";

        using var response = await a.ChatAsync(TestNode.Body("hello", model: "llama-b"), domain: "hr");
        var json = await TestNode.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("answer from b", json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        var route = response.Headers.GetValues("x-localmesh-route").Single();
        Assert.Contains("tier=edge", route, StringComparison.Ordinal);
        Assert.Contains("backend=ollama@b1", route, StringComparison.Ordinal);
        Assert.Single(upstream.Requests);
        var record = await a.RequestRecordAsync(response.Headers.GetValues("x-request-id").Single());
        Assert.Equal("ollama@b1", record.Backend);
    }

    [Fact]
    public async Task Route_StreamAcrossTheHop_ArrivesChunkByChunk()
    {
        await using var pair = await MeshNodes.StartPairAsync(nats.Url, "plant2", "2", "llama-s");
        var (upstream, a) = (pair.Upstream, pair.Entry);
        upstream.Reply = "one two three four five six";
        upstream.StreamChunkChars = 4;

        using var response = await a.ChatAsync(TestNode.Body("hello", model: "llama-s", stream: true), domain: "general");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(events.Length >= 7, text); // 27 characters in 4-character chunks, then [DONE]
        Assert.Equal("data: [DONE]", events[^1]);
        var content = string.Concat(events[..^1].Select(e => System.Text.Json.JsonDocument.Parse(e["data: ".Length..]).RootElement)
            .Select(e => e.GetProperty("choices") is { ValueKind: System.Text.Json.JsonValueKind.Array } c && c.GetArrayLength() > 0 && c[0].GetProperty("delta").TryGetProperty("content", out var d) ? d.GetString() : null));
        Assert.Equal("one two three four five six", content);
        Assert.Contains("backend=ollama@b2", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_DomainWithoutRemote_NeverReachesAnotherSite()
    {
        await using var upstream = await FakeLlmServer.StartAsync("c-upstream");
        await using var c = await MeshNodes.StartAsync(nats.Url, "site-b", "c3", TestNode.Backend("ollama", "edge", upstream.BaseUrl, "llama-c"));
        await using var a = await MeshNodes.StartAsync(nats.Url, "site-a", "a3", new Dictionary<string, string?>
        {
            ["Policy:Domains:shared:Tiers:0"] = "local",
            ["Policy:Domains:shared:Tiers:1"] = "edge",
            ["Policy:Domains:shared:Tiers:2"] = "remote",
        });
        await MeshNodes.WaitForModelAsync(a, "c3", "llama-c");

        // hr may reach local and edge only: the model exists only in another site, so the answer is a policy refusal.
        using var refused = await a.ChatAsync(TestNode.Body("salary of Jane", model: "llama-c"), domain: "hr");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("remote", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Empty(upstream.Requests);

        // A domain that lists remote reaches it, as tier remote.
        using var served = await a.ChatAsync(TestNode.Body("opening hours", model: "llama-c"), domain: "shared");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Contains("tier=remote", served.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);
        Assert.Single(upstream.Requests);
    }

    [Fact]
    public async Task Models_ListWhatTheMeshServes()
    {
        await using var pair = await MeshNodes.StartPairAsync(nats.Url, "plant4", "4", "qwen-mesh");

        var ids = await WaitForModelListAsync(pair.Entry, "qwen-mesh");

        Assert.Contains("qwen-mesh", ids);
    }

    [Fact]
    public async Task Membership_NodeThatStops_LeavesTheTable()
    {
        var b = await MeshNodes.StartAsync(nats.Url, "plant5", "b5");
        await using var a = await MeshNodes.StartAsync(nats.Url, "plant5", "a5");
        await MeshNodes.WaitForPeersAsync(a, peers => peers.Any(p => p.Card.Node == "b5"), "b5 joined");

        await b.DisposeAsync();

        await MeshNodes.WaitForPeersAsync(a, peers => peers.All(p => p.Card.Node != "b5"), "b5 left");
        var nodes = await TestNode.JsonAsync(await a.Http.GetAsync("/v1/localmesh/nodes", TestContext.Current.CancellationToken));
        Assert.Equal(["a5"], nodes.GetProperty("data").EnumerateArray().Select(n => n.GetProperty("node").GetString()).Where(n => n is "a5" or "b5"));
    }

    [Fact]
    public async Task BadPeers_GarbageCardsAndALyingPeer_TheRestKeepsServing()
    {
        await using var pair = await MeshNodes.StartPairAsync(nats.Url, "plant6", "6", "m6");
        var (upstream, a) = (pair.Upstream, pair.Entry);

        // Garbage, a card whose key lies about its node, and a card of a node that advertises m6 but does not exist.
        await using var connection = new NATS.Client.Core.NatsConnection(new NATS.Client.Core.NatsOpts { Url = nats.Url });
        var kv = new NATS.Client.KeyValueStore.NatsKVContext(new NATS.Client.JetStream.NatsJSContext(connection));
        var store = await kv.GetStoreAsync(Transport.MeshSubjects.NodesBucket, TestContext.Current.CancellationToken);
        await store.PutAsync("plant6.evil", "{not json"u8.ToArray(), cancellationToken: TestContext.Current.CancellationToken);
        await store.PutAsync("plant6.b6x", new LocalMesh.Mesh.Membership.NodeCard { Node = "a6", Site = "plant6" }.ToJson(), cancellationToken: TestContext.Current.CancellationToken);
        var liar = new LocalMesh.Mesh.Membership.NodeCard { Node = "aaa-liar", Site = "plant6", Capacity = 1000, Backends = [new("x", "edge", ["m6"], true)] };
        await store.PutAsync("plant6.aaa-liar", liar.ToJson(), cancellationToken: TestContext.Current.CancellationToken);
        await MeshNodes.WaitForPeersAsync(a, peers => peers.Any(p => p.Card.Node == "aaa-liar"), "the liar's card");

        for (var i = 0; i < 3; i++)
        {
            using var response = await a.ChatAsync(TestNode.Body($"question {i}", model: "m6"), domain: "general");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("backend=ollama@b6", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);
        }

        Assert.Equal(3, upstream.Requests.Count);
    }

    private static async Task<List<string>> WaitForModelListAsync(TestNode node, string model)
    {
        for (var i = 0; ; i++)
        {
            var list = await TestNode.JsonAsync(await node.Http.GetAsync("/v1/models", TestContext.Current.CancellationToken));
            var ids = list.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToList();
            if (ids.Contains(model) || i >= 100)
            {
                return ids;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
