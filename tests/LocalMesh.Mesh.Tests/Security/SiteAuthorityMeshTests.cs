using System.Net;
using LocalMesh.Mesh.Membership;
using LocalMesh.Mesh.Models;
using LocalMesh.Mesh.Transport;
using LocalMesh.Server.Tests;
using Microsoft.Extensions.DependencyInjection;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.KeyValueStore;

namespace LocalMesh.Mesh.Tests.Security;

/// <summary>
/// A site with an authority (docs/mesh.md, "Site authorities") on a real nats-server: its nodes' cards are signed by
/// certified keys, and whoever else can write the membership bucket — another node of the site, or anyone on a server
/// without per-site permissions — cannot put a card in a peer's table in a node's name: not an unsigned one, not one
/// signed by another key (with the node's own certificate copied onto it), not the node's own card again. Without
/// <see cref="CardTrust"/> in the watch the forged card's model shows up in the table and the test fails.
/// </summary>
public sealed class SiteAuthorityMeshTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>, IDisposable
{
    private readonly ModelSigningKey _authority = ModelSigningKey.CreateEphemeral();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _authority.Dispose();

    [Fact]
    public async Task CertifiedSite_ForgedUncertifiedAndRepeatedCards_NeverReachTheTable_AndRequestsStillCrossIt()
    {
        await using var upstream = await Testing.FakeLlmServer.StartAsync("p1-upstream");
        await using var p1 = await StartCertifiedAsync("p1", TestNode.Backend("ollama", "edge", upstream.BaseUrl, "m-auth"));
        await using var p2 = await StartCertifiedAsync("p2");
        await MeshNodes.WaitForModelAsync(p2, "p1", "m-auth");

        // The table says the card was checked under the authority.
        var nodes = await TestNode.JsonAsync(await p2.Http.GetAsync("/v1/localmesh/nodes", Ct));
        var row = nodes.GetProperty("data").EnumerateArray().Single(n => n.GetProperty("node").GetString() == "p1");
        Assert.True(row.GetProperty("verified").GetBoolean());
        Assert.Equal(_authority.KeyId, row.GetProperty("certificates")[0].GetProperty("authority").GetString());

        // A request entering p2 is served by p1 across the hop, as without an authority.
        using (var response = await p2.ChatAsync(TestNode.Body("hello", model: "m-auth"), domain: "general"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("backend=ollama@p1", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);
        }

        await using var connection = new NatsConnection(new NatsOpts { Url = nats.Url });
        var store = await new NatsKVContext(new NatsJSContext(connection)).GetStoreAsync(MeshSubjects.NodesBucket, Ct);
        var key = MeshSubjects.NodeKey("plant-auth", "p1");
        var genuine = (await store.GetEntryAsync<byte[]>(key, cancellationToken: Ct)).Value!;
        var card = NodeCard.TryParse(genuine, out _)!;

        // p1 registered its certificate with its key in the site's job bucket: its queued jobs can be checked after it is gone.
        var jobs = await new NatsKVContext(new NatsJSContext(connection)).GetStoreAsync(MeshSubjects.JobsBucket("plant-auth"), Ct);
        LocalMesh.Mesh.Jobs.JobSigner? signer = null;
        for (var i = 0; i < 200 && signer?.Certificates is not { Count: > 0 }; i++)
        {
            signer = await LocalMesh.Mesh.Jobs.JobSigners.GetAsync(jobs, "p1", Ct);
            await Task.Delay(signer is null ? 50 : 0, Ct);
        }

        Assert.Equal(signer!.Key, Assert.Single(signer.Certificates!).Key);

        // A node of the site without a certificate (its configuration does not list the authority, so it starts).
        await using var p3 = await MeshNodes.StartAsync(nats.Url, "plant-auth", "p3");
        await WaitJoinedAsync(p3);

        using var forger = ModelSigningKey.CreateEphemeral();
        var forged = card with { Sequence = card.Sequence + 1_000_000, Backends = [new CardBackend("ollama", "edge", ["m-forged"], true)], Signature = null };
        await store.PutAsync(key, forged.ToJson(), cancellationToken: Ct); // unsigned
        await store.PutAsync(key, forged.ToSignedJson(forger), cancellationToken: Ct); // p1's certificate, another key's signature
        await store.PutAsync(key, (forged with { Certificates = [NodeCertificate.Issue(forger, "plant-auth", "p1", forger.PublicKey, DateTimeOffset.UtcNow, TimeSpan.FromDays(1))] }).ToSignedJson(forger), cancellationToken: Ct); // a certificate it made itself
        await store.PutAsync(key, genuine, cancellationToken: Ct); // p1's own card again

        // The watch delivers in order: once a later card is in p2's table, every card above was read.
        await store.PutAsync("marker.marker-auth", new NodeCard { Node = "marker-auth", Site = "marker" }.ToJson(), cancellationToken: Ct);
        await MeshNodes.WaitForPeersAsync(p2, peers => peers.Any(p => p.Card.Node == "marker-auth"), "the marker card");

        var table = p2.Services.GetRequiredService<PeerTable>().Live;
        Assert.DoesNotContain(table, p => p.Card.Backends.Any(b => b.Models.Contains("m-forged")));
        Assert.DoesNotContain(table, p => p.Card.Node == "p3");
        // p1's own cards keep coming (waited for: on a busy machine a late heartbeat can leave the table for a moment).
        await MeshNodes.WaitForModelAsync(p2, "p1", "m-auth");

        // p3 does not check its site's cards, so it does see the others.
        await MeshNodes.WaitForPeersAsync(p3, peers => peers.Any(p => p.Card.Node == "p1"), "p1 in p3's table");
    }

    [Fact]
    public async Task NodeOfACertifiedSite_WithoutACertificate_DoesNotStart_AndSaysHowToGetOne()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => TestNode.StartAsync(TestNode.Merge(MeshNodes.Config(nats.Url, "plant-auth", "p4"), Authority())));
        Assert.Contains("localmesh mesh certify --authority FILE --site plant-auth --node-id p4", error.ToString(), StringComparison.Ordinal);
    }

    private async Task<TestNode> StartCertifiedAsync(string node, params IDictionary<string, string?>[] extra)
    {
        var dir = TestNode.NewDataDir();
        SiteAuthority.CertifyDataDir(_authority, "plant-auth", node, dir, TimeSpan.FromDays(1), DateTimeOffset.UtcNow);
        return await TestNode.StartAsync(TestNode.Merge([MeshNodes.Config(nats.Url, "plant-auth", node), Authority(), .. extra]), dir);
    }

    private Dictionary<string, string?> Authority() => new() { ["Mesh:SiteAuthorities:plant-auth"] = _authority.PublicKey };

    private static async Task WaitJoinedAsync(TestNode node)
    {
        var membership = node.Services.GetRequiredService<MeshMembership>();
        for (var i = 0; i < 300 && !membership.Joined; i++)
        {
            await Task.Delay(50, Ct);
        }

        Assert.True(membership.Joined, "the node did not join");
    }
}
