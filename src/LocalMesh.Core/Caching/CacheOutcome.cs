using System.Globalization;
using LocalMesh.Configuration;

namespace LocalMesh.Caching;

/// <summary>
/// What the semantic cache did with a request: answered it (<see cref="Hit"/>), looked and found nothing
/// (<see cref="Miss"/>, with the near miss the <see cref="QuestionGuard"/> turned down, if any), or did not look
/// (<see cref="Skip"/>, with why). Sent back in the <c>x-localmesh-cache</c> header and the body's <c>localmesh.cache</c>
/// field, and kept in the ledger's request row.
/// </summary>
/// <param name="Status"><c>hit</c>, <c>miss</c> or <c>skip</c>.</param>
/// <param name="Reason">Why it was skipped, or the near miss turned down.</param>
public sealed record CacheOutcome(string Status, string? Reason = null)
{
    /// <summary>The status of an answer given from the cache.</summary>
    public const string HitStatus = "hit";

    /// <summary>The status of a lookup that found nothing.</summary>
    public const string MissStatus = "miss";

    /// <summary>The status of a request the cache did not look at.</summary>
    public const string SkipStatus = "skip";

    /// <summary>The cosine between the questions, for a hit.</summary>
    public double? Similarity { get; init; }

    /// <summary>The request whose answer was given again, for a hit.</summary>
    public string? SourceRequestId { get; init; }

    /// <summary>The tier that gave the answer first (the one this request did not reach), for a hit.</summary>
    public Tier? SavedTier { get; init; }

    /// <summary>The backend that gave the answer first, for a hit.</summary>
    public string? SavedBackend { get; init; }

    /// <summary>The request bytes that left the machine for the first answer (and did not this time), for a hit.</summary>
    public long SavedBytes { get; init; }

    /// <summary>The first answer's estimated cost (not spent this time), for a hit.</summary>
    public decimal SavedCost { get; init; }

    /// <summary>A lookup that found <paramref name="entry"/>.</summary>
    public static CacheOutcome Hit(CachedEscalation entry, double similarity) => new(HitStatus)
    {
        Similarity = similarity,
        SourceRequestId = entry.RequestId,
        SavedTier = entry.Tier,
        SavedBackend = entry.Backend,
        SavedBytes = entry.BytesSent,
        SavedCost = entry.Cost,
    };

    /// <summary>A lookup that found nothing; <paramref name="nearMiss"/> is the guard's reason for turning down a close question.</summary>
    public static CacheOutcome Miss(string? nearMiss) => new(MissStatus, nearMiss is null ? null : "near miss: " + nearMiss);

    /// <summary>A request the cache did not look at, and why.</summary>
    public static CacheOutcome Skip(string why) => new(SkipStatus, why);

    /// <summary>The <c>x-localmesh-cache</c> header: <c>hit; similarity=0.97; tier=cloud; source=req_…</c>, <c>miss</c>, <c>skip; reason="tools"</c>.</summary>
    public string ToHeaderValue() => Status == HitStatus
        ? string.Create(CultureInfo.InvariantCulture, $"hit; similarity={Similarity:0.000}; tier={SavedTier?.Name()}; source={SourceRequestId}")
        : Reason is null ? Status : $"{Status}; reason=\"{Routing.RouteDecision.HeaderSafe(Reason)}\"";
}
