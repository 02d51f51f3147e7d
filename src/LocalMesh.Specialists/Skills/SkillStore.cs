using System.Globalization;
using LocalMesh.Storage;
using Microsoft.Data.Sqlite;

namespace LocalMesh.Specialists.Skills;

/// <summary>An alarm, timer or reminder.</summary>
public sealed record ScheduledItem(long Id, string Kind, DateTimeOffset FireAt, string Label, string Status, DateTimeOffset CreatedAt);

/// <summary>
/// The skills' persistent state in the node's SQLite file: named lists (shopping, to-do) and scheduled items
/// (alarms, timers, reminders). Each change is one statement, so a crash never leaves half a change. Thread-safe.
/// </summary>
public sealed class SkillStore
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;

    /// <summary>Opens (and creates) the tables in <paramref name="dataDir"/>.</summary>
    /// <param name="dataDir">The node's data directory.</param>
    /// <param name="time">The clock for the items' created and fired times; <see cref="TimeProvider.System"/> when null.</param>
    public SkillStore(string dataDir, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _connectionString = SqliteDatabase.ConnectionString(dataDir);
        using var connection = SqliteDatabase.Open(_connectionString);
        SqliteDatabase.Execute(connection, """
            CREATE TABLE IF NOT EXISTS skill_lists (list TEXT NOT NULL, item TEXT NOT NULL, added_at TEXT NOT NULL, PRIMARY KEY (list, item));
            CREATE TABLE IF NOT EXISTS skill_schedule (
                id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, fire_at TEXT NOT NULL, label TEXT NOT NULL,
                status TEXT NOT NULL, created_at TEXT NOT NULL, fired_at TEXT);
            CREATE INDEX IF NOT EXISTS skill_schedule_due ON skill_schedule (status, fire_at);
            """);
    }

    /// <summary>Adds items to a list; returns those that were not on it yet.</summary>
    public IReadOnlyList<string> AddItems(string list, IEnumerable<string> items) =>
        [.. items.Where(item => Execute("INSERT OR IGNORE INTO skill_lists VALUES ($p0, $p1, $p2)", list, item, Now()) == 1)];

    /// <summary>Removes items from a list; returns those that were on it.</summary>
    public IReadOnlyList<string> RemoveItems(string list, IEnumerable<string> items) =>
        [.. items.Where(item => Execute("DELETE FROM skill_lists WHERE list = $p0 AND item = $p1", list, item) == 1)];

    /// <summary>Empties a list; returns how many items it had.</summary>
    public int Clear(string list) => Execute("DELETE FROM skill_lists WHERE list = $p0", list);

    /// <summary>A list's items in the order they were added.</summary>
    public IReadOnlyList<string> Items(string list) =>
        Query("SELECT item FROM skill_lists WHERE list = $p0 ORDER BY added_at, rowid", r => r.GetString(0), list);

    /// <summary>Every list with its item count.</summary>
    public IReadOnlyList<(string List, int Count)> Lists() =>
        Query("SELECT list, COUNT(*) FROM skill_lists GROUP BY list ORDER BY list", r => (r.GetString(0), r.GetInt32(1)));

    /// <summary>Raised after an item was scheduled.</summary>
    public event Action? ItemScheduled;

    /// <summary>Schedules an alarm, timer or reminder.</summary>
    public ScheduledItem Schedule(string kind, DateTimeOffset fireAt, string label)
    {
        var now = _time.GetUtcNow();
        var id = Query("INSERT INTO skill_schedule (kind, fire_at, label, status, created_at) VALUES ($p0, $p1, $p2, 'pending', $p3) RETURNING id",
            r => r.GetInt64(0), kind, Format(fireAt), label, Format(now))[0];
        ItemScheduled?.Invoke();
        return new ScheduledItem(id, kind, fireAt, label, "pending", now);
    }

    /// <summary>Scheduled items, soonest first; only pending ones unless <paramref name="all"/>.</summary>
    public IReadOnlyList<ScheduledItem> Scheduled(string? kind = null, bool all = false) =>
        Query($"SELECT id, kind, fire_at, label, status, created_at FROM skill_schedule WHERE ($p0 IS NULL OR kind = $p0){(all ? string.Empty : " AND status = 'pending'")} ORDER BY fire_at LIMIT 500",
            Read, kind);

    /// <summary>Pending items due at <paramref name="now"/>.</summary>
    public IReadOnlyList<ScheduledItem> Due(DateTimeOffset now) =>
        Query("SELECT id, kind, fire_at, label, status, created_at FROM skill_schedule WHERE status = 'pending' AND fire_at <= $p0 ORDER BY fire_at", Read, Format(now));

    /// <summary>When the next pending item is due, or null.</summary>
    public DateTimeOffset? NextDue() =>
        Query("SELECT fire_at FROM skill_schedule WHERE status = 'pending' ORDER BY fire_at LIMIT 1", r => Parse(r.GetString(0))).Cast<DateTimeOffset?>().FirstOrDefault();

    /// <summary>Marks a pending item fired; false when it already was (so it fires once, even across processes).</summary>
    public bool TryMarkFired(long id) =>
        Execute("UPDATE skill_schedule SET status = 'fired', fired_at = $p1 WHERE id = $p0 AND status = 'pending'", id, Format(_time.GetUtcNow())) == 1;

    /// <summary>Cancels pending items of a kind (all of them when <paramref name="id"/> is null); returns how many.</summary>
    public int Cancel(string kind, long? id = null) =>
        Execute("UPDATE skill_schedule SET status = 'cancelled' WHERE kind = $p0 AND status = 'pending' AND ($p1 IS NULL OR id = $p1)", kind, id);

    private static ScheduledItem Read(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), Parse(r.GetString(2)), r.GetString(3), r.GetString(4), Parse(r.GetString(5)));

    private string Now() => Format(_time.GetUtcNow());

    // UTC with a fixed width, so text order is time order.
    private static string Format(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private int Execute(string sql, params object?[] args)
    {
        using var connection = SqliteDatabase.Open(_connectionString, requestPath: true);
        return SqliteDatabase.Execute(connection, sql, args);
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params object?[] args)
    {
        using var connection = SqliteDatabase.Open(_connectionString, requestPath: true);
        return SqliteDatabase.Query(connection, sql, read, args);
    }
}
