using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LocalMesh.Mesh.Models;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Jobs;

/// <summary>
/// The proof of which node of a site put a job in the site's queue: the node signs the message's exact bytes, with its
/// site and its id, using its signing key (<see cref="ModelSigningKey"/>, the one it signs model versions with). The
/// signature travels in the message's headers, so the job record itself is unchanged and what is checked is exactly
/// what is served. Binding the site means a job signed for one site's queue proves nothing in another's; binding the
/// bytes means a changed text, domain, tier list or id breaks it.
/// </summary>
public static class JobSignature
{
    /// <summary>The site the signer says it put the job for.</summary>
    public const string SiteHeader = "Localmesh-Job-Site";

    /// <summary>The node that put it (and signed it).</summary>
    public const string NodeHeader = "Localmesh-Job-Node";

    /// <summary>The signer's public key (base64 SubjectPublicKeyInfo).</summary>
    public const string KeyHeader = "Localmesh-Job-Key";

    /// <summary>The signature (base64, IEEE P1363).</summary>
    public const string SignatureHeader = "Localmesh-Job-Signature";

    /// <summary>The signer's newest key rotation statements (JSON), so a job signed after a rotation is believed by a node that trusts the old key.</summary>
    public const string RotationsHeader = "Localmesh-Job-Key-Rotations";

    /// <summary>The signed text: a fixed label, the site, the node and the SHA-256 of the message's bytes, one per line.</summary>
    public static byte[] Message(string site, string node, ReadOnlySpan<byte> data) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"localmesh-queued-job/1\n{site}\n{node}\n{Convert.ToHexStringLower(SHA256.HashData(data))}"));

    /// <summary>The headers that sign <paramref name="data"/> as put by <paramref name="node"/> of <paramref name="site"/>.</summary>
    public static NatsHeaders Sign(ModelSigningKey key, string site, string node, ReadOnlySpan<byte> data)
    {
        var headers = new NatsHeaders
        {
            [SiteHeader] = site,
            [NodeHeader] = node,
            [KeyHeader] = key.PublicKey,
            [SignatureHeader] = key.SignMessage(Message(site, node, data)),
        };
        if (key.Rotations.Count > 0)
        {
            headers[RotationsHeader] = ModelKeyRotation.ToJson(key.Rotations);
        }

        return headers;
    }

    /// <summary>Whether <paramref name="signature"/> is <paramref name="publicKey"/>'s signature of <paramref name="data"/> put by <paramref name="node"/> of <paramref name="site"/>.</summary>
    public static bool Verify(string publicKey, string signature, string site, string node, ReadOnlySpan<byte> data) =>
        ModelSignature.Verify(publicKey, signature, Message(site, node, data));

    /// <summary>A header's value, or null.</summary>
    internal static string? Get(NatsHeaders? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;
}
