using LocalMesh.Mesh.Models;
using LocalMesh.Mesh.Transport;

namespace LocalMesh.Mesh.Membership;

/// <summary>
/// What a site's administrator does with the site's authority key (<c>localmesh mesh authority</c>, <c>localmesh mesh
/// certify</c>): certify the keys of the site's nodes (<see cref="NodeCertificate"/>). The authority's private key never
/// needs to be on a node.
/// </summary>
public static class SiteAuthority
{
    /// <summary>How long a certificate is valid unless told otherwise.</summary>
    public static readonly TimeSpan DefaultValidity = TimeSpan.FromDays(365);

    /// <summary>
    /// Certifies the key of the node whose data dir is <paramref name="dataDir"/> (made there now if the node has none
    /// yet, as its first start would) and the key waiting to replace it (<c>localmesh mesh rotate-key</c>), if any, and
    /// keeps the certificates in the data dir (<see cref="NodeCertificate.RelativePath"/>) with those still valid.
    /// </summary>
    /// <returns>The certificates issued.</returns>
    /// <exception cref="ArgumentException">A site or node name that cannot be one.</exception>
    public static IReadOnlyList<NodeCertificate> CertifyDataDir(ModelSigningKey authority, string site, string node, string dataDir, TimeSpan validFor, DateTimeOffset now)
    {
        CheckNames(site, node);
        string current;
        using (var key = ModelSigningKey.LoadOrCreate(dataDir))
        {
            current = key.PublicKey;
        }

        var keys = new[] { current, ModelSigningKey.PendingPublicKey(dataDir) }.OfType<string>().Distinct().ToList();
        return CertifyInto(authority, site, node, keys, Path.GetFullPath(Path.Combine(dataDir, NodeCertificate.RelativePath)), validFor, now);
    }

    /// <summary>
    /// Certifies <paramref name="publicKey"/> as <paramref name="node"/>@<paramref name="site"/>'s and keeps the
    /// certificate in <paramref name="file"/> with those there still valid (to be copied to the node's
    /// <c>DATA_DIR/mesh/node-certificates.json</c>).
    /// </summary>
    /// <exception cref="ArgumentException">A bad name, or a key that is not a P-256 public key.</exception>
    public static IReadOnlyList<NodeCertificate> CertifyKey(ModelSigningKey authority, string site, string node, string publicKey, string file, TimeSpan validFor, DateTimeOffset now)
    {
        CheckNames(site, node);
        if (!ModelSignature.IsPublicKey(publicKey))
        {
            throw new ArgumentException("--public-key is not a P-256 public key (base64 SubjectPublicKeyInfo: 'localmesh mesh key' on the node prints it).");
        }

        return CertifyInto(authority, site, node, [publicKey], Path.GetFullPath(file), validFor, now);
    }

    private static IReadOnlyList<NodeCertificate> CertifyInto(ModelSigningKey authority, string site, string node, IReadOnlyList<string> keys, string file, TimeSpan validFor, DateTimeOffset now)
    {
        if (validFor <= TimeSpan.Zero)
        {
            throw new ArgumentException("A certificate must be valid for a positive time (--days).");
        }

        var kept = File.Exists(file) ? NodeCertificate.ReadFile(file) : [];
        var issued = keys.Select(key => NodeCertificate.Issue(authority, site, node, key, now, validFor)).ToList();
        NodeCertificate.WriteFile(file, NodeCertificate.Merge(kept, issued, now.ToUnixTimeMilliseconds()));
        return issued;
    }

    private static void CheckNames(string site, string node)
    {
        if (!MeshSubjects.IsToken(site) || !MeshSubjects.IsToken(node))
        {
            throw new ArgumentException($"'{site}' and '{node}' must be a site and a node id: letters, digits, '-' or '_'.");
        }
    }
}
