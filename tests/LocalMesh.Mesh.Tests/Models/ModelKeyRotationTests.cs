using System.Text.Json;
using LocalMesh.Mesh.Membership;
using LocalMesh.Mesh.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LocalMesh.Mesh.Tests.Models;

/// <summary>
/// Key rotation and revocation, where the crypto and the files alone decide (no NATS): a node's rotation prepared by
/// <c>localmesh mesh rotate-key</c> and carried out at its next start; a peer that pinned (or is configured with) the old
/// key following a statement signed by it, and refusing one signed by any other key or naming a revoked key; revoked
/// pins removed; all of it kept across a restart (a new <see cref="ModelTrust"/> over the same data dir).
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // the key file's mode
public sealed class ModelKeyRotationTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 12, 3, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public void RotateKey_IsCarriedOutAtTheNextStart_SignedByTheOldKey_AndTheOldKeyIsGone()
    {
        var dir = LocalMesh.Testing.TempDirectories.Create("localmesh-rotate-");
        Assert.Contains("no model signing key", Assert.Throws<InvalidOperationException>(() => ModelSigningKey.PrepareRotation(dir)).Message, StringComparison.Ordinal);
        string first;
        using (var key = ModelSigningKey.LoadOrCreate(dir, "plant", "a", Time))
        {
            first = key.PublicKey;
            Assert.Empty(key.Rotations);
        }

        var (oldId, newId) = ModelSigningKey.PrepareRotation(dir);
        Assert.Equal(ModelSignature.KeyId(first), oldId);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(dir, ModelSigningKey.PendingRelativePath)));
        using (var notYet = ModelSigningKey.LoadOrCreate(dir)) // a tool that knows no site and node leaves it pending
        {
            Assert.Equal(first, notYet.PublicKey);
        }

        string second;
        using (var rotated = ModelSigningKey.LoadOrCreate(dir, "plant", "a", Time))
        {
            second = rotated.PublicKey;
            Assert.Equal(newId, rotated.KeyId);
            var statement = Assert.Single(rotated.Rotations);
            Assert.Equal(("plant", "a", first, second, 1, Time.GetUtcNow().ToUnixTimeMilliseconds()), (statement.Site, statement.Node, statement.OldKey, statement.NewKey, statement.Sequence, statement.At));
            Assert.True(statement.Verify());
            Assert.False((statement with { Node = "b" }).Verify()); // bound to its origin
            Assert.False((statement with { Sequence = 2 }).Verify());
        }

        Assert.False(File.Exists(Path.Combine(dir, ModelSigningKey.PendingRelativePath)));
        Assert.DoesNotContain(first, Directory.EnumerateFiles(Path.Combine(dir, "mesh")).Where(f => f.EndsWith(".pem", StringComparison.Ordinal)).Select(f =>
        {
            using var k = System.Security.Cryptography.ECDsa.Create();
            k.ImportFromPem(File.ReadAllText(f));
            return Convert.ToBase64String(k.ExportSubjectPublicKeyInfo());
        })); // the old private key is deleted

        // A restart keeps the new key and its statement; a second rotation chains on with the next sequence.
        ModelSigningKey.PrepareRotation(dir);
        using var third = ModelSigningKey.LoadOrCreate(dir, "plant", "a", Time);
        Assert.Equal([(first, second, 1), (second, third.PublicKey, 2)], third.Rotations.Select(r => (r.OldKey, r.NewKey, r.Sequence)));
        Assert.All(third.Rotations, r => Assert.True(r.Verify()));
    }

    [Fact]
    public void RotateKey_AgainAfterAStartCutShortBeforeTheMove_DoesNotForkTheChain()
    {
        var dir = LocalMesh.Testing.TempDirectories.Create("localmesh-rotate-");
        string first;
        using (var key = ModelSigningKey.LoadOrCreate(dir, "plant", "a", Time))
        {
            first = key.PublicKey;
        }

        // A start signed "first -> A" and stopped before making A the key; then the operator ran rotate-key again (B).
        ModelSigningKey.PrepareRotation(dir);
        using (var pendingA = System.Security.Cryptography.ECDsa.Create())
        using (var old = ModelSigningKey.LoadOrCreate(dir)) // no site and node: the rotation stays pending
        {
            pendingA.ImportFromPem(File.ReadAllText(Path.Combine(dir, ModelSigningKey.PendingRelativePath)));
            var toA = old.SignRotation("plant", "a", Convert.ToBase64String(pendingA.ExportSubjectPublicKeyInfo()), 1, 1);
            File.WriteAllText(Path.Combine(dir, ModelSigningKey.RotationsRelativePath), ModelKeyRotation.ToJson([toA]));
        }

        ModelSigningKey.PrepareRotation(dir);
        using var b = ModelSigningKey.LoadOrCreate(dir, "plant", "a", Time);

        // A peer that trusts the first key reaches B on what the node carries.
        Assert.NotNull(ModelKeyRotation.Follow("plant", "a", first, b.PublicKey, b.Rotations, _ => false, out var refusal));
        Assert.Null(refusal);
        Assert.Equal([(first, b.PublicKey)], b.Rotations.Select(r => (r.OldKey, r.NewKey)));
    }

    [Fact]
    public void PinnedKey_MovesOnlyOnAStatementSignedByIt_AndTheNewPinSurvivesARestart()
    {
        using var old = ModelSigningKey.CreateEphemeral();
        using var next = ModelSigningKey.CreateEphemeral();
        using var stranger = ModelSigningKey.CreateEphemeral();
        var dir = LocalMesh.Testing.TempDirectories.Create("localmesh-trust-");
        var (trust, peers) = Trust(dir, new MeshModelOptions());
        var changes = new List<ModelKeyChange>();
        trust.KeyChanged += changes.Add;
        peers.Observe(Card("a", old.PublicKey));
        Assert.Equal((old.PublicKey, "card"), Pair(trust.For("plant", "a")));

        // A stranger's statement, to its own key: refused, and the pin stays.
        var strangers = stranger.SignRotation("plant", "a", stranger.PublicKey, 1, 0);
        var refusedStranger = trust.For("plant", "a", stranger.PublicKey, [strangers], out var why);
        Assert.Equal((old.PublicKey, "pinned"), Pair(refusedStranger));
        Assert.Contains($"signed by key {stranger.KeyId}, not by {old.KeyId}", why, StringComparison.Ordinal);

        // A stranger's statement that claims to come from the pinned key: its signature does not verify.
        var forged = stranger.SignRotation("plant", "a", next.PublicKey, 1, 0) with { OldKey = old.PublicKey };
        Assert.Equal(old.PublicKey, trust.For("plant", "a", next.PublicKey, [forged], out why)!.PublicKey);
        Assert.Contains("does not verify", why, StringComparison.Ordinal);

        // The pinned key's statement, but for another node: not this origin's.
        Assert.Equal(old.PublicKey, trust.For("plant", "a", next.PublicKey, [old.SignRotation("plant", "other", next.PublicKey, 1, 0)], out _)!.PublicKey);
        Assert.Empty(changes);

        // The pinned key's own statement: the new key is trusted and pinned in its place, the change raised for the ledger.
        var statement = old.SignRotation("plant", "a", next.PublicKey, 1, 0);
        Assert.Equal((next.PublicKey, "rotated"), Pair(trust.For("plant", "a", next.PublicKey, [statement], out why)));
        Assert.Null(why);
        var change = Assert.Single(changes);
        Assert.Equal(("plant", "a", "key-rotated"), (change.Site, change.Node, change.Event));
        Assert.Contains($"key {old.KeyId} → {next.KeyId}", change.Detail, StringComparison.Ordinal);
        Assert.Equal(next.PublicKey, Pins(dir)["plant.a"]);

        // A restart reads the new pin; the old key no longer signs for the node (even with its statement again).
        var (again, _) = Trust(dir, new MeshModelOptions());
        Assert.Equal((next.PublicKey, "pinned"), Pair(again.For("plant", "a", old.PublicKey, [statement], out _)));
    }

    [Fact]
    public void ConfiguredKey_FollowsAStatementSignedByIt_KeptAcrossARestart_AndARotationFromTheCardToo()
    {
        using var k1 = ModelSigningKey.CreateEphemeral();
        using var k2 = ModelSigningKey.CreateEphemeral();
        using var k3 = ModelSigningKey.CreateEphemeral();
        var dir = LocalMesh.Testing.TempDirectories.Create("localmesh-trust-");
        var options = new MeshModelOptions { TrustedKeys = new() { ["kitchen.k1"] = k1.PublicKey } };
        var (trust, _) = Trust(dir, options);
        Assert.Equal((k2.PublicKey, "rotated"), Pair(trust.For("kitchen", "k1", k2.PublicKey, [k1.SignRotation("kitchen", "k1", k2.PublicKey, 1, 0)], out _)));
        Assert.False(File.Exists(Path.Combine(dir, ModelTrust.PinsRelativePath))); // configured keys are not pinned

        var (again, againPeers) = Trust(dir, options);
        Assert.Equal((k2.PublicKey, "rotated"), Pair(again.For("kitchen", "k1")));

        // The card carries the chain (k1 → k2 → k3): a peer that kept up follows the last step only.
        againPeers.Observe(Card("k1", k3.PublicKey, "kitchen", [k1.SignRotation("kitchen", "k1", k2.PublicKey, 1, 0), k2.SignRotation("kitchen", "k1", k3.PublicKey, 2, 0)]));
        Assert.Equal(k3.PublicKey, again.For("kitchen", "k1")!.PublicKey);
        Assert.Equal(k3.PublicKey, Trust(dir, options).Trust.For("kitchen", "k1")!.PublicKey);
    }

    [Fact]
    public void RevokedKeys_UnpinOnStart_RefuseRotationToOrFromThem_AndAFreshCardKeyIsPinnedAfter()
    {
        using var old = ModelSigningKey.CreateEphemeral();
        using var next = ModelSigningKey.CreateEphemeral();
        using var other = ModelSigningKey.CreateEphemeral();
        var dir = LocalMesh.Testing.TempDirectories.Create("localmesh-trust-");
        var (trust, peers) = Trust(dir, new MeshModelOptions());
        peers.Observe(Card("a", old.PublicKey));
        Assert.Equal(old.PublicKey, trust.For("plant", "a")!.PublicKey);

        // A rotation to a revoked key is refused (by key id here, by the key itself below).
        var (revokedNext, _) = Trust(dir, new MeshModelOptions { RevokedKeys = [next.KeyId] });
        Assert.Equal(old.PublicKey, revokedNext.For("plant", "a", next.PublicKey, [old.SignRotation("plant", "a", next.PublicKey, 1, 0)], out var why)!.PublicKey);
        Assert.Contains($"names key {next.KeyId}, which is revoked", why, StringComparison.Ordinal);

        // The pinned key revoked: its pin goes at start (raised for the ledger), its statements prove nothing, and the
        // node's card, now advertising a new key, is pinned afresh (what an operator does after a suspected copy).
        var (revokedOld, revokedPeers) = Trust(dir, new MeshModelOptions { RevokedKeys = [old.PublicKey] });
        var changes = new List<ModelKeyChange>();
        revokedOld.KeyChanged += changes.Add;
        revokedOld.ApplyRevocations();
        Assert.Equal("key-unpinned", Assert.Single(changes).Event);
        Assert.False(Pins(dir).ContainsKey("plant.a"));
        revokedPeers.Observe(Card("a", old.PublicKey));
        Assert.Null(revokedOld.For("plant", "a")); // the card still names the revoked key: nothing trusted
        revokedPeers.Observe(Card("a", next.PublicKey, rotations: [old.SignRotation("plant", "a", next.PublicKey, 1, 0)]));
        Assert.Equal((next.PublicKey, "card"), Pair(revokedOld.For("plant", "a")));

        // With the new key pinned, a chain whose statement is signed by the revoked key is refused.
        var (pinnedNext, _) = Trust(dir, new MeshModelOptions { RevokedKeys = [old.PublicKey] });
        Assert.Equal(next.PublicKey, pinnedNext.For("plant", "a", other.PublicKey, [next.SignRotation("plant", "a", old.PublicKey, 2, 0), old.SignRotation("plant", "a", other.PublicKey, 3, 0)], out why)!.PublicKey);
        Assert.Contains("revoked", why, StringComparison.Ordinal);
    }

    [Fact]
    public void SeenVersions_KeepTheNewestVerifiedNumber_AcrossARestart_AndForgetWhatARevokedKeySet()
    {
        var dir = LocalMesh.Testing.TempDirectories.Create("localmesh-seen-");
        var memory = new ModelVersionMemory(dir);
        memory.Saw("plant", "a", 5, "K1", 1000);
        memory.Saw("plant", "a", 3, "K1", 900); // older: changes nothing
        memory.Took("plant", "a", "K1");
        memory.Saw("plant", "b", 99, "EVIL", null);

        var again = new ModelVersionMemory(dir);
        Assert.Equal(new SeenModelVersion(5, "K1", 1000, "K1"), again.Get("plant", "a"));
        Assert.Equal([("plant", "a", "K1")], again.HeldFromRevoked(k => k == "K1"));
        Assert.True(again.ForgetRevoked(k => k == "EVIL"));
        Assert.Null(new ModelVersionMemory(dir).Get("plant", "b"));
        Assert.NotNull(new ModelVersionMemory(dir).Get("plant", "a"));
    }

    [Fact]
    public void RevokedKeys_MustBeKeyIdsOrPublicKeys()
    {
        using var key = ModelSigningKey.CreateEphemeral();
        var options = new MeshModelOptions { RevokedKeys = [key.KeyId, key.PublicKey, "not-a-key"] };
        Assert.Single(options.Validate(), e => e.Contains("RevokedKeys: 'not-a-key'", StringComparison.Ordinal));
        Assert.True(options.IsRevoked(key.PublicKey));
        using var other = ModelSigningKey.CreateEphemeral();
        Assert.False(options.IsRevoked(other.PublicKey));
    }

    private static (ModelTrust Trust, PeerTable Peers) Trust(string dir, MeshModelOptions models)
    {
        var peers = new PeerTable("me", TimeSpan.FromMinutes(5), Time);
        return (new ModelTrust(new MeshOptions { Site = "plant", NodeId = "me", Models = models }, peers, dir, NullLogger<ModelTrust>.Instance), peers);
    }

    private static NodeCard Card(string node, string key, string site = "plant", IReadOnlyList<ModelKeyRotation>? rotations = null) =>
        new() { Node = node, Site = site, ModelKey = key, ModelKeyRotations = rotations };

    private static (string, string) Pair(TrustedModelKey? key) => (key!.PublicKey, key.Source);

    private static Dictionary<string, string> Pins(string dir) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(dir, ModelTrust.PinsRelativePath)))!;
}
