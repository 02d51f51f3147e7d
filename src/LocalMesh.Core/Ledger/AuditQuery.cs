namespace LocalMesh.Ledger;

/// <summary>Filters for reading the ledger; null means "any".</summary>
public sealed record AuditQuery
{
    /// <summary>Only entries at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only entries before this time.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Only this data domain.</summary>
    public string? Domain { get; init; }

    /// <summary>Only crossings to this backend name, tier or host (substring match on the host).</summary>
    public string? Destination { get; init; }

    /// <summary>Only requests made with this API key (by its name), and their crossings.</summary>
    public string? Key { get; init; }

    /// <summary>Only rows whose id, backend, destination, model, reason, policy or error contains this text (case-insensitive).</summary>
    public string? Search { get; init; }

    /// <summary>At most this many rows (newest first).</summary>
    public int Limit { get; init; } = 100;
}

/// <summary>What the ledger says for a query: totals per destination and the newest crossings.</summary>
public sealed record AuditReport(
    long Requests,
    long RequestsKeptLocal,
    IReadOnlyList<AuditDestinationTotal> Destinations,
    IReadOnlyList<CrossingRow> Crossings);

/// <summary>Totals for one destination.</summary>
public sealed record AuditDestinationTotal(
    string Backend, string Tier, string Destination, long Crossings, long BytesSent, long BytesReceived,
    long TokensSent, long TokensReceived, decimal Cost, long Redactions, long Errors);

/// <summary>One crossing as listed.</summary>
public sealed record CrossingRow(
    long Id, string RequestId, DateTimeOffset Timestamp, string Backend, string Tier, string Destination, string Domain,
    long BytesSent, long BytesReceived, long TokensSent, long TokensReceived, decimal Cost, string PolicyDecision,
    int Redactions, string? RedactedKinds, string? ContentSha256, string Outcome, string? Error);
