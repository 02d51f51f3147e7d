namespace LocalMesh.Ledger;

/// <summary>
/// One event of the federated model updates (docs/mesh.md): this node published a version of its model, or took,
/// refused or rejected one from a peer. The ledger keeps the versions and their origin; never weights nor data.
/// </summary>
public sealed record ModelUpdateRecord
{
    /// <summary>When it happened.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>Which model (<c>intents</c>).</summary>
    public required string Model { get; init; }

    /// <summary><c>published</c>, <c>adopted</c>, <c>merged</c>, <c>unchanged</c>, <c>refused</c> (by policy), <c>rejected</c> (malformed, not applicable, untrusted or revoked signer, older than one seen), <c>forgotten</c> (the peer withdrew it, the policy is now refuse, or its signer is revoked), <c>key-rotated</c> (a peer's new key believed on its rotation statement) or <c>key-unpinned</c> (a revoked key's pin removed).</summary>
    public required string Event { get; init; }

    /// <summary>This node's own model version at the time (0 when it had none).</summary>
    public int LocalVersion { get; init; }

    /// <summary>The node the version comes from (this node for <c>published</c>).</summary>
    public required string OriginNode { get; init; }

    /// <summary>That node's site.</summary>
    public required string OriginSite { get; init; }

    /// <summary>The version on the origin node (0 when unknown: an unreadable one).</summary>
    public int OriginVersion { get; init; }

    /// <summary>How many intents it shares (published) or votes on here (taken).</summary>
    public int Intents { get; init; }

    /// <summary>Its size in bytes.</summary>
    public long Bytes { get; init; }

    /// <summary>Lowercase hex SHA-256 of its bytes, when they were read.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Why it was refused, rejected or unchanged.</summary>
    public string? Detail { get; init; }
}
