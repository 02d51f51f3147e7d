using LocalMesh.Ledger;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalMesh.Core.Tests.Ledger;

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
    }

    [Fact]
    public void Execute_RefusesTheWrongNumberOfArguments()
    {
        using var batch = new SqliteBatch(SqliteDatabase.Open(_connectionString));
        batch.Execute("INSERT INTO rows VALUES ($p0, $p1)", 1, "a");
        Assert.Throws<ArgumentException>(() => batch.Execute("INSERT INTO rows VALUES ($p0, $p1)", 2));
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
