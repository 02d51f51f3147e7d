using System.Globalization;
using LocalMesh.Storage;
using Microsoft.Data.Sqlite;

namespace LocalMesh.Queue;

/// <summary>
/// The durable offline queue in SQLite. Every state change is one atomic statement guarded by the expected state, so a
/// job is claimed by one worker at a time and completed at most once, across processes sharing the file. Thread-safe.
/// </summary>
public sealed class JobStore
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;

    /// <summary>Opens (and creates) the queue in <paramref name="dataDir"/>.</summary>
    /// <param name="dataDir">The node's data directory.</param>
    /// <param name="time">The clock for the jobs' created and updated times; <see cref="TimeProvider.System"/> when null.</param>
    public JobStore(string dataDir, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _connectionString = SqliteDatabase.ConnectionString(dataDir);
        using var connection = SqliteDatabase.Open(_connectionString);
        SqliteDatabase.Execute(connection, """
            CREATE TABLE IF NOT EXISTS jobs (
                id TEXT PRIMARY KEY, request_id TEXT NOT NULL, operation TEXT NOT NULL, body BLOB NOT NULL, domain TEXT NOT NULL,
                domain_source TEXT NOT NULL, allowed_tiers TEXT NOT NULL, key_name TEXT, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL, updated_at TEXT NOT NULL, result BLOB, error TEXT);
            CREATE INDEX IF NOT EXISTS jobs_status ON jobs (status, created_at);
            """);
    }

    /// <summary>Stores a new job (durably, before the 202 is sent).</summary>
    public void Enqueue(QueuedJob job)
    {
        var now = Now();
        Execute("""
            INSERT INTO jobs (id, request_id, operation, body, domain, domain_source, allowed_tiers, key_name, status, attempts, created_at, updated_at)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, 'queued', 0, $p8, $p8)
            """, job.Id, job.RequestId, job.Operation, job.Body, job.Domain, job.DomainSource, job.AllowedTiers, job.KeyName, now);
    }

    /// <summary>Reads a job, or null.</summary>
    public QueuedJob? Get(string id) => Read("SELECT * FROM jobs WHERE id = $p0", id).FirstOrDefault();

    /// <summary>Queued jobs, oldest first.</summary>
    public IReadOnlyList<QueuedJob> ListQueued(int limit = 100) => Read($"SELECT * FROM jobs WHERE status = 'queued' ORDER BY created_at LIMIT {limit}");

    /// <summary>Counts jobs by status.</summary>
    public IReadOnlyDictionary<string, long> Counts()
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, "SELECT status, COUNT(*) FROM jobs GROUP BY status", r => (Status: r.GetString(0), Count: r.GetInt64(1)))
            .ToDictionary(p => p.Status, p => p.Count);
    }

    /// <summary>
    /// How many jobs wait and since when the oldest has waited: one aggregate over the (status, created_at) index, cheap
    /// enough for a metrics scrape (the <c>localmesh.queue.depth</c> and <c>localmesh.queue.oldest_age</c> gauges).
    /// </summary>
    public (long Queued, DateTimeOffset? Oldest) Backlog()
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, "SELECT COUNT(*), MIN(created_at) FROM jobs WHERE status = 'queued'",
            r => (r.GetInt64(0), r.IsDBNull(1) ? (DateTimeOffset?)null : DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture))).Single();
    }

    /// <summary>Moves a queued job to running; false when another worker took it first.</summary>
    public bool TryClaim(string id) =>
        Execute("UPDATE jobs SET status = 'running', attempts = attempts + 1, updated_at = $p1 WHERE id = $p0 AND status = 'queued'", id, Now()) == 1;

    /// <summary>Stores the result of a running job; false when it was not running (nothing is completed twice).</summary>
    public bool TryComplete(string id, byte[] result) =>
        Execute("UPDATE jobs SET status = 'completed', result = $p1, error = NULL, updated_at = $p2 WHERE id = $p0 AND status = 'running'", id, result, Now()) == 1;

    /// <summary>Puts a running job back in the queue. An attempt that found no backend does not count.</summary>
    public void Release(string id, string error, bool countAttempt) =>
        Execute($"UPDATE jobs SET status = 'queued', error = $p1, updated_at = $p2{(countAttempt ? string.Empty : ", attempts = attempts - 1")} WHERE id = $p0 AND status = 'running'", id, error, Now());

    /// <summary>Marks a running job failed for good.</summary>
    public void Fail(string id, string error) =>
        Execute("UPDATE jobs SET status = 'failed', error = $p1, updated_at = $p2 WHERE id = $p0 AND status = 'running'", id, error, Now());

    /// <summary>Marks a running job as handed to another queue (the mesh's); false when it was not running.</summary>
    public bool TryForward(string id) =>
        Execute("UPDATE jobs SET status = 'forwarded', updated_at = $p1 WHERE id = $p0 AND status = 'running'", id, Now()) == 1;

    /// <summary>At start-up: jobs left running by a process that died are queued again (their answer was never stored).</summary>
    public int RecoverInterrupted() => Execute("UPDATE jobs SET status = 'queued', updated_at = $p0 WHERE status = 'running'", Now());

    private string Now() => _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private int Execute(string sql, params object?[] args)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Execute(connection, sql, args);
    }

    private List<QueuedJob> Read(string sql, params object?[] args)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, sql, ReadJob, args);
    }

    private static QueuedJob ReadJob(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(reader.GetOrdinal("id")),
        RequestId = reader.GetString(reader.GetOrdinal("request_id")),
        Operation = reader.GetString(reader.GetOrdinal("operation")),
        Body = (byte[])reader["body"],
        Domain = reader.GetString(reader.GetOrdinal("domain")),
        DomainSource = reader.GetString(reader.GetOrdinal("domain_source")),
        AllowedTiers = reader.GetString(reader.GetOrdinal("allowed_tiers")),
        KeyName = reader["key_name"] as string,
        Status = reader.GetString(reader.GetOrdinal("status")),
        Attempts = reader.GetInt32(reader.GetOrdinal("attempts")),
        CreatedAt = DateTimeOffset.Parse(reader.GetString(reader.GetOrdinal("created_at")), CultureInfo.InvariantCulture),
        UpdatedAt = DateTimeOffset.Parse(reader.GetString(reader.GetOrdinal("updated_at")), CultureInfo.InvariantCulture),
        Result = reader["result"] as byte[],
        Error = reader["error"] as string,
    };
}
