using System.Globalization;
using LocalMesh.Storage;

namespace LocalMesh.Ledger;

/// <summary>The ledger's record of mesh queue jobs refused (or taken unsigned) by this node.</summary>
public sealed partial class AuditLedger
{
    /// <summary>Queues a mesh job's record.</summary>
    public void Write(MeshJobRecord record) => _writer.Enqueue(record);

    /// <summary>The newest mesh job records (newest first), at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<MeshJobRecord> MeshJobs(int limit = 100)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, $"""
            SELECT ts, job_id, event, put_by, site, key_id, sequence, detail
            FROM mesh_jobs ORDER BY id DESC LIMIT {Math.Clamp(limit, 0, 10_000)}
            """, r => new MeshJobRecord
        {
            Timestamp = DateTimeOffset.Parse(r.GetString(0), CultureInfo.InvariantCulture),
            JobId = r.IsDBNull(1) ? null : r.GetString(1),
            Event = r.GetString(2),
            PutBy = r.IsDBNull(3) ? null : r.GetString(3),
            Site = r.IsDBNull(4) ? null : r.GetString(4),
            KeyId = r.IsDBNull(5) ? null : r.GetString(5),
            Sequence = r.GetInt64(6),
            Detail = r.GetString(7),
        });
    }

    private static void Insert(SqliteBatch batch, MeshJobRecord j) =>
        batch.Execute("""
            INSERT INTO mesh_jobs (ts, job_id, event, put_by, site, key_id, sequence, detail)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7)
            """,
            Timestamp(j.Timestamp), j.JobId, j.Event, j.PutBy, j.Site, j.KeyId, j.Sequence, j.Detail);

    private const string MeshJobsSchema = """
        CREATE TABLE IF NOT EXISTS mesh_jobs (
            id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, job_id TEXT, event TEXT NOT NULL, put_by TEXT, site TEXT, key_id TEXT,
            sequence INTEGER NOT NULL, detail TEXT NOT NULL);
        """;
}
