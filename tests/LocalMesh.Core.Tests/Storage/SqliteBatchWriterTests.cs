using LocalMesh.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalMesh.Core.Tests.Storage;

public sealed class SqliteBatchWriterTests
{
    private readonly string _connectionString = CreateDatabase();

    [Fact]
    public async Task Flush_CommitsAtOnce_EvenWithALongCommitInterval()
    {

        // An hour-long interval: only a flush can make these rows visible before the (bounded) wait below gives up.
        await using var writer = Writer(NullLogger.Instance, TimeSpan.FromHours(1));
        for (var n = 0; n < 500; n++)
        {
            writer.Enqueue(new Row(n, n % 7 == 0 ? null : "row " + n));
        }

        Assert.Equal(500, writer.Pending);
        await writer.FlushAsync().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(500L, Scalar("SELECT COUNT(*) FROM rows"));
        Assert.Equal(Enumerable.Range(0, 500).Sum(n => (long)n), Scalar("SELECT SUM(n) FROM rows"));
        Assert.Equal(Enumerable.Range(0, 500).Count(n => n % 7 == 0), (int)Scalar("SELECT COUNT(*) FROM rows WHERE label IS NULL"));

        // A second flush after more rows (the prepared statement is re-bound, not re-created).
        writer.Enqueue(new Row(1000, "late"));
        await writer.FlushAsync().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.Equal(501L, Scalar("SELECT COUNT(*) FROM rows"));
    }

    [Fact]
    public async Task Dispose_WritesWhatIsQueued()
    {
        var writer = Writer(NullLogger.Instance, TimeSpan.FromHours(1));
        for (var n = 0; n < 3000; n++)
        {
            writer.Enqueue(new Row(n, "x")); // more than one batch
        }

        await writer.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.Equal(3000L, Scalar("SELECT COUNT(*) FROM rows"));
    }

    [Fact]
    public async Task AFailedRow_IsLogged_AndTheWriterGoesOn()
    {
        var logger = new CountingLogger();
        await using var writer = Writer(logger, TimeSpan.Zero);

        writer.Enqueue(new Row(-1, "violates NOT NULL"));
        await writer.FlushAsync().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        writer.Enqueue(new Row(1, "fine"));
        await writer.FlushAsync().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.True(logger.Errors >= 1);
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM rows"));
    }

    [Fact]
    public async Task ABadRecord_LosesOnlyItself_NotTheRestOfItsBatch()
    {
        var logger = new CountingLogger();
        await using var writer = Writer(logger, TimeSpan.FromHours(1));
        for (var n = 0; n < 50; n++)
        {
            writer.Enqueue(new Row(n == 25 ? -1 : n, "row")); // one record in the batch violates NOT NULL
        }

        await writer.FlushAsync().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(49L, Scalar("SELECT COUNT(*) FROM rows"));
        Assert.True(logger.Errors >= 3); // the batch, its retry, and the bad record alone
        Assert.Equal((0, 1), (writer.Pending, writer.Dropped));
    }

    [Fact]
    public async Task ARecordWithAValueSqliteCannotStore_IsLogged_AndTheRestOfItsBatchIsWritten()
    {
        var logger = new CountingLogger();
        await using var writer = new SqliteBatchWriter<Row>(_connectionString,
            (batch, row) => batch.Execute("INSERT INTO rows VALUES ($p0, $p1)", row.N, row.N == 3 ? TimeSpan.FromSeconds(1) : row.Label), logger, "test", TimeSpan.FromHours(1));
        for (var n = 0; n < 6; n++)
        {
            writer.Enqueue(new Row(n, "row"));
        }

        await writer.FlushAsync().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        writer.Enqueue(new Row(10, "after"));
        await writer.FlushAsync().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(6L, Scalar("SELECT COUNT(*) FROM rows"));
        Assert.True(logger.Errors >= 1);
        Assert.Equal((0, 1), (writer.Pending, writer.Dropped));
    }

    [Fact]
    public void Execute_RefusesTheWrongNumberOfArguments()
    {
        using var batch = new SqliteBatch(SqliteDatabase.Open(_connectionString));
        batch.Execute("INSERT INTO rows VALUES ($p0, $p1)", 1, "a");
        Assert.Throws<ArgumentException>(() => batch.Execute("INSERT INTO rows VALUES ($p0, $p1)", 2));
    }

    [Fact]
    public void Execute_BindsEachSupportedType_ByName_WhateverTheOrderInTheStatement()
    {
        using var batch = new SqliteBatch(SqliteDatabase.Open(_connectionString));
        SqliteDatabase.Execute(batch.Connection, "CREATE TABLE typed (t TEXT, i INTEGER, l INTEGER, b INTEGER, d REAL, f REAL, bytes BLOB, missing TEXT)");

        // $p1 comes first in the statement: values bind by their name, not their place.
        Assert.Equal(1, batch.Execute("INSERT INTO typed (i, t, l, b, d, f, bytes, missing) VALUES ($p1, $p0, $p2, $p3, $p4, $p5, $p6, $p7)",
            "héllo ✓", 42, long.MaxValue, true, 2.5, 0.25f, new byte[] { 0, 1, 255 }, null));
        Assert.Equal(1, batch.Execute("INSERT INTO typed (i, t, l, b, d, f, bytes, missing) VALUES ($p1, $p0, $p2, $p3, $p4, $p5, $p6, $p7)",
            "second", -1, 0L, false, -0.5, 1f, Array.Empty<byte>(), DBNull.Value));

        using var command = SqliteDatabase.Command(batch.Connection, "SELECT t, i, l, b, d, f, hex(bytes), missing IS NULL FROM typed ORDER BY rowid");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(("héllo ✓", 42L, long.MaxValue, 1L, 2.5, 0.25, "0001FF", 1L),
            (reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDouble(4), reader.GetDouble(5), reader.GetString(6), reader.GetInt64(7)));
        Assert.True(reader.Read());
        Assert.Equal(("second", -1L, 0L, 0L, -0.5, 1.0, "", 1L),
            (reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDouble(4), reader.GetDouble(5), reader.GetString(6), reader.GetInt64(7)));
        Assert.False(reader.Read());
    }

    [Fact]
    public void Execute_RefusesUnsupportedValues_AndParametersNotNamedInOrder()
    {
        using var batch = new SqliteBatch(SqliteDatabase.Open(_connectionString));

        var type = Assert.Throws<InvalidOperationException>(() => batch.Execute("INSERT INTO rows VALUES ($p0, $p1)", 1, DateTime.UtcNow));
        Assert.Contains("Parameter 1 is a DateTime", type.Message, StringComparison.Ordinal);
        var naming = Assert.Throws<ArgumentException>(() => batch.Execute("INSERT INTO rows VALUES ($p0, $n)", 1, "a"));
        Assert.Contains("$p1 is missing", naming.Message, StringComparison.Ordinal);
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => batch.Execute("INSERT INTO nowhere VALUES ($p0)", 1));

        // The statement that failed to bind was reset: the batch goes on.
        Assert.Equal(1, batch.Execute("INSERT INTO rows VALUES ($p0, $p1)", 2, "b"));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM rows"));
    }

    private static string CreateDatabase()
    {
        var connectionString = SqliteDatabase.ConnectionString(LocalMesh.Testing.TempDirectories.Create("localmesh-writer-"));
        using var connection = SqliteDatabase.Open(connectionString);
        SqliteDatabase.Execute(connection, "CREATE TABLE rows (n INTEGER NOT NULL, label TEXT)");
        return connectionString;
    }

    /// <summary>A writer of rows; a negative <see cref="Row.N"/> is written as NULL, which the table refuses.</summary>
    private SqliteBatchWriter<Row> Writer(Microsoft.Extensions.Logging.ILogger logger, TimeSpan commitInterval) =>
        new(_connectionString, (batch, row) => batch.Execute("INSERT INTO rows VALUES ($p0, $p1)", row.N < 0 ? null : row.N, row.Label), logger, "test", commitInterval);

    private long Scalar(string sql)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        using var command = SqliteDatabase.Command(connection, sql);
        return (long)command.ExecuteScalar()!;
    }

    private sealed record Row(long N, string? Label);

    private sealed class CountingLogger : Microsoft.Extensions.Logging.ILogger
    {
        public int Errors;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= Microsoft.Extensions.Logging.LogLevel.Error)
            {
                Interlocked.Increment(ref Errors);
            }
        }
    }
}
