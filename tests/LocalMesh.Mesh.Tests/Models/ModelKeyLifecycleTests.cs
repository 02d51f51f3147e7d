using System.Globalization;
using LocalMesh.Ledger;
using LocalMesh.Mesh.Models;
using LocalMesh.Mesh.Transport;
using LocalMesh.Server.Tests;
using LocalMesh.Specialists.Intents;
using LocalMesh.Specialists.Intents.Federation;
using Microsoft.Extensions.DependencyInjection;
using NATS.Client.Core;
using NATS.Client.ObjectStore;
using NATS.Client.ObjectStore.Models;
using NATS.Net;

namespace LocalMesh.Mesh.Tests.Models;

/// <summary>
/// A peer's key over its life, on a real nats-server, as node B (site plant) sees kitchen.k1, whose first key B's
/// configuration lists: B takes k1's versions; k1 rotates, and B follows the statement signed by the key it trusts (a
/// ledger row says so); a stranger's statement is refused; an older version replayed after k1 withdrew its own is
/// refused; B restarted keeps the rotation and the newest version seen; B restarted with k1's second key revoked drops
/// the version it held from that key and rejects the key's versions. The test publishes k1's versions itself.
/// </summary>
public sealed class ModelKeyLifecycleTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    private readonly Dictionary<(string, string), int> _matched = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rotation_Stranger_Rollback_Restart_Revocation()
    {
        using var k1 = ModelSigningKey.CreateEphemeral();
        using var k2 = ModelSigningKey.CreateEphemeral();
        using var stranger = ModelSigningKey.CreateEphemeral();
        var dataDir = TestNode.NewDataDir();
        var config = new Dictionary<string, string?>
        {
            ["Mesh:Models:RemotePolicy"] = "adopt",
            ["Mesh:Models:TrustedKeys:kitchen.k1"] = k1.PublicKey,
        };

        await using var publisher = new NatsConnection(NatsOpts.Default with { Url = nats.Url, Name = "publisher" });
        var store = await new NatsObjContext(publisher.CreateJetStreamContext())
            .CreateObjectStoreAsync(new NatsObjConfig(MeshSubjects.ModelsBucket("kitchen")) { Storage = NatsObjStorageType.File }, Ct);
        var builtIn = await LocalMesh.Testing.TestIntentModels.BuiltInAsync();
        byte[] Share(int version) => IntentModelShare.Create(builtIn.WithInfo(builtIn.Info with { Version = version }), SharedFeatures.BuiltIn, _ => true, "kitchen", "k1").ToBytes();

        var b = await TestNode.StartAsync(TestNode.Merge(MeshNodes.Config(nats.Url, "plant", "kb"), config), dataDir);
        try
        {
            // Version 2, signed (second scheme) by the configured key: taken, its publish time in the row.
            await PutAsync(store, 2, Share(2), k1, rotations: null);
            var first = await ExpectAsync(b, "adopted", $"signed with key {k1.KeyId} (configured), published 2026-");
            Assert.Equal(2, first.OriginVersion);

            // k1 rotates to k2: version 3 signed by k2, carrying the statement signed by k1. B follows it.
            var rotation = k1.SignRotation("kitchen", "k1", k2.PublicKey, 1, 1_700_000_000_000);
            await PutAsync(store, 3, Share(3), k2, [rotation]);
            var rotated = await ExpectAsync(b, "key-rotated", $"key {k1.KeyId} → {k2.KeyId}");
            Assert.Equal(("k1", "kitchen"), (rotated.OriginNode, rotated.OriginSite));
            await ExpectAsync(b, "adopted", $"signed with key {k2.KeyId} (rotated)");

            // A stranger's statement from k2 to its own key, with a version signed by it: refused, with the reason.
            var forged = stranger.SignRotation("kitchen", "k1", stranger.PublicKey, 2, 0);
            await PutAsync(store, 4, Share(4), stranger, [rotation, forged]);
            var refused = await ExpectAsync(b, "rejected", "wrong signer");
            Assert.Contains($"key rotation refused: its key rotation statement to key {stranger.KeyId} is signed by key {stranger.KeyId}, not by {k2.KeyId}", refused.Detail, StringComparison.Ordinal);

            // Version 5; then k1 withdraws it, and its version 3, validly signed by k2, is replayed: refused as older.
            await PutAsync(store, 5, Share(5), k2, [rotation]);
            await ExpectAsync(b, "adopted", $"signed with key {k2.KeyId} (rotated)");
            await store.DeleteAsync("intents.kitchen.k1", Ct);
            await ExpectAsync(b, "forgotten", "withdrew");
            await PutAsync(store, 3, Share(3), k2, [rotation]);
            await ExpectAsync(b, "rejected", "older than version 5 already seen");
            Assert.Empty(b.Services.GetRequiredService<IntentModelStore>().PeerParts);

            // k1's own key no longer signs for it: the rotation moved the trust on.
            await PutAsync(store, 6, Share(6), k1, rotations: null);
            await ExpectAsync(b, "rejected", $"wrong signer: signed with key {k1.KeyId}, but the key trusted for k1@kitchen is {k2.KeyId} (rotated)");
        }
        finally
        {
            await b.DisposeAsync();
        }

        // Restarted: the replay is still refused (the newest version seen is kept), and k2 is still k1's key without
        // any statement (the rotation is kept).
        b = await TestNode.StartAsync(TestNode.Merge(MeshNodes.Config(nats.Url, "plant", "kb"), config), dataDir);
        try
        {
            await PutAsync(store, 4, Share(4), k2, rotations: null);
            await ExpectAsync(b, "rejected", "older than version 5 already seen");
            await PutAsync(store, 7, Share(7), k2, rotations: null);
            await ExpectAsync(b, "adopted", $"signed with key {k2.KeyId} (rotated)");
            Assert.Equal([7], b.Services.GetRequiredService<IntentModelStore>().PeerParts.Select(p => p.Origin.Version));
        }
        finally
        {
            await b.DisposeAsync();
        }

        // Restarted with k2 revoked: the version held from it is dropped at start, and the key's version is rejected.
        b = await TestNode.StartAsync(TestNode.Merge(MeshNodes.Config(nats.Url, "plant", "kb"), config, new Dictionary<string, string?> { ["Mesh:Models:RevokedKeys:0"] = k2.KeyId }), dataDir);
        try
        {
            var forgotten = await ExpectAsync(b, "forgotten", $"signed by key {k2.KeyId}, which is revoked");
            Assert.Equal(("k1", "kitchen"), (forgotten.OriginNode, forgotten.OriginSite));
            await ExpectAsync(b, "rejected", $"revoked signer: signed with key {k2.KeyId}");
            Assert.Empty(b.Services.GetRequiredService<IntentModelStore>().PeerParts);
        }
        finally
        {
            await b.DisposeAsync();
        }
    }

    [Fact]
    public async Task RotateKey_TakesEffectAtTheNodesNextStart_AndASameSitePeerThatPinnedTheOldKeyFollowsItsCard()
    {
        var aDir = TestNode.NewDataDir();
        var aConfig = TestNode.Merge(MeshNodes.Config(nats.Url, "plant", "ra"), new Dictionary<string, string?> { ["Mesh:Models:Publish"] = "true" });
        await using var b = await MeshNodes.StartAsync(nats.Url, "plant", "rb", new Dictionary<string, string?> { ["Mesh:Models:Policy"] = "adopt" });
        var trust = b.Services.GetRequiredService<ModelTrust>();
        string oldKey;
        await using (var a = await TestNode.StartAsync(aConfig, aDir))
        {
            oldKey = a.Services.GetRequiredService<ModelSigningKey>().PublicKey;
            await MeshNodes.WaitForPeersAsync(b, peers => peers.Any(p => p.Card.Node == "ra" && p.Card.ModelKey == oldKey), "rb sees ra's first key");
            Assert.Equal((oldKey, "card"), (trust.For("plant", "ra") is { } first ? (first.PublicKey, first.Source) : default)); // pinned on first use
        }

        // What 'localmesh mesh rotate-key --data-dir' does while the node is stopped; the node rotates as it starts.
        var (oldId, newId) = ModelSigningKey.PrepareRotation(aDir);
        Assert.Equal(ModelSignature.KeyId(oldKey), oldId);
        await using var again = await TestNode.StartAsync(aConfig, aDir);
        var key = again.Services.GetRequiredService<ModelSigningKey>();
        Assert.Equal(newId, key.KeyId);
        var statement = Assert.Single(key.Rotations);
        Assert.Equal(("plant", "ra", oldKey, key.PublicKey), (statement.Site, statement.Node, statement.OldKey, statement.NewKey));

        // B sees the card with the new key and its statement, follows it from the pinned key, re-pins, and ledgers it.
        await MeshNodes.WaitForPeersAsync(b, peers => peers.Any(p => p.Card.Node == "ra" && p.Card.ModelKey == key.PublicKey && p.Card.ModelKeyRotations?.Count == 1), "rb sees ra's new key with its statement");
        Assert.Equal((key.PublicKey, "rotated"), (trust.For("plant", "ra") is { } now ? (now.PublicKey, now.Source) : default));
        await ExpectAsync(b, "key-rotated", $"key {oldId} → {newId}: rotation statement #1 signed by {oldId} (pinned)");
        Assert.Equal((key.PublicKey, "pinned"), (trust.For("plant", "ra") is { } pinned ? (pinned.PublicKey, pinned.Source) : default));
    }

    [Fact]
    public async Task FirstSchemeVersions_AreTakenByDefault_WithTheirRowSayingSo_AndRejectedWithAcceptV1SignaturesOff()
    {
        using var k1 = ModelSigningKey.CreateEphemeral();
        var trusting = new Dictionary<string, string?> { ["Mesh:Models:RemotePolicy"] = "adopt", ["Mesh:Models:TrustedKeys:kitchen.k1"] = k1.PublicKey };
        await using var lenient = await MeshNodes.StartAsync(nats.Url, "plant", "v1a", trusting);
        await using var strict = await MeshNodes.StartAsync(nats.Url, "plant", "v1b", trusting, new Dictionary<string, string?> { ["Mesh:Models:AcceptV1Signatures"] = "false" });
        await using var publisher = new NatsConnection(NatsOpts.Default with { Url = nats.Url, Name = "publisher-v1" });
        var store = await new NatsObjContext(publisher.CreateJetStreamContext())
            .CreateObjectStoreAsync(new NatsObjConfig(MeshSubjects.ModelsBucket("kitchen")) { Storage = NatsObjStorageType.File }, Ct);
        var builtIn = await LocalMesh.Testing.TestIntentModels.BuiltInAsync();
        var bytes = IntentModelShare.Create(builtIn.WithInfo(builtIn.Info with { Version = 40 }), SharedFeatures.BuiltIn, _ => true, "kitchen", "k1").ToBytes();
        await store.PutAsync(new ObjectMetadata
        {
            Name = "intents.kitchen.k1",
            Metadata = new Dictionary<string, string>
            {
                ["version"] = "40", ["site"] = "kitchen", ["node"] = "k1",
                [ModelSignature.KeyField] = k1.PublicKey,
                [ModelSignature.SignatureField] = k1.Sign("intents", "kitchen", "k1", 40, bytes), // what a node not yet upgraded publishes
            },
        }, new MemoryStream(bytes), cancellationToken: Ct);

        await ExpectAsync(lenient, "adopted", "(configured), first signature scheme (no publish time)");
        await ExpectAsync(strict, "rejected", "first signature scheme (localmesh-model-version/1, no publish time), and LocalMesh:Mesh:Models:AcceptV1Signatures is off");
        Assert.Empty(strict.Services.GetRequiredService<IntentModelStore>().PeerParts);
    }

    [Fact]
    public async Task ReinstalledPeer_TrustedAgainWithANewKey_IsNotHeldToTheOldKeysVersionNumbers()
    {
        // k1 published version 9 under its old key; it is reinstalled (new data dir: new key, numbering from 1), and the
        // operator trusts the new key instead. Its version 1 is a new identity's first, not a replay of the old one's.
        using var old = ModelSigningKey.CreateEphemeral();
        using var fresh = ModelSigningKey.CreateEphemeral();
        var dataDir = TestNode.NewDataDir();
        await using var publisher = new NatsConnection(NatsOpts.Default with { Url = nats.Url, Name = "publisher-reinstall" });
        var store = await new NatsObjContext(publisher.CreateJetStreamContext())
            .CreateObjectStoreAsync(new NatsObjConfig(MeshSubjects.ModelsBucket("kitchen")) { Storage = NatsObjStorageType.File }, Ct);
        var builtIn = await LocalMesh.Testing.TestIntentModels.BuiltInAsync();
        byte[] Share(int version) => IntentModelShare.Create(builtIn.WithInfo(builtIn.Info with { Version = version }), SharedFeatures.BuiltIn, _ => true, "kitchen", "k1").ToBytes();
        Dictionary<string, string?> Trusting(ModelSigningKey key) => new() { ["Mesh:Models:RemotePolicy"] = "adopt", ["Mesh:Models:TrustedKeys:kitchen.k1"] = key.PublicKey };

        var b = await TestNode.StartAsync(TestNode.Merge(MeshNodes.Config(nats.Url, "plant", "kr"), Trusting(old)), dataDir);
        try
        {
            await PutAsync(store, 9, Share(9), old, rotations: null);
            await ExpectAsync(b, "adopted", $"signed with key {old.KeyId} (configured)");
        }
        finally
        {
            await b.DisposeAsync();
        }

        b = await TestNode.StartAsync(TestNode.Merge(MeshNodes.Config(nats.Url, "plant", "kr"), Trusting(fresh)), dataDir);
        try
        {
            await PutAsync(store, 1, Share(1), fresh, rotations: null);
            var taken = await ExpectAsync(b, "adopted", $"signed with key {fresh.KeyId} (configured)");

            Assert.Equal(1, taken.OriginVersion);
            Assert.Equal([1], b.Services.GetRequiredService<IntentModelStore>().PeerParts.Select(p => p.Origin.Version));
            await ExpectAsync(b, "forgotten", "the node's earlier identity");

            // The new identity has its own floor: after its version 2, its version 1 again is a replay.
            await PutAsync(store, 2, Share(2), fresh, rotations: null);
            await ExpectAsync(b, "adopted", $"signed with key {fresh.KeyId} (configured)");
            await store.DeleteAsync("intents.kitchen.k1", Ct); // withdrawn, so 1 is not skipped as held already
            await ExpectAsync(b, "forgotten", "withdrew");
            await PutAsync(store, 1, Share(1), fresh, rotations: null);
            await ExpectAsync(b, "rejected", "older than version 2 already seen");
        }
        finally
        {
            await store.DeleteAsync("intents.kitchen.k1", Ct); // the class's other tests start from an empty bucket
            await b.DisposeAsync();
        }
    }

    private static async Task PutAsync(INatsObjStore store, int version, byte[] bytes, ModelSigningKey key, IReadOnlyList<ModelKeyRotation>? rotations)
    {
        const long publishedAt = 1_796_000_000_000; // 2026-11-30
        var metadata = new Dictionary<string, string>
        {
            ["version"] = version.ToString(CultureInfo.InvariantCulture),
            ["site"] = "kitchen",
            ["node"] = "k1",
            [ModelSignature.KeyField] = key.PublicKey,
            [ModelSignature.SchemeField] = ModelSignature.SchemeV2,
            [ModelSignature.PublishedAtField] = publishedAt.ToString(CultureInfo.InvariantCulture),
            [ModelSignature.SignatureField] = key.Sign("intents", "kitchen", "k1", version, publishedAt, bytes),
        };
        if (rotations is not null)
        {
            metadata[ModelSignature.RotationsField] = ModelKeyRotation.ToJson(rotations);
        }

        await store.PutAsync(new ObjectMetadata { Name = "intents.kitchen.k1", Metadata = metadata }, new MemoryStream(bytes), cancellationToken: Ct);
    }

    /// <summary>
    /// Waits (2 minutes at most) for one more ledger row of kind <paramref name="kind"/> whose detail holds
    /// <paramref name="detail"/> than this test has waited for before (the ledger outlives the restarts: it is counted).
    /// </summary>
    private async Task<ModelUpdateRecord> ExpectAsync(TestNode node, string kind, string detail)
    {
        var ledger = node.Services.GetRequiredService<AuditLedger>();
        var before = _matched.GetValueOrDefault((kind, detail));
        for (var i = 0; i < 1200; i++)
        {
            await ledger.FlushAsync();
            var rows = ledger.ModelUpdates().Where(r => r.Event == kind && r.Detail?.Contains(detail, StringComparison.Ordinal) == true).ToList();
            if (rows.Count > before)
            {
                _matched[(kind, detail)] = before + 1;
                return rows[0]; // newest first
            }

            await Task.Delay(100, Ct);
        }

        Assert.Fail($"timed out waiting for {kind} '{detail}' (ledger: {string.Join("; ", node.Services.GetRequiredService<AuditLedger>().ModelUpdates().Select(r => $"{r.Event} {r.OriginNode} v{r.OriginVersion} {r.Detail}"))})");
        return null!;
    }
}
