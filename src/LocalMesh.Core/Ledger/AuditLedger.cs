using System.Globalization;
using LocalMesh.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Ledger;

/// <summary>
/// The audit ledger: every request's route and every boundary crossing (and the federated model updates), in SQLite (WAL). Writes are queued and
/// committed in batches by one background writer so the request path never waits on the disk; <see cref="FlushAsync"/>
/// waits until everything written before it is committed. Thread-safe.
/// </summary>
public sealed partial class AuditLedger : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly SqliteBatchWriter<object> _writer;

    /// <summary>Opens (and creates) the ledger in <paramref name="dataDir"/> and starts the writer.</summary>
    /// <param name="dataDir">The data directory.</param>
    /// <param name="logger">Where write failures go.</param>
    /// <param name="commitInterval">How long records are gathered before each commit (default: the writer's).</param>
    /// <param name="time">The clock the commit interval is waited on (default: the system's; tests pass a fake one).</param>
    public AuditLedger(string dataDir, ILogger<AuditLedger> logger, TimeSpan? commitInterval = null, TimeProvider? time = null)
    {
        _connectionString = SqliteDatabase.ConnectionString(dataDir);
        using (var connection = SqliteDatabase.Open(_connectionString))
        {
            SqliteDatabase.Execute(connection, Schema);
            SqliteDatabase.Execute(connection, ModelsSchema); // added with federated model updates
            SqliteDatabase.Execute(connection, MeshJobsSchema); // added with signed mesh queue jobs
            SqliteDatabase.AddColumnIfMissing(connection, "requests", "citations", "TEXT"); // added with the knowledge tier
            SqliteDatabase.AddColumnIfMissing(connection, "requests", "cache", "TEXT"); // added with the semantic cache
            SqliteDatabase.AddColumnIfMissing(connection, "requests", "cache_source", "TEXT");
            SqliteDatabase.AddColumnIfMissing(connection, "requests", "saved_tier", "TEXT");
            SqliteDatabase.AddColumnIfMissing(connection, "requests", "saved_bytes", "INTEGER NOT NULL DEFAULT 0");
            SqliteDatabase.AddColumnIfMissing(connection, "requests", "saved_cost", "TEXT NOT NULL DEFAULT '0'");
        }

        _writer = new SqliteBatchWriter<object>(_connectionString, Insert, logger, "ledger", commitInterval, time);
    }

    /// <summary>Records queued and not yet committed (the <c>localmesh.ledger.pending</c> metric).</summary>
    public long Pending => _writer.Pending;

    /// <summary>Records that could not be written (the <c>localmesh.ledger.dropped</c> metric; each is also logged).</summary>
    public long Dropped => _writer.Dropped;

    /// <summary>Queues a request record and tells <see cref="RequestWritten"/>.</summary>
    public void Write(RequestRecord record)
    {
        _writer.Enqueue(record);
        RequestWritten?.Invoke(record);
    }

    /// <summary>Raised on the writing thread for every request record as it is queued (the dashboard's live feed).</summary>
    public event Action<RequestRecord>? RequestWritten;

    /// <summary>Queues a crossing record and tells <see cref="CrossingWritten"/>.</summary>
    public void Write(CrossingRecord record)
    {
        _writer.Enqueue(record);
        CrossingWritten?.Invoke(record);
    }

    /// <summary>
    /// Raised on the writing thread for every crossing as it is queued: the ledger is where bytes sent and cost are
    /// computed, so the <c>localmesh.bytes.sent</c> and <c>localmesh.cost</c> metrics count the same crossings it stores.
    /// </summary>
    public event Action<CrossingRecord>? CrossingWritten;

    /// <summary>Completes when every record queued before the call is committed.</summary>
    public Task FlushAsync() => _writer.FlushAsync();

    /// <summary>Totals and newest crossings matching <paramref name="query"/>.</summary>
    public Task<AuditReport> QueryAsync(AuditQuery query) => Task.FromResult(Query(_connectionString, query));

    /// <summary>Reads a ledger directly from its data directory (read-only; the CLI uses this when no node is running).</summary>
    public static AuditReport Query(string connectionString, AuditQuery query)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var (requestWhere, requestArgs) = Filter(query, includeDestination: false);
        var (crossingWhere, crossingArgs) = Filter(query, includeDestination: true);

        long requests = 0, keptLocal = 0;
        using (var command = Command(connection, $"SELECT COUNT(*), COALESCE(SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM crossings c WHERE c.request_id = r.request_id AND c.bytes_sent > 0) AND status = 'ok' THEN 1 ELSE 0 END), 0) FROM requests r {requestWhere}", requestArgs))
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read())
            {
                requests = reader.GetInt64(0);
                keptLocal = reader.GetInt64(1);
            }
        }

        var totals = new List<AuditDestinationTotal>();
        using (var command = Command(connection, $"""
            SELECT backend, tier, destination, COUNT(*), SUM(bytes_sent), SUM(bytes_received), SUM(tokens_sent), SUM(tokens_received),
                   SUM(CAST(cost AS REAL)), SUM(redactions), SUM(CASE WHEN outcome = 'ok' THEN 0 ELSE 1 END)
            FROM crossings {crossingWhere} GROUP BY backend, tier, destination ORDER BY SUM(bytes_sent) DESC
            """, crossingArgs))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                totals.Add(new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5),
                    reader.GetInt64(6), reader.GetInt64(7), (decimal)reader.GetDouble(8), reader.GetInt64(9), reader.GetInt64(10)));
            }
        }

        var rows = new List<CrossingRow>();
        using (var command = Command(connection, $"""
            SELECT id, request_id, ts, backend, tier, destination, domain, bytes_sent, bytes_received, tokens_sent, tokens_received, cost,
                   policy, redactions, redacted_kinds, content_sha256, outcome, error
            FROM crossings {crossingWhere} ORDER BY id DESC LIMIT {Math.Clamp(query.Limit, 0, 10_000)}
            """, crossingArgs))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(new(reader.GetInt64(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture), reader.GetString(3),
                    reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10),
                    decimal.Parse(reader.GetString(11), CultureInfo.InvariantCulture), reader.GetString(12), reader.GetInt32(13),
                    reader.IsDBNull(14) ? null : reader.GetString(14), reader.IsDBNull(15) ? null : reader.GetString(15), reader.GetString(16),
                    reader.IsDBNull(17) ? null : reader.GetString(17)));
            }
        }

        return new AuditReport(requests, keptLocal, totals, rows);
    }

    /// <summary>Finds the route recorded for a request (used by tests and the jobs API).</summary>
    public RequestRecord? FindRequest(string requestId)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = Command(connection, "SELECT ts, operation, key_name, domain, domain_source, requested_model, tier, backend, reason, degraded, status, http_status, latency_ms, client_bytes, citations, cache, cache_source, saved_tier, saved_bytes, saved_cost FROM requests WHERE request_id = $p0", [requestId]);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new RequestRecord
        {
            RequestId = requestId,
            Timestamp = DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
            Operation = reader.GetString(1),
            KeyName = reader.IsDBNull(2) ? null : reader.GetString(2),
            Domain = reader.GetString(3),
            DomainSource = reader.IsDBNull(4) ? null : reader.GetString(4),
            RequestedModel = reader.IsDBNull(5) ? null : reader.GetString(5),
            Tier = reader.IsDBNull(6) ? null : reader.GetString(6),
            Backend = reader.IsDBNull(7) ? null : reader.GetString(7),
            Reason = reader.IsDBNull(8) ? null : reader.GetString(8),
            Degraded = reader.GetInt64(9) != 0,
            Status = reader.GetString(10),
            HttpStatus = reader.GetInt32(11),
            LatencyMs = reader.GetDouble(12),
            ClientBytes = reader.GetInt64(13),
            Citations = reader.IsDBNull(14) ? null : reader.GetString(14),
            Cache = reader.IsDBNull(15) ? null : reader.GetString(15),
            CacheSource = reader.IsDBNull(16) ? null : reader.GetString(16),
            SavedTier = reader.IsDBNull(17) ? null : reader.GetString(17),
            SavedBytes = reader.GetInt64(18),
            SavedCost = decimal.Parse(reader.GetString(19), CultureInfo.InvariantCulture),
        };
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private static void Insert(SqliteBatch batch, object record)
    {
        switch (record)
        {
            case RequestRecord r:
                Insert(batch, r);
                break;
            case CrossingRecord c:
                Insert(batch, c);
                break;
            case ModelUpdateRecord m:
                Insert(batch, m);
                break;
            case MeshJobRecord j:
                Insert(batch, j);
                break;
        }
    }

    private static void Insert(SqliteBatch batch, RequestRecord r) =>
        batch.Execute("""
            INSERT OR REPLACE INTO requests (request_id, ts, operation, key_name, domain, domain_source, requested_model, tier, backend, reason, degraded, status, http_status, latency_ms, client_bytes, citations,
                                             cache, cache_source, saved_tier, saved_bytes, saved_cost)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19, $p20)
            """,
            r.RequestId, Timestamp(r.Timestamp), r.Operation, r.KeyName, r.Domain, r.DomainSource, r.RequestedModel, r.Tier, r.Backend, r.Reason,
            r.Degraded ? 1 : 0, r.Status, r.HttpStatus, r.LatencyMs, r.ClientBytes, r.Citations,
            r.Cache, r.CacheSource, r.SavedTier, r.SavedBytes, r.SavedCost.ToString(CultureInfo.InvariantCulture));

    private static void Insert(SqliteBatch batch, CrossingRecord c) =>
        batch.Execute("""
            INSERT INTO crossings (request_id, ts, backend, tier, destination, domain, bytes_sent, bytes_received, tokens_sent, tokens_received, tokens_estimated,
                                   cost, policy, redactions, redacted_kinds, content_sha256, content, outcome, error)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18)
            """,
            c.RequestId, Timestamp(c.Timestamp), c.Backend, c.Tier, c.Destination, c.Domain, c.BytesSent, c.BytesReceived, c.TokensSent, c.TokensReceived,
            c.TokensEstimated ? 1 : 0, c.Cost.ToString(CultureInfo.InvariantCulture), c.PolicyDecision, c.Redactions, c.RedactedKinds, c.ContentSha256, c.Content,
            c.Outcome, c.Error);

    private static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static (string Where, object?[] Args) Filter(AuditQuery query, bool includeDestination)
    {
        var clauses = new List<string>();
        var args = new List<object?>();
        if (query.Since is { } since)
        {
            clauses.Add($"ts >= $p{args.Count}");
            args.Add(Timestamp(since));
        }

        if (query.Until is { } until)
        {
            clauses.Add($"ts < $p{args.Count}");
            args.Add(Timestamp(until));
        }

        if (!string.IsNullOrEmpty(query.Domain))
        {
            clauses.Add($"domain = $p{args.Count} COLLATE NOCASE");
            args.Add(query.Domain);
        }

        if (includeDestination && !string.IsNullOrEmpty(query.Destination))
        {
            clauses.Add($"(backend = $p{args.Count} COLLATE NOCASE OR tier = $p{args.Count} COLLATE NOCASE OR instr(lower(destination), lower($p{args.Count})) > 0)");
            args.Add(query.Destination);
        }

        if (!string.IsNullOrEmpty(query.Key))
        {
            clauses.Add(includeDestination
                ? $"request_id IN (SELECT request_id FROM requests WHERE key_name = $p{args.Count})"
                : $"key_name = $p{args.Count}");
            args.Add(query.Key);
        }

        if (!string.IsNullOrEmpty(query.Search))
        {
            clauses.Add(includeDestination
                ? $"instr(lower(request_id || ' ' || backend || ' ' || destination || ' ' || policy || ' ' || COALESCE(redacted_kinds, '') || ' ' || COALESCE(error, '')), lower($p{args.Count})) > 0"
                : $"instr(lower(request_id || ' ' || COALESCE(backend, '') || ' ' || COALESCE(requested_model, '') || ' ' || COALESCE(reason, '') || ' ' || status), lower($p{args.Count})) > 0");
            args.Add(query.Search);
        }

        return (clauses.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", clauses), [.. args]);
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, object?[]? args = null) => SqliteDatabase.Command(connection, sql, args);


    private const string Schema = """
        CREATE TABLE IF NOT EXISTS requests (
            request_id TEXT PRIMARY KEY, ts TEXT NOT NULL, operation TEXT NOT NULL, key_name TEXT, domain TEXT NOT NULL, domain_source TEXT,
            requested_model TEXT, tier TEXT, backend TEXT, reason TEXT, degraded INTEGER NOT NULL, status TEXT NOT NULL, http_status INTEGER NOT NULL,
            latency_ms REAL NOT NULL, client_bytes INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS requests_ts ON requests (ts);
        CREATE TABLE IF NOT EXISTS crossings (
            id INTEGER PRIMARY KEY AUTOINCREMENT, request_id TEXT NOT NULL, ts TEXT NOT NULL, backend TEXT NOT NULL, tier TEXT NOT NULL,
            destination TEXT NOT NULL, domain TEXT NOT NULL, bytes_sent INTEGER NOT NULL, bytes_received INTEGER NOT NULL, tokens_sent INTEGER NOT NULL,
            tokens_received INTEGER NOT NULL, tokens_estimated INTEGER NOT NULL, cost TEXT NOT NULL, policy TEXT NOT NULL, redactions INTEGER NOT NULL,
            redacted_kinds TEXT, content_sha256 TEXT, content BLOB, outcome TEXT NOT NULL, error TEXT);
        CREATE INDEX IF NOT EXISTS crossings_ts ON crossings (ts);
        CREATE INDEX IF NOT EXISTS crossings_request ON crossings (request_id);
        """;
}
