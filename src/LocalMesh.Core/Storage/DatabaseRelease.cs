using Microsoft.Data.Sqlite;

namespace LocalMesh.Storage;

/// <summary>
/// Closes the node's pooled connections to its database when the node stops. SQLite merges the write-ahead log into
/// the file and deletes it when the last connection closes, so a stopped node leaves one self-contained
/// <c>localmesh.db</c> (safe to copy or back up) instead of a database whose recent writes sit in <c>-wal</c>. Without
/// this the pool keeps the connections open until the process exits, and the merge of every database the process
/// ever opened happens then, all at once. Created before the node's stores (<c>LocalMeshNode.Build</c> resolves it
/// first), so the service provider disposes it after them, once their last writes are in.
/// </summary>
public sealed class DatabaseRelease(string dataDir) : IDisposable
{
    private readonly string _connectionString = SqliteDatabase.ConnectionString(dataDir);

    /// <summary>Closes the idle pooled connections to the database under the data directory; ones in use close when returned.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
