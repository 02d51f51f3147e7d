using System.Globalization;
using LocalMesh.Storage;

namespace LocalMesh.Ledger;

/// <summary>The ledger's record of federated model updates: versions published and taken, with their origin.</summary>
public sealed partial class AuditLedger
{
    /// <summary>Queues a model update's record.</summary>
    public void Write(ModelUpdateRecord record) => _writer.Enqueue(record);

    /// <summary>The newest model update records (newest first), at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<ModelUpdateRecord> ModelUpdates(int limit = 100)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, $"""
            SELECT ts, model, event, local_version, origin_node, origin_site, origin_version, intents, bytes, sha256, detail
            FROM model_updates ORDER BY id DESC LIMIT {Math.Clamp(limit, 0, 10_000)}
            """, r => new ModelUpdateRecord
        {
            Timestamp = DateTimeOffset.Parse(r.GetString(0), CultureInfo.InvariantCulture),
            Model = r.GetString(1),
            Event = r.GetString(2),
            LocalVersion = r.GetInt32(3),
            OriginNode = r.GetString(4),
            OriginSite = r.GetString(5),
            OriginVersion = r.GetInt32(6),
            Intents = r.GetInt32(7),
            Bytes = r.GetInt64(8),
            Sha256 = r.IsDBNull(9) ? null : r.GetString(9),
            Detail = r.IsDBNull(10) ? null : r.GetString(10),
        });
    }

    private static void Insert(SqliteBatch batch, ModelUpdateRecord m) =>
        batch.Execute("""
            INSERT INTO model_updates (ts, model, event, local_version, origin_node, origin_site, origin_version, intents, bytes, sha256, detail)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10)
            """,
            Timestamp(m.Timestamp), m.Model, m.Event, m.LocalVersion, m.OriginNode, m.OriginSite, m.OriginVersion, m.Intents, m.Bytes, m.Sha256, m.Detail);

    private const string ModelsSchema = """
        CREATE TABLE IF NOT EXISTS model_updates (
            id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, model TEXT NOT NULL, event TEXT NOT NULL, local_version INTEGER NOT NULL,
            origin_node TEXT NOT NULL, origin_site TEXT NOT NULL, origin_version INTEGER NOT NULL, intents INTEGER NOT NULL, bytes INTEGER NOT NULL,
            sha256 TEXT, detail TEXT);
        """;
}
