using System.Globalization;
using System.Text.Json;
using LocalMesh.Storage;
using LocalMesh.Signals.Detection;
using LocalMesh.Signals.Streams;
using Microsoft.Data.Sqlite;

namespace LocalMesh.Signals.Storage;

/// <summary>
/// The streams' settings and learned state, and their alert history, in the node's SQLite file
/// (<c>signal_streams</c>, <c>signal_alerts</c>). A batch's state and alerts are written in one transaction, so a
/// restart resumes exactly after the last stored batch. Thread-safe (a connection per call, from the pool).
/// </summary>
public sealed class SignalStore
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;

    /// <summary>Opens (and creates if needed) the tables in <paramref name="dataDir"/>'s database.</summary>
    public SignalStore(string dataDir, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _connectionString = SqliteDatabase.ConnectionString(dataDir);
        using var connection = SqliteDatabase.Open(_connectionString);
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS signal_streams (
                name TEXT PRIMARY KEY, settings TEXT NOT NULL, state BLOB NOT NULL,
                points INTEGER NOT NULL, alerts INTEGER NOT NULL, updated_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS signal_alerts (
                id INTEGER PRIMARY KEY AUTOINCREMENT, stream TEXT NOT NULL, timestamp TEXT NOT NULL, ticks INTEGER NOT NULL,
                value REAL NOT NULL, score REAL NOT NULL, feature TEXT NOT NULL, context TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS signal_alerts_stream ON signal_alerts (stream, ticks);
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>A stored stream: its settings and state bytes.</summary>
    public sealed record StoredStream(string Name, StreamSettings Settings, byte[] State);

    /// <summary>Every stored stream.</summary>
    public IReadOnlyList<StoredStream> Load()
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, settings, state FROM signal_streams ORDER BY name";
        using var reader = command.ExecuteReader();
        var result = new List<StoredStream>();
        while (reader.Read())
            result.Add(new StoredStream(reader.GetString(0), JsonSerializer.Deserialize(reader.GetString(1), SignalsJson.Default.StreamSettings) ?? new(), (byte[])reader[2]));
        return result;
    }

    /// <summary>Stores a stream's settings and state, and its new alerts, in one transaction; drops alerts past the retention.</summary>
    public void Save(string name, StreamSettings settings, StreamState state, IReadOnlyList<SignalAlert> alerts)
    {
        using var connection = SqliteDatabase.Open(_connectionString, requestPath: true);
        using var transaction = connection.BeginTransaction();
        using (var upsert = connection.CreateCommand())
        {
            upsert.CommandText = """
                INSERT INTO signal_streams (name, settings, state, points, alerts, updated_at) VALUES ($name, $settings, $state, $points, $alerts, $now)
                ON CONFLICT (name) DO UPDATE SET settings = $settings, state = $state, points = $points, alerts = $alerts, updated_at = $now
                """;
            upsert.Parameters.AddWithValue("$name", name);
            upsert.Parameters.AddWithValue("$settings", JsonSerializer.Serialize(settings, SignalsJson.Default.StreamSettings));
            upsert.Parameters.AddWithValue("$state", state.Save());
            upsert.Parameters.AddWithValue("$points", state.Points);
            upsert.Parameters.AddWithValue("$alerts", state.Alerts);
            upsert.Parameters.AddWithValue("$now", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            upsert.ExecuteNonQuery();
        }

        if (alerts.Count > 0)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO signal_alerts (stream, timestamp, ticks, value, score, feature, context) VALUES ($stream, $timestamp, $ticks, $value, $score, $feature, $context)";
            var p = new[] { "$stream", "$timestamp", "$ticks", "$value", "$score", "$feature", "$context" }.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
            foreach (var alert in alerts)
            {
                p[0].Value = name;
                p[1].Value = alert.Timestamp.ToString("O", CultureInfo.InvariantCulture);
                p[2].Value = alert.Timestamp.UtcTicks;
                p[3].Value = alert.Value;
                p[4].Value = alert.Score;
                p[5].Value = alert.Feature.ToString();
                p[6].Value = JsonSerializer.Serialize(alert.Context.Select(c => new[] { c.Timestamp.ToUnixTimeMilliseconds(), c.Timestamp.Offset.TotalMinutes, c.Value }).ToList(), SignalsJson.Default.ListDoubleArray);
                insert.ExecuteNonQuery();
            }
        }

        if (settings.RetentionDays > 0 && state.LastTimestamp is { } last)
        {
            using var prune = connection.CreateCommand();
            prune.CommandText = "DELETE FROM signal_alerts WHERE stream = $stream AND ticks < $before";
            prune.Parameters.AddWithValue("$stream", name);
            prune.Parameters.AddWithValue("$before", (last - TimeSpan.FromDays(settings.RetentionDays)).UtcTicks);
            prune.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>A stream's latest alerts, newest first.</summary>
    public IReadOnlyList<SignalAlert> Alerts(string name, int limit)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT timestamp, value, score, feature, context FROM signal_alerts WHERE stream = $stream ORDER BY ticks DESC, id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$stream", name);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var result = new List<SignalAlert>();
        while (reader.Read())
        {
            var context = (JsonSerializer.Deserialize(reader.GetString(4), SignalsJson.Default.ListDoubleArray) ?? [])
                .Select(c => new SignalPoint(DateTimeOffset.FromUnixTimeMilliseconds((long)c[0]).ToOffset(TimeSpan.FromMinutes(c[1])), c[2])).ToList();
            result.Add(new SignalAlert(name, DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture), reader.GetDouble(1), reader.GetDouble(2),
                Enum.TryParse<SignalFeature>(reader.GetString(3), out var f) ? f : SignalFeature.Value, context));
        }
        return result;
    }
}
