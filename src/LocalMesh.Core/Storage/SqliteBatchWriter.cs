using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Storage;

/// <summary>
/// Writes records to SQLite from one background task, many per transaction, so a request never waits on the disk.
/// Records are gathered for up to a commit interval before each transaction (group commit: a node serving a thousand
/// requests a second commits ten times, not a thousand: each commit is a burst of page writes that competes with requests
/// for the cores); <see cref="FlushAsync"/> commits at once.
/// The task keeps one connection and its prepared statements (<see cref="SqliteBatch"/>) for as long as they work.
/// A failed batch is logged and retried once on a new connection, then record by record, so only the records that
/// cannot be written are lost; the writer never takes the node down. Thread-safe.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class SqliteBatchWriter<T> : IAsyncDisposable
    where T : class
{
    private readonly string _connectionString;
    private readonly Action<SqliteBatch, T> _write;
    private readonly ILogger _logger;
    private readonly string _what;
    private readonly Channel<object> _channel = Channel.CreateUnbounded<object>(new() { SingleReader = true });
    private readonly Task _loop;
    private const int MaxBatch = 1024;
    private readonly TimeSpan _commitInterval;
    private readonly TimeProvider _time;
    private volatile TaskCompletionSource _urgent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SqliteBatch? _batch;
    private long _pending;
    private long _dropped;

    /// <summary>Starts the writer.</summary>
    /// <param name="connectionString">The database.</param>
    /// <param name="write">Writes one record inside the batch's transaction (<see cref="SqliteBatch.Execute"/>).</param>
    /// <param name="logger">Where write failures go.</param>
    /// <param name="what">What the records are, for log messages.</param>
    /// <param name="commitInterval">How long records are gathered before a commit (default 100 ms; zero commits each wake-up).</param>
    /// <param name="time">The clock the commit interval and the retry pause are waited on (default: the system's).</param>
    public SqliteBatchWriter(string connectionString, Action<SqliteBatch, T> write, ILogger logger, string what, TimeSpan? commitInterval = null, TimeProvider? time = null)
    {
        _commitInterval = commitInterval ?? TimeSpan.FromMilliseconds(100);
        _time = time ?? TimeProvider.System;
        _connectionString = connectionString;
        _write = write;
        _logger = logger;
        _what = what;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Records queued and not yet committed.</summary>
    public long Pending => Interlocked.Read(ref _pending);

    /// <summary>Records that could not be written (each is also logged), and records queued after the writer stopped.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Queues a record.</summary>
    public void Enqueue(T record)
    {
        Interlocked.Increment(ref _pending);
        if (!_channel.Writer.TryWrite(record))
        {
            Interlocked.Decrement(ref _pending);
            Interlocked.Increment(ref _dropped);
        }
    }

    /// <summary>Completes when every record queued before the call is committed.</summary>
    public Task FlushAsync()
    {
        var flush = new Flush();
        if (!_channel.Writer.TryWrite(flush))
        {
            flush.Done.TrySetResult();
        }

        _urgent.TrySetResult();
        return flush.Done.Task;
    }

    /// <summary>Writes what is queued and stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        _urgent.TrySetResult();
        await _loop.ConfigureAwait(false);
    }

    private async Task LoopAsync()
    {
        var batch = new List<object>(256);
        var backlog = false;
        while (await _channel.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            if (_commitInterval > TimeSpan.Zero && !backlog && !_urgent.Task.IsCompleted)
            {
                await Task.WhenAny(Task.Delay(_commitInterval, _time), _urgent.Task).ConfigureAwait(false);
            }

            if (_urgent.Task.IsCompleted)
            {
                _urgent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously); // before draining: a later flush signals anew
            }

            while (batch.Count < MaxBatch && _channel.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            backlog = batch.Count == MaxBatch;

            var records = batch.Count(item => item is not Flush);
            var lost = 0;
            if (!TryCommit(batch))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), _time).ConfigureAwait(false);
                if (!TryCommit(batch))
                {
                    // Still failing: commit the records one by one, so one bad record does not take its whole batch with it
                    // (a batch of one has just been tried twice).
                    lost = batch.Count == 1 ? records : batch.Count(item => item is not Flush && !TryCommit([item]));
                }
            }

            Interlocked.Add(ref _dropped, lost);
            Interlocked.Add(ref _pending, -records);

            foreach (var flush in batch.OfType<Flush>())
            {
                flush.Done.TrySetResult();
            }

            batch.Clear();
        }

        _batch?.Dispose();
    }

    private bool TryCommit(List<object> batch)
    {
        try
        {
            _batch ??= new SqliteBatch(SqliteDatabase.Open(_connectionString));
            using (var transaction = _batch.Connection.BeginTransaction())
            {
                foreach (var item in batch)
                {
                    if (item is T record and not Flush)
                    {
                        _write(_batch, record);
                    }
                }

                transaction.Commit();
            }

            return true;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or InvalidOperationException or ArgumentException)
        {
            _logger.LogError(ex, "Could not write {Count} {What} records.", batch.Count, _what);
            _batch?.Dispose(); // the retry starts from a new connection
            _batch = null;
            return false;
        }
    }

    /// <summary>A flush request in the queue: done once everything queued before it is committed.</summary>
    private sealed class Flush
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
