using System.Globalization;
using System.Text.Json;
using LocalMesh.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Specialists.Intents;

/// <summary>
/// What the intent specialist keeps in the node's SQLite file: the recent utterances it classified (so a correction
/// can name a request id), people's corrections, and intents added through the API. Everything stays on the machine.
/// The log of classified utterances is written in batches off the request path. Thread-safe.
/// </summary>
public sealed class IntentStore : IAsyncDisposable
{
    /// <summary>How many classified utterances are kept for later correction.</summary>
    public const int LogLimit = 10_000;

    private readonly string _connectionString;
    private readonly SqliteBatchWriter<LoggedUtterance> _log;
    private volatile IReadOnlyDictionary<string, UserIntentConfig> _userIntents;
    private long _writes;
    private readonly TimeProvider _time;

    /// <summary>Opens (and creates) the tables in <paramref name="dataDir"/>.</summary>
    /// <param name="dataDir">The node's data directory.</param>
    /// <param name="time">The clock for the rows' times (the node's); <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Logs the utterance log's failures.</param>
    public IntentStore(string dataDir, ILogger<IntentStore> logger, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
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
        SqliteDatabase.AddColumnIfMissing(connection, "user_intents", "webhook_tier", "TEXT"); // added when webhooks became policy-checked destinations
        _log = new SqliteBatchWriter<LoggedUtterance>(_connectionString, Insert, logger, "intent log");
        _userIntents = ReadUserIntents();
    }

    /// <summary>Remembers a classified utterance (the oldest are dropped beyond <see cref="LogLimit"/>). Returns at once.</summary>
    public void Log(string requestId, string text, IntentPrediction prediction, int modelVersion) =>
        _log.Enqueue(new LoggedUtterance(requestId, text, prediction.Intent, prediction.Confidence, prediction.InScope ? "local" : "escalate", modelVersion));

    /// <summary>The utterance of a classified request, or null when unknown (or dropped).</summary>
    public async Task<LoggedUtterance?> FindAsync(string requestId)
    {
        await _log.FlushAsync().ConfigureAwait(false);
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, "SELECT text, intent, score, decision, model_version FROM intent_log WHERE request_id = $p0",
            r => new LoggedUtterance(requestId, r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetString(3), r.GetInt32(4)), requestId).FirstOrDefault();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _log.DisposeAsync();

    private void Insert(SqliteBatch batch, LoggedUtterance u)
    {
        batch.Execute("INSERT OR REPLACE INTO intent_log VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)",
            u.RequestId, u.Text, u.Intent, u.Score, u.Decision, u.ModelVersion, Now());
        if (Interlocked.Increment(ref _writes) % 500 == 0)
        {
            batch.Execute($"DELETE FROM intent_log WHERE rowid <= (SELECT MAX(rowid) FROM intent_log) - {LogLimit}");
        }
    }

    /// <summary>Stores a correction.</summary>
    public long AddCorrection(string? requestId, string text, string intent, string kind)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        using var command = SqliteDatabase.Command(connection, "INSERT INTO intent_corrections (request_id, text, intent, kind, created_at) VALUES ($p0, $p1, $p2, $p3, $p4) RETURNING id",
            requestId, text, intent, kind, Now());
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Every correction, oldest first.</summary>
    public IReadOnlyList<IntentExample> Corrections()
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, "SELECT text, intent FROM intent_corrections ORDER BY id", r => new IntentExample(r.GetString(0), r.GetString(1)));
    }

    /// <summary>Adds or replaces an intent defined through the API.</summary>
    public void SaveUserIntent(string name, UserIntentConfig intent)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        SqliteDatabase.Execute(connection, "INSERT OR REPLACE INTO user_intents (name, domain, examples, response, webhook, created_at, webhook_tier) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)",
            name, intent.Domain, JsonSerializer.Serialize(intent.Examples, IntentJson.Default.ListString), intent.Response, intent.Webhook, Now(), intent.WebhookTier);
        _userIntents = ReadUserIntents();
    }

    /// <summary>Removes an intent defined through the API; false when there was none.</summary>
    public bool DeleteUserIntent(string name)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        var deleted = SqliteDatabase.Execute(connection, "DELETE FROM user_intents WHERE name = $p0", name) == 1;
        _userIntents = ReadUserIntents();
        return deleted;
    }

    /// <summary>Intents defined through the API (kept in memory: every request may ask).</summary>
    public IReadOnlyDictionary<string, UserIntentConfig> UserIntents() => _userIntents;

    private Dictionary<string, UserIntentConfig> ReadUserIntents()
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, "SELECT name, domain, examples, response, webhook, webhook_tier FROM user_intents ORDER BY name", r => (Name: r.GetString(0), Intent: new UserIntentConfig
        {
            Domain = r.IsDBNull(1) ? null : r.GetString(1),
            Examples = JsonSerializer.Deserialize(r.GetString(2), IntentJson.Default.ListString) ?? [],
            Response = r.IsDBNull(3) ? null : r.GetString(3),
            Webhook = r.IsDBNull(4) ? null : r.GetString(4),
            WebhookTier = r.IsDBNull(5) ? "edge" : r.GetString(5), // intents saved before the column existed: the default
        })).ToDictionary(p => p.Name, p => p.Intent, StringComparer.Ordinal);
    }

    private string Now() => _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}

/// <summary>A classified request as remembered for correction.</summary>
public sealed record LoggedUtterance(string RequestId, string Text, string Intent, double Score, string Decision, int ModelVersion);
