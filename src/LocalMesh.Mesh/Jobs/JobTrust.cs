using System.Text.Json;
using System.Text.Json.Serialization;
using LocalMesh.Mesh.Models;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Jobs;

/// <summary>What a node does with a job of its site's queue, and why.</summary>
/// <param name="Serve">Whether it may serve it.</param>
/// <param name="Event">For the ledger: <c>refused</c>, <c>unsigned-accepted</c>, or null (signed by a trusted node of the site: nothing to record).</param>
/// <param name="PutBy">The node the signature names.</param>
/// <param name="Site">The site the signature names.</param>
/// <param name="KeyId">The signer's key, short.</param>
/// <param name="Detail">Why.</param>
public sealed record JobVerdict(bool Serve, string? Event, string? PutBy, string? Site, string? KeyId, string Detail);

/// <summary>
/// Decides whether a job of the site's queue was put there by a node of the site (docs/mesh.md, Security). The queue's
/// subject can be written by more than the site's nodes (a push consumer of another site may deliver onto it), so a job
/// is served only when signed (<see cref="JobSignature"/>) for this node's site by a node of this site, with the key
/// trusted for that node: this node's own key (or one it rotated from), else the key <see cref="ModelTrust"/> trusts
/// for it (configured, pinned from its card or from its entry in the site's job bucket, <see cref="JobSigners"/>), or a
/// key it rotated from by statements. Unsigned jobs follow <see cref="MeshJobOptions.AcceptUnsigned"/>: by default only
/// those already in the queue when this node first ran this version (by stream sequence, which no one but the server
/// sets), recorded in <c>mesh/unsigned-jobs-floor.json</c>.
/// </summary>
public sealed class JobTrust(MeshOptions options, ModelSigningKey key, ModelTrust trust, string dataDir)
{
    /// <summary>The floor file, relative to the data dir.</summary>
    public const string FloorRelativePath = "mesh/unsigned-jobs-floor.json";

    private UnsignedFloor? _floor;

    /// <summary>
    /// Records, the first time this node opens its site's stream with this version, the stream's last sequence: unsigned
    /// jobs up to it were queued before the upgrade. Kept (not moved on) at later starts; a stream made again (another
    /// creation time) has no floor.
    /// </summary>
    public void RecordFloor(string stream, DateTimeOffset created, ulong lastSequence)
    {
        var path = Path.GetFullPath(Path.Combine(dataDir, FloorRelativePath));
        if (File.Exists(path))
        {
            try
            {
                _floor = JsonSerializer.Deserialize(File.ReadAllBytes(path), UnsignedFloorJson.Default.UnsignedFloor);
            }
            catch (JsonException)
            {
                _floor = null; // unreadable: no unsigned job is taken for old
            }

            return;
        }

        _floor = new UnsignedFloor(stream, created.ToUnixTimeMilliseconds(), lastSequence);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path + ".tmp", JsonSerializer.SerializeToUtf8Bytes(_floor, UnsignedFloorJson.Default.UnsignedFloor));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>The verdict on one message of the site's stream.</summary>
    /// <param name="headers">The message's headers (the signature).</param>
    /// <param name="data">The message's bytes (the job).</param>
    /// <param name="stream">The stream it is in.</param>
    /// <param name="streamCreated">When the stream was made.</param>
    /// <param name="sequence">Its stream sequence (0 when unknown).</param>
    /// <param name="registered">The registered entry of the node the signature names, read from the site's job bucket (null: none).</param>
    public JobVerdict Check(NatsHeaders? headers, ReadOnlySpan<byte> data, string stream, DateTimeOffset streamCreated, ulong sequence, JobSigner? registered)
    {
        var site = JobSignature.Get(headers, JobSignature.SiteHeader);
        var node = JobSignature.Get(headers, JobSignature.NodeHeader);
        var signer = JobSignature.Get(headers, JobSignature.KeyHeader);
        var signature = JobSignature.Get(headers, JobSignature.SignatureHeader);
        if (site is null && node is null && signer is null && signature is null)
        {
            return Unsigned(stream, streamCreated, sequence);
        }

        var keyId = signer is null ? null : ModelSignature.KeyId(signer);
        if (site is null || node is null || signer is null || signature is null || !ModelSignature.IsPublicKey(signer))
        {
            return new(false, "refused", node, site, keyId, "unsigned: the signature's headers are incomplete or its key is not a P-256 public key");
        }

        if (site != options.Site)
        {
            return new(false, "refused", node, site, keyId, $"another site's job: signed by {node} for site {site}, and this is site {options.Site}'s queue");
        }

        if (!JobSignature.Verify(signer, signature, site, node, data))
        {
            return new(false, "refused", node, site, keyId, $"bad signature: the job's bytes, site or node changed after it was signed, or key {keyId} did not sign it");
        }

        if (options.Models.IsRevoked(signer))
        {
            return new(false, "refused", node, site, keyId, $"revoked signer: signed with key {keyId}, which is listed in LocalMesh:Mesh:Models:RevokedKeys");
        }

        if (node == options.EffectiveNodeId)
        {
            // This node's own job (a node alone in its site serves its own queue): its key now, or one it rotated from.
            return signer == key.PublicKey || key.Rotations.Any(r => r.OldKey == signer)
                ? new(true, null, node, site, keyId, "signed by this node")
                : new(false, "refused", node, site, keyId, $"wrong signer: signed with key {keyId} in this node's name, which is not this node's key ({key.KeyId}) nor one it rotated from");
        }

        var offered = ModelKeyRotation.Parse(JobSignature.Get(headers, JobSignature.RotationsHeader));
        var statements = registered?.Rotations is { Count: > 0 } more ? [.. offered, .. more] : offered;
        var trusted = trust.For(site, node, signer, statements, out var rotationRefused, registered?.Key, registered?.Certificates);
        if (trusted is null)
        {
            return new(false, "refused", node, site, keyId, $"untrusted signer: no key is trusted for {node}@{site} (no live card nor entry in the site's job bucket advertises one, none is pinned or configured)");
        }

        if (trusted.PublicKey == signer)
        {
            return new(true, null, node, site, keyId, $"signed by {node} ({trusted.Source} key)");
        }

        // Signed before its node rotated to the key trusted now: statements lead from the signer to that key. Only statements the
        // node published (its entry in the site's job bucket) count here: a statement is signed by its old key, so one carried by
        // the job itself, from a key of the job's own making to the trusted key, proves nothing. A certified key is trusted as
        // certified or not at all (an older key keeps its own certificate).
        if (trusted.Source != "certified"
            && ModelKeyRotation.Follow(site, node, signer, trusted.PublicKey, registered?.Rotations ?? [], options.Models.IsRevoked, out _) is not null)
        {
            return new(true, null, node, site, keyId, $"signed by {node} with key {keyId}, which it rotated from to {trusted.KeyId}");
        }

        return new(false, "refused", node, site, keyId,
            $"wrong signer: signed with key {keyId}, but the key trusted for {node}@{site} is {trusted.KeyId} ({trusted.Source}){(rotationRefused is null ? "" : "; key rotation refused: " + rotationRefused)}");
    }

    private JobVerdict Unsigned(string stream, DateTimeOffset streamCreated, ulong sequence)
    {
        switch (options.Jobs.AcceptUnsigned)
        {
            case MeshJobOptions.Always:
                return new(true, "unsigned-accepted", null, null, null, "unsigned, served because LocalMesh:Mesh:Jobs:AcceptUnsigned is always");
            case MeshJobOptions.BeforeUpgrade when _floor is { } floor && floor.Stream == stream && floor.Created == streamCreated.ToUnixTimeMilliseconds() && sequence > 0 && sequence <= floor.LastSequence:
                return new(true, "unsigned-accepted", null, null, null, $"unsigned, queued before this node's upgrade (stream sequence {sequence} ≤ {floor.LastSequence})");
            default:
                return new(false, "refused", null, null, null, options.Jobs.AcceptUnsigned == MeshJobOptions.Never
                    ? "unsigned: LocalMesh:Mesh:Jobs:AcceptUnsigned is never"
                    : $"unsigned: queued after this node's upgrade (stream sequence {sequence}{(_floor is { } f ? $" > {f.LastSequence}" : "")}), and a node of the site signs what it queues");
        }
    }
}

/// <summary>The stream's last sequence when this node first ran a version that signs jobs.</summary>
/// <param name="Stream">The stream.</param>
/// <param name="Created">When the stream was made (unix ms): a stream made again starts its sequences again.</param>
/// <param name="LastSequence">Its last sequence then.</param>
public sealed record UnsignedFloor(string Stream, long Created, ulong LastSequence);

/// <summary>Source-generated JSON for the floor file.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(UnsignedFloor))]
internal sealed partial class UnsignedFloorJson : JsonSerializerContext;
