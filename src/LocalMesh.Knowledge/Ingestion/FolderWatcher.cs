using System.Collections.Concurrent;
using System.Threading.Channels;
using LocalMesh.Knowledge.Index;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Knowledge.Ingestion;

/// <summary>What a watched folder last did.</summary>
/// <param name="Watch">The folder and its collection.</param>
/// <param name="LastScan">When it was last ingested; null before the first time.</param>
/// <param name="LastResult">What that ingest did.</param>
/// <param name="Error">Why the last scan failed (the folder is missing, say); null when it did not.</param>
public sealed record FolderWatchStatus(FolderWatch Watch, DateTimeOffset? LastScan, IngestResult? LastResult, string? Error);

/// <summary>
/// Keeps watched folders in step with their collections: each is ingested (incrementally) when the node starts, a
/// moment after files in it change (a <see cref="FileSystemWatcher"/>, with changes settling for
/// <see cref="KnowledgeOptions.WatchSettleMilliseconds"/> so a copy of many files is one ingest), and every
/// <see cref="KnowledgeOptions.WatchRescanSeconds"/> in case an event was missed (network shares, inotify limits).
/// A missing folder is reported and tried again at the next rescan. The settle and rescan times are waited on the node's
/// <see cref="TimeProvider"/>. Thread-safe.
/// </summary>
public sealed class FolderWatcher(KnowledgeIndex index, FolderWatchStore store, KnowledgeOptions options, TimeProvider time, ILogger<FolderWatcher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, WatchedFolder> _folders = new(StringComparer.Ordinal);
    private CancellationToken _stopping = CancellationToken.None;

    /// <summary>The watched folders and what each last did.</summary>
    public IReadOnlyList<FolderWatchStatus> Status() => [.. _folders.Values.Select(f => f.Status).OrderBy(s => s.Watch.Path, StringComparer.Ordinal)];

    /// <summary>Watches <paramref name="watch"/>'s folder from now on (and after restarts); replaces an earlier watch of it.</summary>
    public void Watch(FolderWatch watch)
    {
        store.Save(watch);
        Start(watch);
    }

    /// <summary>Stops watching a folder; false when it was not watched. What was ingested from it stays.</summary>
    public bool Unwatch(string path) => Stop(path) is not null;

    /// <summary>
    /// Stops watching a folder and completes once its scan loop has ended (a scan in progress finishes first), so that
    /// nothing from the folder is ingested after it returns; false when it was not watched.
    /// </summary>
    public async Task<bool> UnwatchAsync(string path)
    {
        if (Stop(path) is not { } stopped)
        {
            return false;
        }

        await stopped.ConfigureAwait(false);
        return true;
    }

    // The folder's loop (completed when it was only in the store), or null when it was not watched.
    private Task? Stop(string path)
    {
        var full = Path.GetFullPath(path);
        var removed = store.Delete(full);
        if (_folders.TryRemove(full, out var folder))
        {
            folder.Dispose();
            return folder.Loop;
        }

        return removed ? Task.CompletedTask : null;
    }

    /// <summary>Stops watching every folder of a collection (it was removed).</summary>
    public void UnwatchCollection(string collection)
    {
        foreach (var folder in _folders.Values.Where(f => f.Status.Watch.Collection == collection).ToList())
        {
            Unwatch(folder.Status.Watch.Path);
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        foreach (var configured in options.Watch)
        {
            store.Save(configured with { Path = Path.GetFullPath(configured.Path) });
        }

        foreach (var watch in store.All())
        {
            Start(watch);
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        foreach (var folder in _folders.Values)
        {
            folder.Dispose();
        }

        _folders.Clear();
        base.Dispose();
    }

    private void Start(FolderWatch watch)
    {
        var folder = new WatchedFolder(watch, index, options, time, logger, _stopping);
        if (_folders.TryGetValue(watch.Path, out var old))
        {
            old.Dispose();
        }

        _folders[watch.Path] = folder;
    }

    private sealed class WatchedFolder : IDisposable
    {
        private readonly KnowledgeIndex _index;
        private readonly KnowledgeOptions _options;
        private readonly TimeProvider _time;
        private readonly ILogger _logger;
        private readonly CancellationTokenSource _stop;
        private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        private FileSystemWatcher? _watcher;

        public WatchedFolder(FolderWatch watch, KnowledgeIndex index, KnowledgeOptions options, TimeProvider time, ILogger logger, CancellationToken stopping)
        {
            (_index, _options, _time, _logger) = (index, options, time, logger);
            Status = new FolderWatchStatus(watch, null, null, null);
            _stop = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            Loop = Task.Run(() => RunAsync(_stop.Token));
        }

        public FolderWatchStatus Status { get; private set; }

        /// <summary>The scan loop; it ends (never faulted) once the watch is disposed.</summary>
        public Task Loop { get; }

        public void Dispose()
        {
            _stop.Cancel(); // not disposed: the scan loop may still be reading its token
            _watcher?.Dispose();
        }

        private async Task RunAsync(CancellationToken cancellationToken)
        {
            var rescan = TimeSpan.FromSeconds(_options.WatchRescanSeconds);
            while (!cancellationToken.IsCancellationRequested)
            {
                Scan();
                try
                {
                    // The rescan timeout runs on the node's clock (a linked source's CancelAfter would use the system's).
                    using var wait = new CancellationTokenSource(rescan, _time);
                    using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, wait.Token);
                    await _changes.Reader.ReadAsync(linked.Token).ConfigureAwait(false);
                    await SettleAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // The rescan interval passed without an event.
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            _watcher?.Dispose(); // a scan that was running when the watch was disposed may have started a new one
        }

        // Waits until no change has come for the settle time (at most ten of them), so a copy of a folder is one ingest.
        private async Task SettleAsync(CancellationToken cancellationToken)
        {
            var settle = TimeSpan.FromMilliseconds(_options.WatchSettleMilliseconds);
            for (var i = 0; i < 10; i++)
            {
                await Task.Delay(settle, _time, cancellationToken).ConfigureAwait(false);
                if (!_changes.Reader.TryRead(out _))
                {
                    return;
                }
            }
        }

        private void Scan()
        {
            var watch = Status.Watch;
            try
            {
                if (!Directory.Exists(watch.Path))
                {
                    _watcher?.Dispose();
                    _watcher = null;
                    throw new DirectoryNotFoundException($"the folder '{watch.Path}' does not exist (tried again every {_options.WatchRescanSeconds:0} s)");
                }

                _watcher ??= Listen(watch.Path);
                var result = _index.AddPath(watch.Collection, watch.Domain, watch.Path);
                Status = new FolderWatchStatus(watch, _time.GetUtcNow(), result, null);
                if (result.Added + result.Updated + result.Removed > 0 || result.Failed.Count > 0)
                {
                    _logger.LogInformation("Watched folder {Path} → {Collection}: {Added} added, {Updated} updated, {Removed} removed, {Failed} failed.",
                        watch.Path, watch.Collection, result.Added, result.Updated, result.Removed, result.Failed.Count);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CollectionDomainException or InvalidOperationException)
            {
                Status = Status with { Error = ex.Message };
                _logger.LogWarning("Watched folder {Path}: {Error}", watch.Path, ex.Message);
            }
        }

        private FileSystemWatcher Listen(string path)
        {
            var watcher = new FileSystemWatcher(path)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            void Changed(object? sender, EventArgs e) => _changes.Writer.TryWrite(true);
            watcher.Created += Changed;
            watcher.Changed += Changed;
            watcher.Deleted += Changed;
            watcher.Renamed += Changed;
            watcher.Error += Changed; // an overflow: rescan everything
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
    }
}
