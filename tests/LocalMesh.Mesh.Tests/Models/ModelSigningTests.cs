using System.Globalization;
using System.Text.Json;
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
/// Signed model versions over a real nats-server. Node B takes versions only when signed by the key trusted for their
/// origin: a same-site node's key from its card (pinned on first use), another site's only from
/// <c>Models:TrustedKeys</c>. An unsigned version, one signed by another key, one whose bytes were changed after signing,
/// and one from another site whose key is not listed are rejected with a ledger row saying which; good ones are taken.
/// The versions are published by the test (with the nodes' own keys where they are the publisher) so no retraining is needed.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // the key file's mode
public sealed class ModelSigningTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OnlyVersionsSignedByTheKeyTrustedForTheirOrigin_AreTaken_EveryOtherIsRejectedWithItsReason()
    {
        using var remoteKey = ModelSigningKey.CreateEphemeral(); // the key of kitchen.k1, listed in B's configuration
        using var strangerKey = ModelSigningKey.CreateEphemeral();
        await using var a = await MeshNodes.StartAsync(nats.Url, "plant", "sa", new Dictionary<string, string?> { ["Mesh:Models:Publish"] = "true" }); // learns nothing: publishes nothing, advertises its key
        await using var b = await MeshNodes.StartAsync(nats.Url, "plant", "sb", new Dictionary<string, string?>
        {
            ["Mesh:Models:Policy"] = "adopt",
            ["Mesh:Models:RemotePolicy"] = "adopt",
            ["Mesh:Models:TrustedKeys:kitchen.k1"] = remoteKey.PublicKey,
        });
        var aKey = a.Services.GetRequiredService<ModelSigningKey>();
        await MeshNodes.WaitForPeersAsync(b, peers => peers.Any(p => p.Card.Node == "sa" && p.Card.ModelKey == aKey.PublicKey), "sb sees sa's card with its key");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(a.DataDir, ModelSigningKey.RelativePath)));

        await using var publisher = new NatsConnection(NatsOpts.Default with { Url = nats.Url, Name = "publisher" });
        var objects = new NatsObjContext(publisher.CreateJetStreamContext());
        var store = await objects.CreateObjectStoreAsync(new NatsObjConfig(MeshSubjects.ModelsBucket("plant")) { Storage = NatsObjStorageType.File }, Ct);
        var kitchen = await objects.CreateObjectStoreAsync(new NatsObjConfig(MeshSubjects.ModelsBucket("kitchen")) { Storage = NatsObjStorageType.File }, Ct);
        var builtIn = await LocalMesh.Testing.TestIntentModels.BuiltInAsync();
        var fromA = IntentModelShare.Create(builtIn, SharedFeatures.BuiltIn, _ => true, "plant", "sa");
        var aBytes = fromA.ToBytes();
        var version = fromA.Header.Version;
        var ledger = b.Services.GetRequiredService<AuditLedger>();

        // Unsigned.
        await PutAsync(store, "plant", "sa", version, aBytes, key: null, signature: null);
        await ExpectAsync(ledger, "sa", "rejected", "unsigned");

        // Signed by a key that is not the one A advertises (and B pinned).
        await PutAsync(store, "plant", "sa", version, aBytes, strangerKey.PublicKey, strangerKey.Sign("intents", "plant", "sa", version, aBytes));
        var wrong = await ExpectAsync(ledger, "sa", "rejected", "wrong signer");
        Assert.Contains(strangerKey.KeyId, wrong.Detail, StringComparison.Ordinal);
        Assert.Contains(aKey.KeyId, wrong.Detail, StringComparison.Ordinal);

        // Signed by A's key, then one byte changed on the way (a stored object tampered with, or a forger reusing A's signature).
        var tampered = (byte[])aBytes.Clone();
        tampered[tampered.Length / 2] ^= 0x01;
        await PutAsync(store, "plant", "sa", version, tampered, aKey.PublicKey, aKey.Sign("intents", "plant", "sa", version, aBytes));
        await ExpectAsync(ledger, "sa", "rejected", "bad signature");

        // A's signature replayed under another version number: the version is part of what is signed.
        await PutAsync(store, "plant", "sa", version + 1, aBytes, aKey.PublicKey, aKey.Sign("intents", "plant", "sa", version, aBytes));
        await ExpectAsync(ledger, "sa", "rejected", "bad signature");
        // Signed by A's key but naming another origin inside: the signature is good, the model still refuses it.
        var lying = IntentModelShare.Create(builtIn, SharedFeatures.BuiltIn, _ => true, "plant", "other").ToBytes();
        await PutAsync(store, "plant", "sa", version, lying, aKey.PublicKey, aKey.Sign("intents", "plant", "sa", version, lying));
        await ExpectAsync(ledger, "sa", "rejected", "published as sa@plant");
        Assert.Empty(b.Services.GetRequiredService<IntentModelStore>().PeerParts);

        // Another site: a node whose key B's configuration does not list is refused, whatever key signed it.
        var fromK2 = IntentModelShare.Create(builtIn, SharedFeatures.BuiltIn, _ => true, "kitchen", "k2").ToBytes();
        await PutAsync(kitchen, "kitchen", "k2", version, fromK2, strangerKey.PublicKey, strangerKey.Sign("intents", "kitchen", "k2", version, fromK2));
        var untrusted = await ExpectAsync(ledger, "k2", "rejected", "untrusted signer");
        Assert.Contains("TrustedKeys", untrusted.Detail, StringComparison.Ordinal);

        // A's version, signed by A's key, in another site's bucket: a site's bucket holds only its own nodes' versions.
        await PutAsync(kitchen, "plant", "sa", version, aBytes, aKey.PublicKey, aKey.Sign("intents", "plant", "sa", version, aBytes));
        await ExpectAsync(ledger, "sa", "rejected", "found in the bucket of site kitchen");
        Assert.Empty(b.Services.GetRequiredService<IntentModelStore>().PeerParts);

        // The good ones: A's, signed with the key on its card; kitchen.k1's, signed with the configured key.
        await PutAsync(store, "plant", "sa", version, aBytes, aKey.PublicKey, aKey.Sign("intents", "plant", "sa", version, aBytes));
        var adopted = await ExpectAsync(ledger, "sa", "adopted", "(pinned)");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(aBytes)), adopted.Sha256);
        var fromK1 = IntentModelShare.Create(builtIn, SharedFeatures.BuiltIn, _ => true, "kitchen", "k1").ToBytes();
        await PutAsync(kitchen, "kitchen", "k1", version, fromK1, remoteKey.PublicKey, remoteKey.Sign("intents", "kitchen", "k1", version, fromK1));
        await ExpectAsync(ledger, "k1", "adopted", "(configured)");
        Assert.Equal(["k1", "sa"], b.Services.GetRequiredService<IntentModelStore>().PeerParts.Select(p => p.Origin.Node).Order());

        // B pinned A's key on first use, in its data dir.
        var pins = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(Path.Combine(b.DataDir, ModelTrust.PinsRelativePath), Ct))!;
        Assert.Equal(aKey.PublicKey, pins["plant.sa"]);
        Assert.False(pins.ContainsKey("kitchen.k1")); // configured keys are not pinned
    }

    [Fact]
    public async Task SigningKey_IsMadeOnFirstStart_Owner0600_AndTheSameAfterARestart()
    {
        var dir = LocalMesh.Testing.TempDirectories.Create("localmesh-key-");
        string first;
        using (var key = ModelSigningKey.LoadOrCreate(dir))
        {
            first = key.PublicKey;
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key.Path!));
        }

        File.SetUnixFileMode(Path.Combine(dir, ModelSigningKey.RelativePath), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        using var again = ModelSigningKey.LoadOrCreate(dir);
        Assert.Equal(first, again.PublicKey);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(again.Path!)); // made private again

        var payload = "weights"u8.ToArray();
        var signature = again.Sign("intents", "plant", "a", 3, payload);
        Assert.True(ModelSignature.Verify(again.PublicKey, signature, "intents", "plant", "a", 3, payload));
        Assert.False(ModelSignature.Verify(again.PublicKey, signature, "intents", "plant", "b", 3, payload)); // another origin
        Assert.False(ModelSignature.Verify(again.PublicKey, signature, "intents", "plant", "a", 3, "weightz"u8)); // other bytes
        Assert.False(ModelSignature.Verify(again.PublicKey, "not base64!", "intents", "plant", "a", 3, payload));
        Assert.False(ModelSignature.Verify("garbage", signature, "intents", "plant", "a", 3, payload));

        await File.WriteAllTextAsync(Path.Combine(dir, ModelSigningKey.RelativePath), "not a key", Ct);
        Assert.Contains("PEM", Assert.Throws<InvalidDataException>(() => ModelSigningKey.LoadOrCreate(dir)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrustedKeys_MustBeSiteDotNode_AndP256Keys()
    {
        using var key = ModelSigningKey.CreateEphemeral();
        var options = new MeshModelOptions { TrustedKeys = new() { ["plant.a"] = key.PublicKey, ["plant"] = key.PublicKey, ["kitchen.b"] = "MFkw" } };

        var errors = options.Validate().ToList();

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("'plant' must be SITE.NODE", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("TrustedKeys:kitchen.b: not a P-256 public key", StringComparison.Ordinal));
    }

    private static async Task PutAsync(INatsObjStore store, string site, string node, int version, byte[] bytes, string? key, string? signature)
    {
        var metadata = new Dictionary<string, string> { ["version"] = version.ToString(CultureInfo.InvariantCulture), ["site"] = site, ["node"] = node };
        if (key is not null)
        {
            metadata[ModelSignature.KeyField] = key;
        }

        if (signature is not null)
        {
            metadata[ModelSignature.SignatureField] = signature;
        }

        await store.PutAsync(new ObjectMetadata { Name = $"intents.{site}.{node}", Metadata = metadata }, new MemoryStream(bytes), cancellationToken: Ct);
    }

    /// <summary>Waits (2 minutes at most) for a new ledger row of <paramref name="node"/> with <paramref name="kind"/> whose detail holds <paramref name="detail"/>.</summary>
    private static async Task<ModelUpdateRecord> ExpectAsync(AuditLedger ledger, string node, string kind, string detail)
    {
        for (var i = 0; i < 1200; i++)
        {
            await ledger.FlushAsync();
            var rows = ledger.ModelUpdates();
            var row = rows.FirstOrDefault(r => r.OriginNode == node && r.Event == kind && r.Detail?.Contains(detail, StringComparison.Ordinal) == true && Seen.Add(r));
            if (row is not null)
            {
                return row;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Fail($"timed out waiting for {kind} '{detail}' of {node} (ledger: {string.Join("; ", ledger.ModelUpdates().Select(r => $"{r.Event} {r.OriginNode} v{r.OriginVersion} {r.Detail}"))})");
        return null!;
    }

    private static readonly HashSet<ModelUpdateRecord> Seen = [];
}
