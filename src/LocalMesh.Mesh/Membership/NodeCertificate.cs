using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LocalMesh.Mesh.Models;

namespace LocalMesh.Mesh.Membership;

/// <summary>
/// A site authority's statement that node <see cref="Node"/> of <see cref="Site"/> signs with <see cref="Key"/>, until
/// <see cref="ExpiresAt"/>. The authority is a P-256 key the site's administrator keeps off the nodes
/// (<c>localmesh mesh authority</c>); peers that list its public key in <c>LocalMesh:Mesh:SiteAuthorities</c> take a
/// card of that site only when it is signed by a key certified for its node, and trust that key for the node's model
/// versions and queued jobs — no key is taken on first use. A node of the site that writes another node's card can then
/// only repeat that node's own signed cards, which the peers refuse as old (<see cref="CardTrust"/>).
/// </summary>
/// <param name="Site">The node's site.</param>
/// <param name="Node">The node's id.</param>
/// <param name="Key">The node's public key (base64 SubjectPublicKeyInfo, its model signing key).</param>
/// <param name="IssuedAt">When it was issued (unix ms, the authority's clock; for people).</param>
/// <param name="ExpiresAt">When it stops being valid (unix ms).</param>
/// <param name="Authority">The issuing authority's key id (16 hex digits).</param>
/// <param name="Signature">The authority's signature of <see cref="Message"/> (base64, IEEE P1363).</param>
public sealed record NodeCertificate(string Site, string Node, string Key, long IssuedAt, long ExpiresAt, string Authority, string Signature)
{
    /// <summary>The node's certificates, relative to its data dir.</summary>
    public const string RelativePath = "mesh/node-certificates.json";

    /// <summary>Most certificates a node keeps and carries (its key now, the next one, and older ones still valid).</summary>
    public const int MaxCarried = 4;

    /// <summary>The signed text: a fixed label, site, node, key and both times, one per line.</summary>
    public static byte[] Message(string site, string node, string key, long issuedAt, long expiresAt) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"localmesh-node-certificate/1\n{site}\n{node}\n{key}\n{issuedAt}\n{expiresAt}"));

    /// <summary>Issues a certificate signed by <paramref name="authority"/>.</summary>
    public static NodeCertificate Issue(ModelSigningKey authority, string site, string node, string key, DateTimeOffset issuedAt, TimeSpan validFor)
    {
        var (issued, expires) = (issuedAt.ToUnixTimeMilliseconds(), (issuedAt + validFor).ToUnixTimeMilliseconds());
        return new NodeCertificate(site, node, key, issued, expires, authority.KeyId, authority.SignMessage(Message(site, node, key, issued, expires)));
    }

    /// <summary>The key's short name.</summary>
    [JsonIgnore]
    public string KeyId => ModelSignature.KeyId(Key);

    /// <summary>Whether every field is there and of a sane size (a peer's certificate is read before it is checked).</summary>
    public bool IsWellFormed() =>
        Site is { Length: > 0 and <= 128 } && Node is { Length: > 0 and <= 128 } && Key is { Length: > 0 and <= 512 }
        && Authority is { Length: > 0 and <= 64 } && Signature is { Length: > 0 and <= 172 } && ExpiresAt > IssuedAt;

    /// <summary>
    /// Why this certificate does not vouch for <paramref name="node"/>@<paramref name="site"/> under the authority
    /// <paramref name="authorityKey"/> at <paramref name="nowMs"/>; null when it does.
    /// </summary>
    public string? Check(string authorityKey, string site, string node, long nowMs)
    {
        if (!IsWellFormed())
        {
            return "a malformed certificate";
        }

        if (Site != site || Node != node)
        {
            return $"a certificate for {Node}@{Site}, not {node}@{site}";
        }

        var authorityId = ModelSignature.KeyId(authorityKey);
        if (!string.Equals(Authority, authorityId, StringComparison.OrdinalIgnoreCase))
        {
            return $"a certificate issued by authority {Authority}, not by {site}'s authority {authorityId} (LocalMesh:Mesh:SiteAuthorities)";
        }

        if (!ModelSignature.Verify(authorityKey, Signature, Message(Site, Node, Key, IssuedAt, ExpiresAt)))
        {
            return $"a certificate whose signature does not verify against {site}'s authority {authorityId} (forged or changed)";
        }

        return nowMs >= ExpiresAt
            ? $"a certificate that expired {DateTimeOffset.FromUnixTimeMilliseconds(ExpiresAt):yyyy-MM-dd HH:mm} UTC (issue a new one: localmesh mesh certify)"
            : null;
    }

    /// <summary>
    /// The certificates node <paramref name="options"/> carries: those kept in <paramref name="dataDir"/> for its node
    /// and site and not expired. When its own site is in <see cref="MeshOptions.SiteAuthorities"/>, one of them must
    /// vouch for <paramref name="key"/> under that authority, or its peers would refuse every card it sends.
    /// </summary>
    /// <exception cref="Configuration.LocalMeshConfigurationException">The site has an authority and no certificate vouches for the node's key.</exception>
    public static IReadOnlyList<NodeCertificate> ForNode(string dataDir, MeshOptions options, ModelSigningKey key, TimeProvider time)
    {
        var (site, node, now) = (options.Site, options.EffectiveNodeId, time.GetUtcNow().ToUnixTimeMilliseconds());
        var mine = Read(dataDir).Where(c => c.Site == site && c.Node == node && c.ExpiresAt > now).OrderByDescending(c => c.IssuedAt).Take(MaxCarried).ToList();
        if (options.SiteAuthorities.TryGetValue(site, out var authority))
        {
            var problems = mine.Where(c => c.Key == key.PublicKey).Select(c => c.Check(authority, site, node, now)).ToList();
            if (!problems.Contains(null))
            {
                throw new Configuration.LocalMeshConfigurationException([
                    $"LocalMesh:Mesh:SiteAuthorities lists this node's site '{site}', but {Path.Combine(dataDir, RelativePath)} holds no valid certificate "
                    + $"of this node's key {key.KeyId} for {node}@{site}{(problems.FirstOrDefault() is { } why ? $" (it holds {why})" : "")}: its peers would refuse its cards. "
                    + $"Issue one where the authority's key is kept: localmesh mesh certify --authority FILE --site {site} --node-id {node} --data-dir {dataDir}"]);
            }
        }

        return mine;
    }

    /// <summary>The certificates kept in <paramref name="dataDir"/> (none: empty).</summary>
    /// <exception cref="InvalidDataException">The file is not a JSON list of certificates.</exception>
    public static IReadOnlyList<NodeCertificate> Read(string dataDir)
    {
        var path = Path.GetFullPath(Path.Combine(dataDir, RelativePath));
        return File.Exists(path) ? ReadFile(path) : [];
    }

    /// <summary>The certificates in <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a JSON list of certificates.</exception>
    public static IReadOnlyList<NodeCertificate> ReadFile(string path)
    {
        try
        {
            var list = JsonSerializer.Deserialize(File.ReadAllBytes(path), NodeCertificateJson.Default.ListNodeCertificate);
            if (list is null || list.Any(c => c?.IsWellFormed() != true))
            {
                throw new JsonException("a certificate is missing a field");
            }

            return list;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a JSON list of node certificates ({ex.Message}); issue them again with: localmesh mesh certify", ex);
        }
    }

    /// <summary>Writes <paramref name="certificates"/> to <paramref name="path"/> (through a temporary file).</summary>
    public static void WriteFile(string path, IEnumerable<NodeCertificate> certificates)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes([.. certificates], NodeCertificateJson.Default.ListNodeCertificate));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// <paramref name="issued"/> added to <paramref name="kept"/>: a new certificate replaces the older ones for the same
    /// node and key; the others stay while valid (a job signed before a rotation is still checked against its key); the
    /// newest <see cref="MaxCarried"/> are kept.
    /// </summary>
    public static IReadOnlyList<NodeCertificate> Merge(IEnumerable<NodeCertificate> kept, IReadOnlyList<NodeCertificate> issued, long nowMs) =>
        [.. kept.Where(k => k.ExpiresAt > nowMs && !issued.Any(i => i.Site == k.Site && i.Node == k.Node && i.Key == k.Key))
            .Concat(issued).OrderByDescending(c => c.IssuedAt).Take(MaxCarried)];
}

/// <summary>The certificates this node carries on its card and in its site's job bucket (<see cref="NodeCertificate.ForNode"/>).</summary>
/// <param name="Carried">Its certificates: for its key now, and for keys it had before while those are valid.</param>
public sealed record NodeCertificates(IReadOnlyList<NodeCertificate> Carried);

/// <summary>Source-generated JSON for certificates (snake_case, as on cards).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(List<NodeCertificate>))]
internal sealed partial class NodeCertificateJson : JsonSerializerContext;
