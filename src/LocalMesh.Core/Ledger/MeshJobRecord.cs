namespace LocalMesh.Ledger;

/// <summary>
/// A job of the mesh's queue (docs/mesh.md, store-and-forward) that this node would not serve as it came: refused
/// (unsigned, forged or changed, signed for another site or by a key not trusted for its node; acknowledged away, never
/// answered), or taken unsigned from before the upgrade. The ledger keeps who put it and why; never its text.
/// </summary>
public sealed record MeshJobRecord
{
    /// <summary>When it happened.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The job's id as the message says (null when the message could not be read).</summary>
    public string? JobId { get; init; }

    /// <summary><c>refused</c> (not served, taken off the queue) or <c>unsigned-accepted</c> (served without a signature: queued before the upgrade, or <c>AcceptUnsigned</c> is <c>always</c>).</summary>
    public required string Event { get; init; }

    /// <summary>The node the signature names as the one that put it (null when unsigned).</summary>
    public string? PutBy { get; init; }

    /// <summary>The site the signature names (null when unsigned).</summary>
    public string? Site { get; init; }

    /// <summary>The short name of the key it is signed with (null when unsigned).</summary>
    public string? KeyId { get; init; }

    /// <summary>The stream sequence of the message (0 when unknown).</summary>
    public long Sequence { get; init; }

    /// <summary>Why.</summary>
    public required string Detail { get; init; }
}
