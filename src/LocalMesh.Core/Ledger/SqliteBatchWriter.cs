using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Ledger;

/// <summary>
/// Writes records to SQLite from one background task, many per transaction, so a request never waits on the disk.
/// A failed batch is logged and retried once; the writer never takes the node down. Thread-safe.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class SqliteBatchWriter<T> : IAsyncDisposable
    where T : class
{
    private readonly string _connectionString;
    private readonly Action<SqliteConnection, SqliteTransaction, T> _write;
    private readonly ILogger _logger;
    private readonly string _what;
    private readonly Channel<object> _channel = Channel.CreateUnbounded<object>(new() { SingleReader = true });
    private readonly Task _loop;

    /// <summary>Starts the writer.</summary>
    /// <param name="connectionString">The database.</param>
    /// <param name="write">Writes one record inside the batch's transaction.</param>
    /// <param name="logger">Where write failures go.</param>
    /// <param name="what">What the records are, for log messages.</param>
    public SqliteBatchWriter(string connectionString, Action<SqliteConnection, SqliteTransaction, T> write, ILogger logger, string what)
    {
        _connectionString = connectionString;
        _write = write;
        _logger = logger;
        _what = what;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Queues a record.</summary>
    public void Enqueue(T record) => _channel.Writer.TryWrite(record);

    /// <summary>Completes when every record queued before the call is committed.</summary>
    public Task FlushAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_channel.Writer.TryWrite(done))
        {
            done.TrySetResult();
        }

        return done.Task;
    }

    /// <summary>Writes what is queued and stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task LoopAsync()
    {
        var batch = new List<object>(256);
        while (await _channel.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < 1024 && _channel.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            if (!TryCommit(batch))
            {
                await Task.Delay(200).ConfigureAwait(false);
                TryCommit(batch);
            }

            foreach (var done in batch.OfType<TaskCompletionSource>())
            {
                done.TrySetResult();
            }

            batch.Clear();
        }
    }

    private bool TryCommit(List<object> batch)
    {
        try
        {
            using var connection = SqliteDatabase.Open(_connectionString);
            using var transaction = connection.BeginTransaction();
            foreach (var item in batch)
            {
                if (item is T record)
                {
                    _write(connection, transaction, record);
                }
            }

            transaction.Commit();
            return true;
        }
        catch (Exception ex) when (ex is SqliteException or IOException)
        {
            _logger.LogError(ex, "Could not write {Count} {What} records.", batch.Count, _what);
            return false;
        }
    }
}
