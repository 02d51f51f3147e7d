using Microsoft.Data.Sqlite;

namespace LocalMesh.Storage;

/// <summary>Opens the node's SQLite file in WAL mode with a busy timeout, so the ledger writer, the queue and readers (the CLI too) can share it.</summary>
public static class SqliteDatabase
{
    /// <summary>The file name under the data directory.</summary>
    public const string FileName = "localmesh.db";

    /// <summary>The connection string for the database in <paramref name="dataDir"/>; creates the directory.</summary>
    public static string ConnectionString(string dataDir, bool readOnly = false)
    {
        var full = Path.GetFullPath(dataDir);
        if (!readOnly)
        {
            Directory.CreateDirectory(full);
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(full, FileName),
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Opens a connection with WAL, a busy timeout and normal sync (durable at checkpoint, safe against process kill).</summary>
    /// <param name="connectionString">The database.</param>
    /// <param name="requestPath">
    /// True for writes a request waits for: the connection never runs a WAL checkpoint itself (an fsync of the whole
    /// log), leaving checkpoints to the background writers, so they do not land in a request's latency.
    /// </param>
    public static SqliteConnection Open(string connectionString, bool requestPath = false)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout=10000; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
            + (requestPath ? "PRAGMA wal_autocheckpoint=0;" : "PRAGMA wal_autocheckpoint=1000;");
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>
    /// Runs a change against the database under <paramref name="gate"/>, then <paramref name="reload"/> (which rebuilds
    /// the in-memory state the rows feed), so readers never see the state of a half-applied change. Returns what the
    /// change returned.
    /// </summary>
    /// <exception cref="InvalidOperationException">There is no database (<paramref name="connectionString"/> is null).</exception>
    public static int ChangeAndReload(string? connectionString, Lock gate, Func<SqliteConnection, int> change, Action reload, string what)
    {
        if (connectionString is null)
        {
            throw new InvalidOperationException($"{what} are not stored on this node.");
        }

        lock (gate)
        {
            int changed;
            using (var connection = Open(connectionString))
            {
                changed = change(connection);
            }

            reload();
            return changed;
        }
    }

    /// <summary>Adds a column to a table made by an older version, when it is missing (SQLite has no <c>ADD COLUMN IF NOT EXISTS</c>).</summary>
    public static void AddColumnIfMissing(SqliteConnection connection, string table, string column, string definition)
    {
        if (!Query(connection, $"SELECT name FROM pragma_table_info('{table}')", r => r.GetString(0)).Contains(column, StringComparer.OrdinalIgnoreCase))
        {
            Execute(connection, $"ALTER TABLE {table} ADD COLUMN {column} {definition}");
        }
    }

    /// <summary>Runs <paramref name="sql"/> (positional parameters <c>$p0</c>, ...) and returns the number of rows changed.</summary>
    public static int Execute(SqliteConnection connection, string sql, params object?[]? args)
    {
        using var command = Command(connection, sql, args);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a query (positional parameters <c>$p0</c>, ...) and maps each row with <paramref name="read"/>.</summary>
    public static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, params object?[]? args)
    {
        using var command = Command(connection, sql, args);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>A command with positional parameters <c>$p0</c>, <c>$p1</c>, ... (null becomes SQL NULL).</summary>
    public static SqliteCommand Command(SqliteConnection connection, string sql, params object?[]? args)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; args is not null && i < args.Length; i++)
        {
            command.Parameters.AddWithValue("$p" + i, args[i] ?? DBNull.Value);
        }

        return command;
    }
}
