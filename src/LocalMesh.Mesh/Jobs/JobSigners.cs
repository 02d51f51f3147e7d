using System.Text.Json;
using System.Text.Json.Serialization;
using LocalMesh.Mesh.Models;
using NATS.Client.KeyValueStore;

namespace LocalMesh.Mesh.Jobs;

/// <summary>
/// The signing keys of a site's nodes, as each registered its own in the site's job bucket (<c>signer.{node}</c> in
/// <c>localmesh_jobs_{site}</c>), which only the site's nodes may write (docs/mesh-nats.conf). A node checking a job
/// put by a peer that is gone (and whose card it never saw) finds the key there and pins it on first use, as it would
/// the peer's card (<see cref="ModelTrust"/>). Every node puts its entry when it opens the bucket and again every hour
/// (the bucket forgets entries after a week).
/// </summary>
public static class JobSigners
{
    /// <summary>The bucket key of <paramref name="node"/>'s entry.</summary>
    public static string Key(string node) => "signer." + node;

    /// <summary>Puts this node's key, rotation statements and the certificates its site's authority issued it.</summary>
    public static Task PutAsync(INatsKVStore bucket, string node, ModelSigningKey key, CancellationToken cancellationToken, IReadOnlyList<Membership.NodeCertificate>? certificates = null) =>
        PutAsync(bucket, node, key.PublicKey, key.Rotations, cancellationToken, certificates);

    /// <summary>Puts a node's public key, rotation statements and certificates.</summary>
    public static async Task PutAsync(INatsKVStore bucket, string node, string publicKey, IReadOnlyList<ModelKeyRotation> rotations, CancellationToken cancellationToken,
        IReadOnlyList<Membership.NodeCertificate>? certificates = null) =>
        await bucket.PutAsync(Key(node), JsonSerializer.SerializeToUtf8Bytes(new JobSigner(publicKey, [.. rotations]) { Certificates = certificates is { Count: > 0 } ? [.. certificates] : null }, JobSignerJson.Default.JobSigner),
            cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary><paramref name="node"/>'s entry, or null when there is none or it cannot be read.</summary>
    public static async Task<JobSigner?> GetAsync(INatsKVStore bucket, string node, CancellationToken cancellationToken)
    {
        var entry = await bucket.TryGetEntryAsync<byte[]>(Key(node), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!entry.Success || entry.Value.Value is not { Length: > 0 and <= 64 * 1024 } bytes)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, JobSignerJson.Default.JobSigner) is { } signer && ModelSignature.IsPublicKey(signer.Key)
                ? signer with
                {
                    Rotations = [.. (signer.Rotations ?? []).Where(r => r?.IsWellFormed() == true).TakeLast(ModelKeyRotation.MaxCarried)],
                    Certificates = signer.Certificates is { } certificates ? [.. certificates.Where(c => c?.IsWellFormed() == true).Take(Membership.NodeCertificate.MaxCarried)] : null,
                }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A node's entry: its key, its newest rotation statements and its certificates.</summary>
/// <param name="Key">Its public key (base64 SubjectPublicKeyInfo).</param>
/// <param name="Rotations">Its newest rotation statements.</param>
public sealed record JobSigner(string Key, List<ModelKeyRotation>? Rotations)
{
    /// <summary>The certificates its site's authority issued it (<see cref="Membership.NodeCertificate"/>), if any.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<Membership.NodeCertificate>? Certificates { get; init; }
}

/// <summary>Source-generated JSON for <see cref="JobSigner"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(JobSigner))]
internal sealed partial class JobSignerJson : JsonSerializerContext;
