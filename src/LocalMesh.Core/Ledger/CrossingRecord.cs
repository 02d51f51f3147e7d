namespace LocalMesh.Ledger;

/// <summary>
/// One exchange with a backend or webhook off this process: what left, where, and why. Never the content unless
/// configured. A webhook call writes one per try, and one for a call policy blocked (nothing sent).
/// </summary>
public sealed record CrossingRecord
{
    /// <summary>The request this crossing served.</summary>
    public required string RequestId { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The backend's name, or <c>webhook:NAME</c> for a webhook.</summary>
    public required string Backend { get; init; }

    /// <summary>Its tier: local, edge or cloud.</summary>
    public required string Tier { get; init; }

    /// <summary>The destination host and port.</summary>
    public required string Destination { get; init; }

    /// <summary>The request's data domain.</summary>
    public required string Domain { get; init; }

    /// <summary>Request body bytes sent (0 when the connection was refused before anything was sent).</summary>
    public long BytesSent { get; init; }

    /// <summary>Response body bytes received.</summary>
    public long BytesReceived { get; init; }

    /// <summary>Input tokens (from the backend's usage report, else estimated).</summary>
    public long TokensSent { get; init; }

    /// <summary>Output tokens (from the backend's usage report, else estimated).</summary>
    public long TokensReceived { get; init; }

    /// <summary>True when the token counts are estimates (the backend reported no usage).</summary>
    public bool TokensEstimated { get; init; }

    /// <summary>Estimated cost from the backend's configured prices.</summary>
    public decimal Cost { get; init; }

    /// <summary>The policy decision that let the data go there, e.g. <c>domain 'general' allows cloud</c>.</summary>
    public required string PolicyDecision { get; init; }

    /// <summary>How many values were redacted before sending.</summary>
    public int Redactions { get; init; }

    /// <summary>Kinds of redacted values and their counts, e.g. <c>EMAIL:2,PERSON:1</c> (never the values).</summary>
    public string? RedactedKinds { get; init; }

    /// <summary>Lowercase hex SHA-256 of the bytes sent.</summary>
    public string? ContentSha256 { get; init; }

    /// <summary>The bytes sent, only when <c>Audit:StoreContent</c> is on.</summary>
    public byte[]? Content { get; init; }

    /// <summary><c>ok</c>, <c>error</c>, or <c>blocked</c> (a webhook call the request's domain policy did not allow: nothing was sent).</summary>
    public required string Outcome { get; init; }

    /// <summary>The error, when the exchange failed.</summary>
    public string? Error { get; init; }
}
