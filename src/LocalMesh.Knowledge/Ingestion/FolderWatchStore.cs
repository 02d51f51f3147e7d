using LocalMesh.Storage;

namespace LocalMesh.Knowledge.Ingestion;

/// <summary>A folder kept in step with a collection.</summary>
/// <param name="Path">The folder (absolute).</param>
/// <param name="Collection">The collection it feeds.</param>
/// <param name="Domain">The collection's data domain.</param>
public sealed record FolderWatch(string Path, string Collection, string Domain);

/// <summary>The watched folders, kept in the node's SQLite file so they survive a restart. Thread-safe.</summary>
public sealed class FolderWatchStore
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;

    /// <summary>Opens (and creates) the store in <paramref name="dataDir"/>.</summary>
    /// <param name="dataDir">The node's data directory.</param>
    /// <param name="time">The clock for the rows' times (the node's); <see cref="TimeProvider.System"/> when null.</param>
    public FolderWatchStore(string dataDir, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _connectionString = SqliteDatabase.ConnectionString(dataDir);
        using var connection = SqliteDatabase.Open(_connectionString);
        SqliteDatabase.Execute(connection, "CREATE TABLE IF NOT EXISTS kb_watches (path TEXT PRIMARY KEY, collection TEXT NOT NULL, domain TEXT NOT NULL, created_at TEXT NOT NULL)");
    }

    /// <summary>Every watched folder.</summary>
    public IReadOnlyList<FolderWatch> All()
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, "SELECT path, collection, domain FROM kb_watches ORDER BY path", r => new FolderWatch(r.GetString(0), r.GetString(1), r.GetString(2)));
    }

    /// <summary>Adds or replaces the watch of <paramref name="watch"/>'s folder.</summary>
    public void Save(FolderWatch watch)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        SqliteDatabase.Execute(connection, "INSERT OR REPLACE INTO kb_watches VALUES ($p0, $p1, $p2, $p3)", watch.Path, watch.Collection, watch.Domain, _time.GetUtcNow().ToString("O"));
    }

    /// <summary>Forgets a folder; false when it was not watched.</summary>
    public bool Delete(string path)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Execute(connection, "DELETE FROM kb_watches WHERE path = $p0", path) == 1;
    }
}
