using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LocalMesh.Mesh.Models;

/// <summary>
/// A rotation statement: node <see cref="Node"/> of <see cref="Site"/> replaced its model signing key
/// <see cref="OldKey"/> by <see cref="NewKey"/>, signed by the old key. A peer that trusts the old key (pinned or
/// configured) believes the new one on this statement alone, and nothing else makes it change its mind: a statement
/// signed by any other key proves nothing. The <see cref="Sequence"/> counts the node's rotations (1 for the first), so
/// a chain of statements is followed forwards only.
/// </summary>
/// <param name="Site">The node's site.</param>
/// <param name="Node">The node's id.</param>
/// <param name="OldKey">The key replaced (base64 SubjectPublicKeyInfo); it signed this statement.</param>
/// <param name="NewKey">The key that replaces it.</param>
/// <param name="Sequence">The node's rotation count, 1 for its first.</param>
/// <param name="At">When the node rotated (unix ms, its clock; for people, not checked).</param>
/// <param name="Signature">The old key's signature of <see cref="Message"/> (base64, IEEE P1363).</param>
public sealed record ModelKeyRotation(string Site, string Node, string OldKey, string NewKey, int Sequence, long At, string Signature)
{
    /// <summary>Most statements carried on a card or a version (a node's newest ones); older ones are not needed by peers that kept up.</summary>
    public const int MaxCarried = 8;

    /// <summary>The signed text: a fixed label, site, node, both keys, the sequence and the time, one per line.</summary>
    public static byte[] Message(string site, string node, string oldKey, string newKey, int sequence, long at) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"localmesh-model-key-rotation/1\n{site}\n{node}\n{oldKey}\n{newKey}\n{sequence}\n{at}"));

    /// <summary>Makes a statement signed by <paramref name="oldKey"/>.</summary>
    internal static ModelKeyRotation Create(ECDsa oldKey, string site, string node, string oldPublicKey, string newPublicKey, int sequence, long at) =>
        new(site, node, oldPublicKey, newPublicKey, sequence, at,
            Convert.ToBase64String(oldKey.SignData(Message(site, node, oldPublicKey, newPublicKey, sequence, at), HashAlgorithmName.SHA256)));

    /// <summary>Whether the statement is signed by its <see cref="OldKey"/>; false for anything unreadable.</summary>
    public bool Verify()
    {
        using var key = ModelSignature.TryImport(OldKey);
        Span<byte> sig = stackalloc byte[128];
        return key is not null && Signature is { Length: <= 172 } && Convert.TryFromBase64String(Signature, sig, out var length)
            && key.VerifyData(Message(Site, Node, OldKey, NewKey, Sequence, At), sig[..length], HashAlgorithmName.SHA256);
    }

    /// <summary>Whether every field is there and of a sane size (a peer's statement is read before it is believed).</summary>
    public bool IsWellFormed() =>
        Site is { Length: > 0 and <= 128 } && Node is { Length: > 0 and <= 128 } && OldKey is { Length: > 0 and <= 512 } && NewKey is { Length: > 0 and <= 512 }
        && Signature is { Length: > 0 and <= 172 } && Sequence > 0;

    /// <summary>The statements as JSON (object metadata, files).</summary>
    public static string ToJson(IReadOnlyList<ModelKeyRotation> rotations) => JsonSerializer.Serialize([.. rotations], ModelKeyRotationJson.Default.ListModelKeyRotation);

    /// <summary>Statements read from a peer's JSON: the well-formed ones (at most <see cref="MaxCarried"/>), none for anything unreadable.</summary>
    public static IReadOnlyList<ModelKeyRotation> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json) || json.Length > 16 * 1024)
        {
            return [];
        }

        try
        {
            return [.. (JsonSerializer.Deserialize(json, ModelKeyRotationJson.Default.ListModelKeyRotation) ?? []).Where(r => r?.IsWellFormed() == true).TakeLast(MaxCarried)];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>
    /// Follows <paramref name="offered"/> statements of <paramref name="site"/>.<paramref name="node"/> from
    /// <paramref name="trusted"/> to <paramref name="target"/>: each one must be signed by the key the previous one
    /// reached (the first by <paramref name="trusted"/>), with a growing sequence, and neither key may be revoked.
    /// </summary>
    /// <returns>The statements followed, in order, or null with <paramref name="refusal"/> saying why (null too when no statement names <paramref name="target"/> at all).</returns>
    public static IReadOnlyList<ModelKeyRotation>? Follow(string site, string node, string trusted, string target, IEnumerable<ModelKeyRotation> offered, Func<string, bool> isRevoked, out string? refusal)
    {
        refusal = null;
        var statements = offered.Where(r => r.Site == site && r.Node == node).Distinct().ToList();
        var chain = new List<ModelKeyRotation>();
        var current = trusted;
        var sequence = 0;
        for (var step = 0; step < statements.Count && current != target; step++)
        {
            var next = statements.Where(r => r.OldKey == current && r.Sequence > sequence).OrderBy(r => r.Sequence).FirstOrDefault(r => r.Verify());
            if (next is null)
            {
                break;
            }

            if (isRevoked(next.OldKey))
            {
                refusal = $"the key rotation statement #{next.Sequence} is signed by key {ModelSignature.KeyId(next.OldKey)}, which is revoked (LocalMesh:Mesh:Models:RevokedKeys)";
                return null;
            }

            if (isRevoked(next.NewKey) || !ModelSignature.IsPublicKey(next.NewKey))
            {
                refusal = $"the key rotation statement #{next.Sequence} names key {ModelSignature.KeyId(next.NewKey)}, which is {(isRevoked(next.NewKey) ? "revoked (LocalMesh:Mesh:Models:RevokedKeys)" : "not a P-256 public key")}";
                return null;
            }

            chain.Add(next);
            current = next.NewKey;
            sequence = next.Sequence;
        }

        if (current == target)
        {
            return chain;
        }

        // Say why the target could not be reached: a statement for it exists, but not one signed by a key trusted here.
        if (statements.FirstOrDefault(r => r.NewKey == target) is { } claimed)
        {
            refusal = claimed.OldKey != current
                ? $"its key rotation statement to key {ModelSignature.KeyId(target)} is signed by key {ModelSignature.KeyId(claimed.OldKey)}, not by {ModelSignature.KeyId(current)}, the key trusted for {node}@{site}"
                : $"its key rotation statement to key {ModelSignature.KeyId(target)} does not verify against key {ModelSignature.KeyId(current)} (forged or changed)";
        }

        return null;
    }
}

/// <summary>Source-generated JSON for rotation statements (snake_case, as on cards).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = false)]
[JsonSerializable(typeof(List<ModelKeyRotation>))]
[JsonSerializable(typeof(Dictionary<string, List<ModelKeyRotation>>))]
internal sealed partial class ModelKeyRotationJson : JsonSerializerContext;
