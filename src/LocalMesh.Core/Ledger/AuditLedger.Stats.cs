using LocalMesh.Storage;
namespace LocalMesh.Ledger;

/// <summary>Totals over time from the ledger: where requests were answered, what stayed and what left, cost against an all-cloud baseline.</summary>
public sealed partial class AuditLedger
{
    /// <summary>
    /// Totals of the requests matching <paramref name="query"/> (its <see cref="AuditQuery.Since"/> and
    /// <see cref="AuditQuery.Until"/> are required) in <paramref name="buckets"/> equal slices of that window.
    /// </summary>
    /// <param name="query">The window and filters (domain, key, search).</param>
    /// <param name="buckets">How many slices (1 to 500).</param>
    /// <param name="baseline">The prices an all-cloud node would pay per million tokens.</param>
    /// <param name="cachedReasonPrefix">How a route reason of an answer served from the semantic cache begins.</param>
    /// <param name="cacheModel">The model name (and <c>NAME/...</c> prefix) of the requests the cache serves (the cache hit rate's denominator).</param>
    /// <exception cref="ArgumentException">The window is missing or empty, or <paramref name="buckets"/> is out of range.</exception>
    public LedgerStats QueryStats(AuditQuery query, int buckets, BaselinePrices baseline, string cachedReasonPrefix, string cacheModel)
    {
        if (query.Since is not { } since || query.Until is not { } until || until <= since)
        {
            throw new ArgumentException("The stats need a window: since before until.", nameof(query));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(buckets, 500);
        var width = (until - since).TotalSeconds / buckets;
        var (where, args) = Filter(query, includeDestination: false);
        var n = args.Length;
        object?[] all = [.. args, Timestamp(since), width, (double)baseline.InputCostPerMillion, (double)baseline.OutputCostPerMillion, cachedReasonPrefix + "%", cacheModel.ToLowerInvariant()];

        // One row per request with its crossings summed (a correlated join on the request index), then grouped into slices.
        // Input tokens an all-cloud node would send: the answering backend's count, else the client's bytes / 4 (an
        // in-process answer has no token count); output tokens: the backend's, else none (so the baseline is conservative).
        var sums = new Dictionary<int, LedgerBucket>();
        using var connection = SqliteDatabase.Open(_connectionString);
        foreach (var b in SqliteDatabase.Query(connection, $"""
            SELECT CAST((julianday(r.ts) - julianday($p{n})) * 86400.0 / $p{n + 1} AS INTEGER) AS b,
                   COUNT(*),
                   {Count("r.status = 'ok' AND r.tier = 'local'")}, {Count("r.status = 'ok' AND r.tier = 'edge'")}, {Count("r.status = 'ok' AND r.tier = 'cloud'")},
                   {Count("r.status <> 'ok'")},
                   {Count($"r.status = 'ok' AND (lower(r.requested_model) = $p{n + 5} OR lower(r.requested_model) LIKE $p{n + 5} || '/%')")}, {Count($"r.status = 'ok' AND r.reason LIKE $p{n + 4}")},
                   SUM(CASE WHEN r.status = 'ok' AND r.tier = 'local' THEN r.client_bytes ELSE 0 END),
                   SUM(COALESCE(x.bytes_out, 0)),
                   SUM(CASE WHEN r.status = 'ok' AND r.tier = 'local' AND COALESCE(x.tokens_local, 0) = 0 THEN r.client_bytes / 4 ELSE COALESCE(x.tokens_local, 0) END),
                   SUM(COALESCE(x.tokens_out, 0)),
                   SUM(COALESCE(x.cost, 0)),
                   SUM(CASE WHEN r.status = 'ok' THEN COALESCE(x.tin, r.client_bytes / 4) * $p{n + 2} + COALESCE(x.tout, 0) * $p{n + 3} ELSE 0 END) / 1000000.0
            FROM (SELECT * FROM requests {where}) r
            LEFT JOIN (SELECT c.request_id,
                              SUM(CASE WHEN c.tier <> 'local' THEN c.bytes_sent ELSE 0 END) AS bytes_out,
                              SUM(CASE WHEN c.tier <> 'local' THEN c.tokens_sent + c.tokens_received ELSE 0 END) AS tokens_out,
                              SUM(CASE WHEN c.tier = 'local' THEN c.tokens_sent + c.tokens_received ELSE 0 END) AS tokens_local,
                              SUM(CAST(c.cost AS REAL)) AS cost,
                              MAX(CASE WHEN c.outcome = 'ok' THEN c.tokens_sent END) AS tin,
                              MAX(CASE WHEN c.outcome = 'ok' THEN c.tokens_received END) AS tout
                       FROM crossings c WHERE c.request_id IN (SELECT request_id FROM requests {where}) GROUP BY c.request_id) x
              ON x.request_id = r.request_id
            GROUP BY b
            """, r => (Index: r.GetInt32(0), Bucket: new LedgerBucket(default, r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5),
                r.GetInt64(6), r.GetInt64(7), r.GetInt64(8), r.GetInt64(9), r.GetInt64(10), r.GetInt64(11), Money(r.GetDouble(12)), Money(r.GetDouble(13)))), all))
        {
            sums[Math.Clamp(b.Index, 0, buckets - 1)] = b.Bucket;
        }

        var slices = Enumerable.Range(0, buckets)
            .Select(i => (sums.GetValueOrDefault(i) ?? LedgerBucket.Empty) with { Start = since.AddSeconds(width * i) })
            .ToList();
        return new LedgerStats(since, until, width, slices.Aggregate(LedgerBucket.Empty with { Start = since }, LedgerBucket.Add), slices, baseline);
    }

    private static decimal Money(double value) => Math.Round((decimal)value, 6);

    private static string Count(string condition) => $"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)";
}

/// <summary>Prices an all-cloud node would pay, per million tokens.</summary>
public sealed record BaselinePrices(decimal InputCostPerMillion, decimal OutputCostPerMillion, string Source);

/// <summary>The ledger's totals over a window and in equal slices of it.</summary>
/// <param name="BucketSeconds">Each slice's width.</param>
/// <param name="Totals">The whole window (its <see cref="LedgerBucket.Start"/> is the window's start).</param>
/// <param name="Buckets">The slices, oldest first (empty ones included).</param>
public sealed record LedgerStats(DateTimeOffset Since, DateTimeOffset Until, double BucketSeconds, LedgerBucket Totals, IReadOnlyList<LedgerBucket> Buckets, BaselinePrices Baseline);

/// <summary>Totals of the requests in one slice of time.</summary>
/// <param name="Start">Where the slice begins.</param>
/// <param name="Requests">Every request.</param>
/// <param name="Local">Answered on this machine (in-process specialists, the knowledge base, local-tier backends).</param>
/// <param name="Edge">Answered by an edge backend.</param>
/// <param name="Cloud">Answered by a cloud backend.</param>
/// <param name="Unanswered">Failed, queued or rejected.</param>
/// <param name="CacheLookups">Answered requests to the model the semantic cache serves (the knowledge base's <c>kb</c>, <c>kb/...</c>).</param>
/// <param name="CacheHits">Of those, answers served from the cache.</param>
/// <param name="BytesKeptLocal">Request bytes of the requests answered on this machine.</param>
/// <param name="BytesSent">Bytes sent off this machine (to edge and cloud backends and webhooks).</param>
/// <param name="TokensKeptLocal">Tokens handled on this machine (local backends' counts; bytes / 4 for in-process answers).</param>
/// <param name="TokensSent">Tokens sent to and received from edge and cloud backends.</param>
/// <param name="Cost">What the backends' configured prices make of their crossings.</param>
/// <param name="BaselineCost">What the same requests would have cost at the baseline (all-cloud) prices.</param>
public sealed record LedgerBucket(
    DateTimeOffset Start, long Requests, long Local, long Edge, long Cloud, long Unanswered, long CacheLookups, long CacheHits,
    long BytesKeptLocal, long BytesSent, long TokensKeptLocal, long TokensSent, decimal Cost, decimal BaselineCost)
{
    /// <summary>A slice with nothing in it.</summary>
    public static readonly LedgerBucket Empty = new(default, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0m, 0m);

    /// <summary>The sum of two slices (the first one's start).</summary>
    public static LedgerBucket Add(LedgerBucket a, LedgerBucket b) => new(a.Start, a.Requests + b.Requests, a.Local + b.Local, a.Edge + b.Edge,
        a.Cloud + b.Cloud, a.Unanswered + b.Unanswered, a.CacheLookups + b.CacheLookups, a.CacheHits + b.CacheHits, a.BytesKeptLocal + b.BytesKeptLocal,
        a.BytesSent + b.BytesSent, a.TokensKeptLocal + b.TokensKeptLocal, a.TokensSent + b.TokensSent, a.Cost + b.Cost, a.BaselineCost + b.BaselineCost);

    /// <summary>Share of answered requests answered on this machine, 0 to 1 (0 when none were answered).</summary>
    public double LocalShare => Local + Edge + Cloud == 0 ? 0 : (double)Local / (Local + Edge + Cloud);

    /// <summary>Share of cache lookups that hit, 0 to 1.</summary>
    public double CacheHitRate => CacheLookups == 0 ? 0 : (double)CacheHits / CacheLookups;

    /// <summary>Baseline cost minus actual cost.</summary>
    public decimal Saved => BaselineCost - Cost;
}
