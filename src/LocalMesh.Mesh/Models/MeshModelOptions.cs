namespace LocalMesh.Mesh.Models;

/// <summary>
/// Federated model updates (<c>LocalMesh:Mesh:Models</c>): whether this node publishes what its intent model learns
/// from local corrections, and what it does with the versions other nodes publish. Off by default on both ends:
/// sharing weights and letting a peer change this node's answers are decisions for the site (docs/mesh.md).
/// </summary>
public sealed record MeshModelOptions
{
    /// <summary>Publish a new version of this node's intent model (weights, version, origin; never examples) when it learns from corrections.</summary>
    public bool Publish { get; init; }

    /// <summary>What to do with a version published by a node of this site: <c>adopt</c>, <c>merge</c> or <c>refuse</c>.</summary>
    public string Policy { get; init; } = "refuse";

    /// <summary>The same for a node of another site.</summary>
    public string RemotePolicy { get; init; } = "refuse";

    /// <summary>The largest published version read from the mesh (bytes); the built-in model's is about 30 MB.</summary>
    public int MaxBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>
    /// Public keys trusted for peers' versions, by origin: <c>"SITE.NODE": "MFkw…"</c> (base64 SubjectPublicKeyInfo, as
    /// <c>GET /v1/localmesh/nodes</c> shows under <c>model_key</c>). The only way to take versions from another site.
    /// </summary>
    public Dictionary<string, string> TrustedKeys { get; init; } = [];

    /// <summary>
    /// Also trust, for a node of this node's own site, the key its membership card advertises (pinned on first use). On by
    /// default; off: only <see cref="TrustedKeys"/>.
    /// </summary>
    public bool TrustSiteCards { get; init; } = true;

    /// <summary>
    /// Keys no longer trusted, whoever they were trusted for: each a key id (the 16 hex digits the ledger and logs show)
    /// or the public key itself (base64 SubjectPublicKeyInfo). A version signed by one is rejected, a version held from
    /// one is dropped, a pin of one is removed, and a rotation statement signed by one or naming one is refused.
    /// </summary>
    public List<string> RevokedKeys { get; init; } = [];

    /// <summary>
    /// Take versions signed under the first scheme (<c>localmesh-model-version/1</c>, no publish time), from nodes not
    /// yet upgraded. On by default for the transition: the version number, which is what refuses an older version, is
    /// signed by both schemes, so the first lacks only the date. Turn it off once every node publishes the second.
    /// </summary>
    public bool AcceptV1Signatures { get; init; } = true;

    /// <summary>Whether <paramref name="publicKey"/> is listed in <see cref="RevokedKeys"/> (by itself or its key id).</summary>
    public bool IsRevoked(string publicKey)
    {
        if (RevokedKeys.Count == 0)
        {
            return false;
        }

        var id = ModelSignature.KeyId(publicKey);
        return RevokedKeys.Any(r => string.Equals(r, publicKey, StringComparison.Ordinal) || string.Equals(r, id, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the node takes some peers' versions (one of the policies is not <c>refuse</c>).</summary>
    public bool Takes => ParsedPolicy(Policy) != ModelPolicy.Refuse || ParsedPolicy(RemotePolicy) != ModelPolicy.Refuse;

    /// <summary>Whether the node takes part at all (publishes, or takes some peers' versions).</summary>
    public bool Enabled => Publish || Takes;

    /// <summary>Every error in these options, each naming its key.</summary>
    public IEnumerable<string> Validate()
    {
        foreach (var (key, value) in new[] { ("Policy", Policy), ("RemotePolicy", RemotePolicy) })
        {
            if (!Enum.TryParse<ModelPolicy>(value, ignoreCase: true, out _) || int.TryParse(value, out _))
            {
                yield return $"LocalMesh:Mesh:Models:{key} must be adopt, merge or refuse (it is '{value}').";
            }
        }

        foreach (var (origin, key) in TrustedKeys)
        {
            if (origin.Split('.') is not [var site, var node] || !Transport.MeshSubjects.IsToken(site) || !Transport.MeshSubjects.IsToken(node))
            {
                yield return $"LocalMesh:Mesh:Models:TrustedKeys: '{origin}' must be SITE.NODE (e.g. plant.a).";
            }
            else if (!ModelSignature.IsPublicKey(key))
            {
                yield return $"LocalMesh:Mesh:Models:TrustedKeys:{origin}: not a P-256 public key (base64 SubjectPublicKeyInfo, as GET /v1/localmesh/nodes shows under model_key).";
            }
        }

        foreach (var revoked in RevokedKeys)
        {
            if (!(revoked is { Length: 16 } && revoked.All(Uri.IsHexDigit)) && !ModelSignature.IsPublicKey(revoked))
            {
                yield return $"LocalMesh:Mesh:Models:RevokedKeys: '{(revoked.Length > 24 ? revoked[..24] + "…" : revoked)}' is neither a key id (16 hex digits) nor a P-256 public key (base64 SubjectPublicKeyInfo).";
            }
        }

        if (MaxBytes < 1024)
        {
            yield return $"LocalMesh:Mesh:Models:MaxBytes must be at least 1024 (it is {MaxBytes}).";
        }
    }

    /// <summary>The policy for a version from a node of <paramref name="site"/>, seen from a node of <paramref name="ownSite"/>.</summary>
    public ModelPolicy For(string site, string ownSite) => ParsedPolicy(site == ownSite ? Policy : RemotePolicy);

    private static ModelPolicy ParsedPolicy(string value) => Enum.TryParse<ModelPolicy>(value, ignoreCase: true, out var policy) ? policy : ModelPolicy.Refuse;
}
