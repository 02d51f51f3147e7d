using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using LocalMesh.Ledger;
using LocalMesh.Mesh.Transport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.ObjectStore;
using NATS.Client.ObjectStore.Models;

namespace LocalMesh.Mesh.Models;

/// <summary>
/// Federated model updates over NATS Object Store buckets, one per site: <c>localmesh_models_{site}</c>, written by
/// that site's nodes only and read by every site (docs/mesh-nats.conf). When the node's model learns a
/// new version from local corrections (and <see cref="MeshModelOptions.Publish"/> is on) it puts the shareable form
/// under <c>{model}.{site}.{node}</c> in its site's bucket, replacing its previous one. It watches the metadata of every
/// site's bucket (the newest entry of every object, then each change; other sites' buckets found by their streams'
/// names) and takes, refuses or rejects each peer's version by the policy for the peer's
/// site; every decision goes to the ledger with the version and its origin. Every version is signed by its publisher's
/// <see cref="ModelSigningKey"/> and taken only when the signature is good and the key is the one <see cref="ModelTrust"/>
/// trusts for its origin. A malformed metadata entry, an unsigned version, one signed by a key not trusted for its origin
/// or whose bytes do not match its signature, an object too big, a digest that does not match or bytes the model refuses
/// are rejected one by one: the watch goes on. Key rotation, revocation and rollback (docs/mesh.md, "Signed versions"):
/// a version signed by a revoked key is rejected and one held from it dropped; a new key is believed on a rotation
/// statement signed by the key trusted now; a version numbered below the newest one seen of its origin is rejected.
/// </summary>
public sealed partial class MeshModelExchange(MeshConnection connection, IModelFederation? model, ModelSigningKey signingKey, ModelTrust trust, AuditLedger ledger, TimeProvider time, ILogger<MeshModelExchange> logger)
    : BackgroundService
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);

    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Dictionary<string, Task> _watches = new(StringComparer.Ordinal);
    private INatsObjStore? _store;
    private int _published;

    private MeshOptions Options => connection.Options;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (model is null)
        {
            LogNoModel(logger);
            return;
        }

        model.Learned += Wake;
        trust.KeyChanged += OnKeyChanged;
        try
        {
            var revocationsApplied = false;
            while (!stoppingToken.IsCancellationRequested)
            {
                var wake = Volatile.Read(ref _wake);
                try
                {
                    if (!revocationsApplied && model.LocalVersion > 0)
                    {
                        ApplyRevocations(model); // once the model serves: it has read the peers' versions it kept, so it can drop them
                        revocationsApplied = true;
                    }

                    _store ??= await OpenAsync(stoppingToken).ConfigureAwait(false);
                    if (Options.Models.Takes)
                    {
                        await WatchSitesAsync(model, stoppingToken).ConfigureAwait(false);
                    }

                    if (Options.Models.Publish)
                    {
                        await PublishAsync(model, _store, stoppingToken).ConfigureAwait(false);
                    }
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogFailed(logger, ex.Message);
                }

                await Task.WhenAny(wake.Task, Task.Delay(Retry, time, stoppingToken)).ConfigureAwait(false);
                if (wake.Task.IsCompleted)
                {
                    Interlocked.CompareExchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), wake);
                }

                foreach (var (site, _) in _watches.Where(w => w.Value.IsCompleted).ToList())
                {
                    _watches.Remove(site); // the watch ended (the connection dropped, the consumer was lost): start another
                }
            }
        }
        finally
        {
            model.Learned -= Wake;
            trust.KeyChanged -= OnKeyChanged;
        }
    }

    /// <summary>
    /// Whether a version signed by <paramref name="signer"/>, the key trusted for the origin now, comes from another
    /// identity than the version held from it: the node was reinstalled (a new key, numbering from 1) and the operator
    /// trusts its new key instead (pin removed, or TrustedKeys changed), with no rotation statement from the old key.
    /// The old identity's numbers (the version held, the newest seen) do not bind the new one; its old key is no longer
    /// trusted, so nothing signed by it is taken again.
    /// </summary>
    private bool NewIdentity(string site, string node, string? signer, IReadOnlyList<ModelKeyRotation> rotations) =>
        !string.IsNullOrEmpty(signer) && trust.Versions.Get(site, node)?.TakenKey is { } taken && taken != signer
        && trust.For(site, node, signer, rotations, out _) is { Source: not "rotated" } trusted && trusted.PublicKey == signer
        && !SameIdentity(site, node, taken, signer, rotations);

    /// <summary>Whether <paramref name="earlier"/> is <paramref name="now"/>, or rotated to it by statements a peer can check.</summary>
    private bool SameIdentity(string site, string node, string earlier, string now, IReadOnlyList<ModelKeyRotation> rotations) =>
        earlier == now || ModelKeyRotation.Follow(site, node, earlier, now, rotations, trust.IsRevoked, out _) is { Count: > 0 };

    private void OnKeyChanged(ModelKeyChange change) => Record(change.Event, change.Site, change.Node, 0, 0, null, change.Detail);

    /// <summary>Drops what was kept from keys revoked since (held versions, pins, rollback floors), before anything is read.</summary>
    private void ApplyRevocations(IModelFederation federation)
    {
        foreach (var (site, node, key) in trust.Versions.HeldFromRevoked(trust.IsRevoked))
        {
            if (federation.Forget(site, node))
            {
                Record("forgotten", site, node, 0, 0, null, $"signed by key {ModelSignature.KeyId(key)}, which is revoked (LocalMesh:Mesh:Models:RevokedKeys)");
            }

            trust.Versions.Dropped(site, node);
        }

        trust.ApplyRevocations();
    }

    private void Wake() => Volatile.Read(ref _wake).TrySetResult();

    private Task<INatsObjStore> OpenAsync(CancellationToken cancellationToken)
    {
        var objects = new NatsObjContext(connection.JetStream);
        // Made only when missing: a site's user may not make buckets under docs/mesh-nats.conf.
        return MeshResources.OpenOrCreateAsync($"object store {MeshSubjects.ModelsBucket(Options.Site)}", Options.Site,
            () => objects.GetObjectStoreAsync(MeshSubjects.ModelsBucket(Options.Site), cancellationToken).AsTask(),
            () => objects.CreateObjectStoreAsync(MeshResources.ModelsBucket(Options.Site, Options.Replicas), cancellationToken).AsTask());
    }

    /// <summary>
    /// Starts a watch on every site's bucket not watched yet: this site's, and the others' found by listing the server's
    /// streams (a site whose nodes are all down now still has its published versions there, which the membership cards
    /// would not tell). Every site's, not only those the policies take from: refusing is recorded, and a version taken
    /// before the policy became refuse is dropped, when its entry is read.
    /// </summary>
    private async Task WatchSitesAsync(IModelFederation federation, CancellationToken cancellationToken)
    {
        if (!_watches.ContainsKey(Options.Site))
        {
            _watches[Options.Site] = WatchAsync(federation, Task.FromResult(_store!), Options.Site, cancellationToken);
        }

        var objects = new NatsObjContext(connection.JetStream);
        await foreach (var stream in connection.JetStream.ListStreamNamesAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (MeshSubjects.ModelsSiteOfStream(stream) is { } site && !_watches.ContainsKey(site))
            {
                // Opened in the watch: a bucket this site may not read (no read group for it in the server's configuration)
                // fails there, logged, and is tried again at the next pass, without holding up publishing.
                _watches[site] = WatchAsync(federation, objects.GetObjectStoreAsync(MeshSubjects.ModelsBucket(site), cancellationToken).AsTask(), site, cancellationToken);
            }
        }
    }

    /// <summary>Puts this node's own model's newest shareable version in the bucket, unless it is there already.</summary>
    private async Task PublishAsync(IModelFederation federation, INatsObjStore store, CancellationToken cancellationToken)
    {
        var local = federation.LocalVersion;
        if (local == 0 || local == _published)
        {
            return; // checked before making the shareable form: that copies the model (tens of MB)
        }

        var name = MeshSubjects.ModelObject(federation.Model, Options.Site, Options.EffectiveNodeId);
        if (_published == 0)
        {
            try
            {
                var stored = (await store.GetInfoAsync(name, cancellationToken: cancellationToken).ConfigureAwait(false)).Metadata;
                if (stored?.GetValueOrDefault("version") == local.ToString(CultureInfo.InvariantCulture)
                    && stored.GetValueOrDefault(ModelSignature.KeyField) == signingKey.PublicKey && stored.GetValueOrDefault(ModelSignature.SchemeField) == ModelSignature.SchemeV2)
                {
                    _published = local; // published before this node restarted
                    return;
                }
            }
            catch (NatsObjNotFoundException)
            {
            }
        }

        var export = await Task.Run(() => federation.Export(Options.Site, Options.EffectiveNodeId), cancellationToken).ConfigureAwait(false);
        if (export is null)
        {
            _published = local; // nothing learned to share in this version
            return;
        }

        var version = export.Version.ToString(CultureInfo.InvariantCulture);
        var publishedAt = time.GetUtcNow().ToUnixTimeMilliseconds();

        var meta = new ObjectMetadata
        {
            Name = name,
            Description = $"{federation.Model} model of node {Options.EffectiveNodeId} (site {Options.Site}), version {version}",
            Metadata = new Dictionary<string, string>
            {
                ["version"] = version,
                ["site"] = Options.Site,
                ["node"] = Options.EffectiveNodeId,
                [ModelSignature.KeyField] = signingKey.PublicKey,
                [ModelSignature.SchemeField] = ModelSignature.SchemeV2,
                [ModelSignature.PublishedAtField] = publishedAt.ToString(CultureInfo.InvariantCulture),
                [ModelSignature.SignatureField] = signingKey.Sign(federation.Model, Options.Site, Options.EffectiveNodeId, export.Version, publishedAt, export.Payload),
            },
        };
        if (signingKey.Rotations.Count > 0)
        {
            meta.Metadata[ModelSignature.RotationsField] = ModelKeyRotation.ToJson(signingKey.Rotations); // peers that trust an older key of this node follow them to this one
        }

        await store.PutAsync(meta, new MemoryStream(export.Payload), cancellationToken: cancellationToken).ConfigureAwait(false);
        _published = export.Version;
        Record("published", Options.Site, Options.EffectiveNodeId, export.Version, export.Intents, export.Payload, $"signed with key {signingKey.KeyId}");
        LogPublished(logger, federation.Model, export.Version, export.Payload.Length);
    }

    /// <summary>Reads the metadata of <paramref name="site"/>'s bucket: the newest entry of every object, then each change.</summary>
    private async Task WatchAsync(IModelFederation federation, Task<INatsObjStore> opening, string site, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            var store = await opening.ConfigureAwait(false);
            // A consumer of our own rather than the store's watch: one unreadable metadata entry must not end it.
            // Named (nats-server 2.9 reads an unnamed consumer's filter from the create subject wrongly) and new each time, so
            // it delivers the newest entry of every object again; the server drops it a minute after the node stops reading.
            var consumer = await connection.JetStream.CreateOrUpdateConsumerAsync(MeshSubjects.ObjectStream(store.Bucket), new ConsumerConfig
            {
                Name = $"models-{Options.Site}-{Options.EffectiveNodeId}-{Guid.NewGuid():N}",
                FilterSubject = $"$O.{store.Bucket}.M.>",
                DeliverPolicy = ConsumerConfigDeliverPolicy.LastPerSubject,
                AckPolicy = ConsumerConfigAckPolicy.None,
                InactiveThreshold = TimeSpan.FromMinutes(1),
            }, cancellationToken).ConfigureAwait(false);
            await foreach (var message in consumer.ConsumeAsync<byte[]>(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await ReceiveAsync(federation, store, site, message.Data, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    LogFailed(logger, "reading a peer's model: " + ex.Message);
                }
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, $"watch of {MeshSubjects.ModelsBucket(site)}: " + ex.Message);
        }
    }

    /// <summary>Decides on one metadata entry: skip (own, already held), forget (deleted), refuse, reject or take.</summary>
    private async Task ReceiveAsync(IModelFederation federation, INatsObjStore store, string bucketSite, byte[]? data, CancellationToken cancellationToken)
    {
        ModelObjectEntry? meta;
        try
        {
            meta = data is null ? null : JsonSerializer.Deserialize(data, ModelObjectJson.Default.ModelObjectEntry);
        }
        catch (JsonException)
        {
            meta = null;
        }

        if (meta?.Name is not { } name || name.Split('.') is not [var kind, var site, var node] || kind != federation.Model
            || !MeshSubjects.IsToken(site) || !MeshSubjects.IsToken(node))
        {
            Reject("?", "?", 0, data?.LongLength ?? 0, null, $"unreadable metadata, or an object name that is not {federation.Model}.SITE.NODE ('{Truncate(meta?.Name)}')");
            return;
        }

        if (site != bucketSite)
        {
            Reject(site, node, 0, data?.LongLength ?? 0, null, $"found in the bucket of site {bucketSite}: a site publishes only in its own");
            return;
        }

        if (site == Options.Site && node == Options.EffectiveNodeId)
        {
            return;
        }

        _ = int.TryParse(meta.Metadata?.GetValueOrDefault("version"), NumberStyles.None, CultureInfo.InvariantCulture, out var version);
        var policy = Options.Models.For(site, Options.Site);
        if (meta.Deleted || policy == ModelPolicy.Refuse)
        {
            if (federation.Forget(site, node))
            {
                Record("forgotten", site, node, version, 0, null, meta.Deleted ? "the peer withdrew it" : "the policy for its site is refuse");
                trust.Versions.Dropped(site, node);
            }

            if (!meta.Deleted)
            {
                Record("refused", site, node, version, 0, null, $"policy {(site == Options.Site ? "Policy" : "RemotePolicy")} is refuse");
            }

            return;
        }

        // A revoked signer first: a version held from that key is dropped even when the bucket offers nothing newer.
        var signature = meta.Metadata?.GetValueOrDefault(ModelSignature.SignatureField);
        var signer = meta.Metadata?.GetValueOrDefault(ModelSignature.KeyField);
        if (!string.IsNullOrEmpty(signer) && trust.IsRevoked(signer))
        {
            var held = trust.Versions.Get(site, node)?.TakenKey;
            if ((held is null || held == signer || trust.IsRevoked(held)) && federation.Forget(site, node))
            {
                Record("forgotten", site, node, version, 0, null, $"signed by key {ModelSignature.KeyId(held ?? signer)}, which is revoked (LocalMesh:Mesh:Models:RevokedKeys)");
                trust.Versions.Dropped(site, node);
            }

            Reject(site, node, version, meta.Size, null, $"revoked signer: signed with key {ModelSignature.KeyId(signer)}, which is listed in LocalMesh:Mesh:Models:RevokedKeys");
            return;
        }

        var rotations = ModelKeyRotation.Parse(meta.Metadata?.GetValueOrDefault(ModelSignature.RotationsField));
        var newIdentity = NewIdentity(site, node, signer, rotations);
        if (version > 0 && federation.HeldVersion(site, node, policy) >= version && !newIdentity)
        {
            return; // held already (the watch delivers the newest entries again after a restart)
        }

        if (meta.Size > Options.Models.MaxBytes)
        {
            Reject(site, node, version, meta.Size, null, $"{meta.Size} bytes, over LocalMesh:Mesh:Models:MaxBytes ({Options.Models.MaxBytes})");
            return;
        }

        // Whose key signed it, and whether that key is trusted for this origin, is known before the download.
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(signer))
        {
            Reject(site, node, version, meta.Size, null, "unsigned: it carries no signature or signing key; only signed versions are taken");
            return;
        }

        var trusted = trust.For(site, node, signer, rotations, out var rotationRefused);
        if (trusted is null)
        {
            Reject(site, node, version, meta.Size, null, site == Options.Site && Options.Models.TrustSiteCards
                ? $"untrusted signer: no key is trusted for {node}@{site} (none in LocalMesh:Mesh:Models:TrustedKeys, none pinned, and no live card of it advertising one)"
                : $"untrusted signer: no key is trusted for {node}@{site}; list it in LocalMesh:Mesh:Models:TrustedKeys as \"{site}.{node}\"");
            return;
        }

        if (!string.Equals(signer, trusted.PublicKey, StringComparison.Ordinal))
        {
            Reject(site, node, version, meta.Size, null, $"wrong signer: signed with key {ModelSignature.KeyId(signer)}, but the key trusted for {node}@{site} is {trusted.KeyId} ({trusted.Source})"
                + (rotationRefused is null ? "" : "; key rotation refused: " + rotationRefused));
            return;
        }

        if (newIdentity && trust.Versions.Get(site, node) is { TakenKey: { } earlier })
        {
            // What is held and remembered from the node's earlier identity goes: its key is not trusted for it any more.
            if (federation.Forget(site, node))
            {
                Record("forgotten", site, node, 0, 0, null, $"held from key {ModelSignature.KeyId(earlier)}, the node's earlier identity; key {ModelSignature.KeyId(trusted.PublicKey)} is trusted for it now ({trusted.Source})");
            }

            trust.Versions.Forget(site, node); // the earlier identity's newest number does not bind this one
        }

        // Rollback: a lower number than the newest one seen with a good signature is an older version replayed, when it
        // was seen under the key trusted now or one that rotated to it (see NewIdentity).
        if (trust.Versions.Get(site, node) is { } seen && version < seen.Version && SameIdentity(site, node, seen.Key, trusted.PublicKey, rotations))
        {
            Reject(site, node, version, meta.Size, null, $"older than version {seen.Version} already seen from {node}@{site} (a replayed older version; if that node was reinstalled and numbers from 1 again, remove its line from mesh/seen-model-versions.json in this node's data dir)");
            return;
        }

        var scheme = meta.Metadata?.GetValueOrDefault(ModelSignature.SchemeField);
        long? publishedAt = long.TryParse(meta.Metadata?.GetValueOrDefault(ModelSignature.PublishedAtField), NumberStyles.None, CultureInfo.InvariantCulture, out var at) ? at : null;
        if (scheme is null && !Options.Models.AcceptV1Signatures)
        {
            Reject(site, node, version, meta.Size, null, "first signature scheme (localmesh-model-version/1, no publish time), and LocalMesh:Mesh:Models:AcceptV1Signatures is off");
            return;
        }

        if (scheme is not null && (scheme != ModelSignature.SchemeV2 || publishedAt is null))
        {
            Reject(site, node, version, meta.Size, null, $"unknown signature scheme '{Truncate(scheme)}' or no {ModelSignature.PublishedAtField}");
            return;
        }

        byte[] bytes;
        try
        {
            using var buffer = new BoundedBuffer(Options.Models.MaxBytes);
            await store.GetAsync(name, buffer, leaveOpen: true, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }
        catch (Exception ex) when (ex is NatsObjException or InvalidDataException)
        {
            Reject(site, node, version, meta.Size, null, "cannot be read: " + ex.Message);
            return;
        }

        if (!(publishedAt is { } signedAt
                ? ModelSignature.Verify(trusted.PublicKey, signature, federation.Model, site, node, version, signedAt, bytes)
                : ModelSignature.Verify(trusted.PublicKey, signature, federation.Model, site, node, version, bytes)))
        {
            Reject(site, node, version, bytes.LongLength, bytes, $"bad signature: the bytes, origin or version do not match the signature of {node}@{site}'s key {trusted.KeyId} (tampered, or signed for something else)");
            return;
        }

        trust.Versions.Saw(site, node, version, signer, publishedAt);
        if (publishedAt is null)
        {
            LogV1(logger, federation.Model, $"{node}@{site}", version);
        }

        try
        {
            var taken = await Task.Run(() => federation.Accept(bytes, site, node, policy), cancellationToken).ConfigureAwait(false);
            if (taken.Changed)
            {
                trust.Versions.Took(site, node, signer);
            }

            Record(taken.Changed ? (policy == ModelPolicy.Adopt ? "adopted" : "merged") : "unchanged", site, node, taken.Version, taken.Intents, bytes,
                (taken.Reason is null ? "" : taken.Reason + "; ") + $"signed with key {trusted.KeyId} ({trusted.Source})"
                + (publishedAt is { } dated ? $", published {DateTimeOffset.FromUnixTimeMilliseconds(dated):yyyy-MM-ddTHH:mm:ssZ}" : ", first signature scheme (no publish time)"));
            LogTaken(logger, federation.Model, site, node, taken.Version, policy, taken.Intents);
        }
        catch (InvalidDataException ex)
        {
            Reject(site, node, version, bytes.LongLength, bytes, ex.Message);
        }
    }

    private void Reject(string site, string node, int version, long size, byte[]? bytes, string reason)
    {
        LogRejected(logger, model?.Model ?? "?", $"{node}@{site}", reason);
        Record("rejected", site, node, version, 0, bytes, reason, size);
    }

    private void Record(string kind, string site, string node, int version, int intents, byte[]? bytes, string? detail, long? size = null) =>
        ledger.Write(new ModelUpdateRecord
        {
            Timestamp = time.GetUtcNow(),
            Model = model?.Model ?? "?",
            Event = kind,
            LocalVersion = model?.LocalVersion ?? 0,
            OriginNode = node,
            OriginSite = site,
            OriginVersion = version,
            Intents = intents,
            Bytes = bytes?.LongLength ?? size ?? 0,
            Sha256 = bytes is null ? null : Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Detail = detail,
        });

    private static string Truncate(string? value) => value is null ? "" : value.Length <= 80 ? value : value[..80] + "…";

    /// <summary>A memory buffer that refuses to grow past a limit (a lying peer's chunks cannot fill the node's memory).</summary>
    private sealed class BoundedBuffer(int limit) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => base.Write(buffer, offset, Check(count));

        public override void Write(ReadOnlySpan<byte> buffer) => base.Write(buffer[..Check(buffer.Length)]);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => base.WriteAsync(buffer, offset, Check(count), cancellationToken);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => base.WriteAsync(buffer[..Check(buffer.Length)], cancellationToken);

        public override void WriteByte(byte value)
        {
            Check(1);
            base.WriteByte(value);
        }

        private int Check(int count) => Length + count <= limit ? count : throw new InvalidDataException($"it is larger than LocalMesh:Mesh:Models:MaxBytes ({limit})");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Model} model version {Version} ({Bytes} bytes) to the mesh")]
    private static partial void LogPublished(ILogger logger, string model, int version, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Took the {Model} model of {Node}@{Site} version {Version} ({Policy}; it votes on {Intents} intents)")]
    private static partial void LogTaken(ILogger logger, string model, string site, string node, int version, ModelPolicy policy, int intents);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected the {Model} model published by {Origin}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string model, string origin, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Model} model of {Origin} version {Version} is signed under the first scheme (no publish time); accepted while LocalMesh:Mesh:Models:AcceptV1Signatures is on")]
    private static partial void LogV1(ILogger logger, string model, string origin, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mesh model updates: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mesh model updates are configured but this node has no model to exchange (specialists are off)")]
    private static partial void LogNoModel(ILogger logger);
}
