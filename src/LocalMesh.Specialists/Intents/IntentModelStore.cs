using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Specialists.Intents;

/// <summary>
/// Owns the node's intent model. At start it loads the newest model file trained from the current data (built-in
/// CLINC150, user intents, corrections), or trains one in the background with progress logged. A correction or a new
/// intent asks for a retrain: a burst is coalesced, the new version is trained while the old one keeps serving, saved
/// as <c>model-v{N}.bin</c>, and swapped in with one reference write, so no request sees a half-loaded model.
/// Thread-safe.
/// </summary>
public sealed class IntentModelStore : BackgroundService
{
    private readonly SpecialistsOptions _options;
    private readonly IntentStore _store;
    private readonly ILogger<IntentModelStore> _logger;
    private readonly string _directory;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _retrain = new(0);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile IntentModel? _current;
    private volatile string _status = "starting";
    private int _retrainsRequested;
    private int _retrainsDone;

    /// <summary>Creates the store.</summary>
    /// <param name="options">The specialists' settings (retrain delay, networks, model directory).</param>
    /// <param name="store">User intents and corrections.</param>
    /// <param name="dataDir">The node's data directory.</param>
    /// <param name="logger">Logs training progress.</param>
    /// <param name="time">The node's clock for the retrain delay; <see cref="TimeProvider.System"/> when null.</param>
    public IntentModelStore(SpecialistsOptions options, IntentStore store, string dataDir, ILogger<IntentModelStore> logger, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _options = options;
        _store = store;
        _logger = logger;
        _directory = Path.GetFullPath(options.ModelDirectory ?? Path.Combine(dataDir, "intents"));
    }

    /// <summary>The model in use, or null while the first one loads or trains.</summary>
    public IntentModel? Current => _current;

    /// <summary>What the store is doing (<c>training 40%</c>, <c>ready</c>, <c>failed: ...</c>).</summary>
    public string Status => _status;

    /// <summary>Where model versions are kept.</summary>
    public string Directory => _directory;

    /// <summary>Raised with each status change (progress of training, ready, failed).</summary>
    public event Action<string>? StatusChanged;

    /// <summary>Completes when the first model is in use.</summary>
    public Task Ready => _ready.Task;

    /// <summary>The training settings in use.</summary>
    public IntentTrainerOptions TrainerOptions => new() { Networks = _options.Networks };

    /// <summary>Waits until every retrain asked for so far has finished (for tools and tests).</summary>
    public async Task WaitForRetrainsAsync(CancellationToken cancellationToken)
    {
        var target = Volatile.Read(ref _retrainsRequested);
        while (Volatile.Read(ref _retrainsDone) < target)
        {
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Asks for a new model version (after a correction or a new intent). Returns at once.</summary>
    public void RequestRetrain()
    {
        Interlocked.Increment(ref _retrainsRequested);
        _retrain.Release();
    }

    /// <summary>The data the next model learns from.</summary>
    public IntentTrainingSet TrainingSet()
    {
        var intents = _options.Intents.Concat(_store.UserIntents())
            .Select(p => (p.Key, p.Value.Domain, (IReadOnlyList<string>)p.Value.Examples));
        return IntentTrainingSet.BuiltIn().With(intents, _store.Corrections());
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            _current = await Task.Run(() => LoadOrTrain(stoppingToken), stoppingToken).ConfigureAwait(false);
            SetStatus($"ready: version {_current.Info.Version}, {_current.Intents.Count} intents");
            _ready.TrySetResult();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            SetStatus("failed: " + ex.Message);
            _logger.LogError(ex, "The intent model could not be loaded or trained; requests escalate past the local specialists.");
            _ready.TrySetException(ex);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await _retrain.WaitAsync(stoppingToken).ConfigureAwait(false);
            var claimed = Volatile.Read(ref _retrainsRequested);
            await Task.Delay(TimeSpan.FromSeconds(_options.RetrainDelaySeconds), _time, stoppingToken).ConfigureAwait(false);
            while (_retrain.CurrentCount > 0)
            {
                await _retrain.WaitAsync(stoppingToken).ConfigureAwait(false); // coalesce the burst
            }

            claimed = Volatile.Read(ref _retrainsRequested);
            try
            {
                var model = await Task.Run(() => TrainAndSave(TrainingSet(), (_current?.Info.Version ?? 0) + 1, stoppingToken), stoppingToken).ConfigureAwait(false);
                _current = model;
                SetStatus($"ready: version {model.Info.Version}, {model.Intents.Count} intents");
                Prune();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                SetStatus("ready (the last retrain failed: " + ex.Message + ")");
                _logger.LogError(ex, "Retraining the intent model failed; the previous version keeps serving.");
            }
            finally
            {
                Volatile.Write(ref _retrainsDone, claimed);
            }
        }
    }

    private IntentModel LoadOrTrain(CancellationToken cancellationToken)
    {
        var set = TrainingSet();
        var hash = set.Hash(TrainerOptions);
        var versions = Versions();
        foreach (var (version, path) in versions.OrderByDescending(v => v.Version))
        {
            if (TryInfo(path) is { } info && info.DataHash == hash)
            {
                SetStatus($"loading version {version}");
                if (TryLoad(path) is { } loaded)
                {
                    return loaded;
                }
            }
        }

        versions = Versions();

        var next = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1;
        if (_options.ModelCache is { } cache && Path.Combine(cache, $"model-{hash}.bin") is var cached && File.Exists(cached) && TryInfo(cached)?.DataHash == hash)
        {
            SetStatus("loading from the shared model cache");
            var model = IntentModel.Load(cached);
            System.IO.Directory.CreateDirectory(_directory);

            // Copied under another name and renamed: a process killed mid-copy leaves a temp file, not a truncated version.
            var copy = VersionPath(next) + ".tmp";
            File.Copy(cached, copy, overwrite: true);
            File.Move(copy, VersionPath(next), overwrite: true);
            return model;
        }

        var trained = TrainAndSave(set, next, cancellationToken);
        if (_options.ModelCache is { } shared)
        {
            System.IO.Directory.CreateDirectory(shared);
            var temp = Path.Combine(shared, $"model-{hash}.{Environment.ProcessId}.tmp");
            File.Copy(VersionPath(next), temp, overwrite: true);
            File.Move(temp, Path.Combine(shared, $"model-{hash}.bin"), overwrite: true);
        }

        return trained;
    }

    private IntentModel TrainAndSave(IntentTrainingSet set, int version, CancellationToken cancellationToken)
    {
        var last = -1;
        SetStatus($"training version {version} ({set.Examples.Count} examples, {set.Corrections.Count} corrections)");
        var progress = new InlineProgress<double>(p =>
        {
            var percent = (int)(p * 100) / 10 * 10;
            if (Interlocked.Exchange(ref last, percent) != percent)
            {
                SetStatus($"training version {version}: {percent}%");
            }
        });
        var model = IntentTrainer.Train(set, TrainerOptions, version, progress, cancellationToken, _time);
        model.Save(VersionPath(version));
        _logger.LogInformation("Intent model version {Version} trained in {Seconds:0.0} s ({Intents} intents, {Corrections} corrections).",
            version, model.Info.TrainingSeconds, model.Intents.Count, model.Info.Corrections);
        return model;
    }

    private List<(int Version, string Path)> Versions()
    {
        if (!System.IO.Directory.Exists(_directory))
        {
            return [];
        }

        var result = new List<(int, string)>();
        foreach (var path in System.IO.Directory.EnumerateFiles(_directory, "model-v*.bin"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (int.TryParse(name.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                result.Add((version, path));
            }
        }

        return result;
    }

    private string VersionPath(int version) => Path.Combine(_directory, $"model-v{version}.bin");

    /// <summary>
    /// Loads a saved version, or sets an unreadable one aside (renamed <c>.corrupt</c>, kept for inspection) and returns
    /// null, so the node loads or trains another instead of failing to start. The examples and corrections it was
    /// trained from are in the intent store, so nothing is lost.
    /// </summary>
    private IntentModel? TryLoad(string path)
    {
        try
        {
            return IntentModel.Load(path);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException)
        {
            _logger.LogWarning("The intent model {Path} cannot be read ({Error}); it is set aside as .corrupt and another is loaded or trained.", path, ex.Message);
            File.Move(path, path + ".corrupt", overwrite: true);
            return null;
        }
    }

    private IntentModelInfo? TryInfo(string path)
    {
        try
        {
            return IntentModel.ReadInfo(path);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            _logger.LogWarning("Ignoring {Path}: {Message}", path, ex.Message);
            return null;
        }
    }

    private void Prune()
    {
        foreach (var (_, path) in Versions().OrderByDescending(v => v.Version).Skip(Math.Max(1, _options.KeepVersions)))
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Still open elsewhere: the next prune will get it.
            }
        }
    }

    private void SetStatus(string status)
    {
        _status = status;
        _logger.LogDebug("Intent model: {Status}", status);
        StatusChanged?.Invoke(status);
    }
}
