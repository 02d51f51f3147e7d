using System.Globalization;
using System.Text.Json;
using LocalMesh.Ledger;
using Microsoft.Data.Sqlite;

namespace LocalMesh.Intents;

/// <summary>
/// What the intent specialist keeps in the node's SQLite file: the recent utterances it classified (so a correction
/// can name a request id), people's corrections, and intents added through the API. Everything stays on the machine.
/// Thread-safe (a connection per call).
/// </summary>
public sealed class IntentStore
{
    /// <summary>How many classified utterances are kept for later correction.</summary>
    public const int LogLimit = 10_000;

    private readonly string _connectionString;
    private long _writes;

    /// <summary>Opens (and creates) the tables in <paramref name="dataDir"/>.</summary>
    public IntentStore(string dataDir)
    {
        _connectionString = SqliteDatabase.ConnectionString(dataDir);
        using var connection = SqliteDatabase.Open(_connectionString);
        SqliteDatabase.Execute(connection, """
            CREATE TABLE IF NOT EXISTS intent_log (
                request_id TEXT PRIMARY KEY, text TEXT NOT NULL, intent TEXT NOT NULL, score REAL NOT NULL, decision TEXT NOT NULL,
                model_version INTEGER NOT NULL, created_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS intent_corrections (
                id INTEGER PRIMARY KEY AUTOINCREMENT, request_id TEXT, text TEXT NOT NULL, intent TEXT NOT NULL, kind TEXT NOT NULL,
                created_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS user_intents (
                name TEXT PRIMARY KEY, domain TEXT, examples TEXT NOT NULL, response TEXT, webhook TEXT, created_at TEXT NOT NULL);
            """);
    }

    /// <summary>Remembers a classified utterance (the oldest are dropped beyond <see cref="LogLimit"/>).</summary>
    public void Log(string requestId, string text, IntentPrediction prediction, int modelVersion)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        Execute(connection, "INSERT OR REPLACE INTO intent_log VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)",
            requestId, text, prediction.Intent, prediction.Confidence, prediction.InScope ? "local" : "escalate", modelVersion, Now());
        if (Interlocked.Increment(ref _writes) % 500 == 0)
        {
            Execute(connection, $"DELETE FROM intent_log WHERE rowid <= (SELECT MAX(rowid) FROM intent_log) - {LogLimit}");
        }
    }

    /// <summary>The utterance of a classified request, or null when unknown (or dropped).</summary>
    public LoggedUtterance? Find(string requestId)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        using var command = Command(connection, "SELECT text, intent, score, decision FROM intent_log WHERE request_id = $p0", requestId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new LoggedUtterance(requestId, reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.GetString(3)) : null;
    }

    /// <summary>Stores a correction.</summary>
    public long AddCorrection(string? requestId, string text, string intent, string kind)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        using var command = Command(connection, "INSERT INTO intent_corrections (request_id, text, intent, kind, created_at) VALUES ($p0, $p1, $p2, $p3, $p4) RETURNING id",
            requestId, text, intent, kind, Now());
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Every correction, oldest first.</summary>
    public IReadOnlyList<IntentExample> Corrections()
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        using var command = Command(connection, "SELECT text, intent FROM intent_corrections ORDER BY id");
        using var reader = command.ExecuteReader();
        var result = new List<IntentExample>();
        while (reader.Read())
        {
            result.Add(new IntentExample(reader.GetString(0), reader.GetString(1)));
        }

        return result;
    }

    /// <summary>Adds or replaces an intent defined through the API.</summary>
    public void SaveUserIntent(string name, UserIntentConfig intent)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        Execute(connection, "INSERT OR REPLACE INTO user_intents VALUES ($p0, $p1, $p2, $p3, $p4, $p5)",
            name, intent.Domain, JsonSerializer.Serialize(intent.Examples, IntentJson.Default.ListString), intent.Response, intent.Webhook, Now());
    }

    /// <summary>Removes an intent defined through the API; false when there was none.</summary>
    public bool DeleteUserIntent(string name)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return Execute(connection, "DELETE FROM user_intents WHERE name = $p0", name) == 1;
    }

    /// <summary>Intents defined through the API.</summary>
    public IReadOnlyDictionary<string, UserIntentConfig> UserIntents()
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        using var command = Command(connection, "SELECT name, domain, examples, response, webhook FROM user_intents ORDER BY name");
        using var reader = command.ExecuteReader();
        var result = new Dictionary<string, UserIntentConfig>(StringComparer.Ordinal);
        while (reader.Read())
        {
            result[reader.GetString(0)] = new UserIntentConfig
            {
                Domain = reader.IsDBNull(1) ? null : reader.GetString(1),
                Examples = JsonSerializer.Deserialize(reader.GetString(2), IntentJson.Default.ListString) ?? [],
                Response = reader.IsDBNull(3) ? null : reader.GetString(3),
                Webhook = reader.IsDBNull(4) ? null : reader.GetString(4),
            };
        }

        return result;
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    private static int Execute(SqliteConnection connection, string sql, params object?[] args)
    {
        using var command = Command(connection, sql, args);
        return command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params object?[] args)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < args.Length; i++)
        {
            command.Parameters.AddWithValue("$p" + i, args[i] ?? DBNull.Value);
        }

        return command;
    }
}

/// <summary>A classified request as remembered for correction.</summary>
public sealed record LoggedUtterance(string RequestId, string Text, string Intent, double Score, string Decision);
