namespace LocalMesh.Ledger;

/// <summary>One client request and its route decision.</summary>
public sealed record RequestRecord
{
    /// <summary>The request's id (also the <c>x-request-id</c> response header).</summary>
    public required string RequestId { get; init; }

    /// <summary>When it arrived.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The endpoint, e.g. <c>chat.completions</c>.</summary>
    public required string Operation { get; init; }

    /// <summary>The API key's name, if keys are configured.</summary>
    public string? KeyName { get; init; }

    /// <summary>The data domain.</summary>
    public required string Domain { get; init; }

    /// <summary>Where the domain came from.</summary>
    public string? DomainSource { get; init; }

    /// <summary>The model the client asked for.</summary>
    public string? RequestedModel { get; init; }

    /// <summary>The tier that answered.</summary>
    public string? Tier { get; init; }

    /// <summary>The backend that answered.</summary>
    public string? Backend { get; init; }

    /// <summary>Why.</summary>
    public string? Reason { get; init; }

    /// <summary>Whether the answer was a degraded fallback.</summary>
    public bool Degraded { get; init; }

    /// <summary><c>ok</c>, <c>error</c>, <c>queued</c> or <c>rejected</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The HTTP status returned.</summary>
    public int HttpStatus { get; init; }

    /// <summary>Time to answer (to the first byte for streams), ms.</summary>
    public double LatencyMs { get; init; }

    /// <summary>Request body bytes received from the client.</summary>
    public long ClientBytes { get; init; }

    /// <summary>For a knowledge-base answer, the passages it was grounded in, as a JSON array (collection, document, section, lines, score); never their text.</summary>
    public string? Citations { get; init; }

    /// <summary>What the semantic cache did: <c>hit</c>, <c>miss</c> or <c>skip</c>; null when it is off or the request never reached it.</summary>
    public string? Cache { get; init; }

    /// <summary>For a cache hit, the request whose answer was given again.</summary>
    public string? CacheSource { get; init; }

    /// <summary>For a cache hit, the tier that gave that answer and was not called this time.</summary>
    public string? SavedTier { get; init; }

    /// <summary>For a cache hit, the request bytes that answer sent off the machine and this request did not.</summary>
    public long SavedBytes { get; init; }

    /// <summary>For a cache hit, that answer's estimated cost, not spent this time.</summary>
    public decimal SavedCost { get; init; }
}
