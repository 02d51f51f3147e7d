using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Specialists.Intents;

/// <summary>
/// Owns the node's intent model. At start it loads the newest model file trained from the current data (built-in
/// CLINC150, user intents, corrections). When the data changed since, it serves the newest saved model at once and
/// trains the new one in the background; only a node with no saved model at all waits for training (the lexical half,
/// ~10 s), and the semantic half (sentence-encoder head, which needs the training texts encoded: tens of seconds the
/// first time, then read from <see cref="IntentVectorCache"/>) is added in the background after it. A correction or a
/// new intent asks for a retrain: a burst is coalesced, the new version is trained while the old one keeps serving,
/// saved as <c>model-v{N}.bin</c>, and swapped in with one reference write, so no request sees a half-loaded model.
/// Thread-safe.
/// </summary>
public sealed partial class IntentModelStore : BackgroundService
{
    private readonly SpecialistsOptions _options;
    private readonly IntentStore _store;
    private readonly ILogger<IntentModelStore> _logger;
    private readonly string _directory;
    private readonly TimeProvider _time;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _encoder;
    private readonly string? _encoderId;
    private readonly SemaphoreSlim _retrain = new(0);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile IntentModel? _current;
    private volatile IntentModel? _own;
    private volatile string _status = "starting";
    private int _retrainsRequested;
    private int _retrainsDone;

    /// <summary>Creates the store.</summary>
    /// <param name="options">The specialists' settings (retrain delay, networks, model directory).</param>
    /// <param name="store">User intents and corrections.</param>
    /// <param name="dataDir">The node's data directory.</param>
    /// <param name="logger">Logs training progress.</param>
    /// <param name="time">The node's clock for the retrain delay; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="encoder">The node's sentence encoder for the semantic half; null for a lexical-only model.</param>
    public IntentModelStore(SpecialistsOptions options, IntentStore store, string dataDir, ILogger<IntentModelStore> logger, TimeProvider? time = null, IEmbeddingGenerator<string, Embedding<float>>? encoder = null)
    {
        _encoder = encoder;
        _encoderId = encoder is null ? null : IntentVectorCache.ModelId(encoder);
        _time = time ?? TimeProvider.System;
        _options = options;
        _store = store;
        _logger = logger;
        _directory = Path.GetFullPath(options.ModelDirectory ?? Path.Combine(dataDir, "intents"));
    }

    /// <summary>The model in use (this node's own, served with the peers' shared versions it took), or null while the first one loads or trains.</summary>
    public IntentModel? Current => _current;

    /// <summary>This node's own model (without peers), or null while the first one loads or trains.</summary>
    public IntentModel? Own => _own;

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

    /// <summary>The encoder to classify with <paramref name="model"/>: the node's, when the model's semantic half was trained on it; else null (lexical half only).</summary>
    public IEmbeddingGenerator<string, Embedding<float>>? EncoderFor(IntentModel model) =>
        model.Head is not null && _encoderId is not null && model.Info.Encoder == _encoderId ? _encoder : null;

    /// <summary>Where encoded training texts are cached (the shared model cache when set, so nodes and test runs share them).</summary>
    private string VectorDirectory => _options.ModelCache ?? _directory;

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
        bool stale;
        try
        {
            IntentModel model;
            (model, stale) = await Task.Run(() =>
            {
                LoadPeers();
                return LoadOrTrain(stoppingToken);
            }, stoppingToken).ConfigureAwait(false);
            Serve(model);
            if (stale)
            {
                Interlocked.Increment(ref _retrainsRequested); // before Ready: a waiter for retrains sees this one
            }

            SetStatus($"ready: version {model.Info.Version}, {model.Intents.Count} intents");
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

        if (stale)
        {
            await CatchUpAsync(stoppingToken).ConfigureAwait(false);
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
                var model = await Task.Run(() => TrainAndSave(TrainingSet(), NextVersion(), withHead: true, share: false, stoppingToken), stoppingToken).ConfigureAwait(false);
                Serve(model);
                SetStatus($"ready: version {model.Info.Version}, {model.Intents.Count} intents");
                Prune();
                OnLearned(model);
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

    /// <summary>
    /// The model to serve now, and whether it is stale: trained from other data, or missing the semantic half this node
    /// could have. A stale model serves while <see cref="CatchUpAsync"/> trains the current one.
    /// </summary>
    private (IntentModel Model, bool Stale) LoadOrTrain(CancellationToken cancellationToken)
    {
        var set = TrainingSet();
        var hash = set.Hash(TrainerOptions);
        IntentModel? newest = null;
        foreach (var (version, path) in Versions().OrderByDescending(v => v.Version))
        {
            if (TryInfo(path) is not { } info || (info.DataHash != hash && newest is not null))
            {
                continue; // unreadable, or an older model of other data than the newest one already loaded
            }

            SetStatus($"loading version {version}");
            if (TryLoad(path) is not { } loaded)
            {
                continue;
            }

            if (info.DataHash == hash)
            {
                if (NeedsHead(loaded) && SharedCopy(hash) is { } shared && !NeedsHead(shared))
                {
                    return (Adopt(shared), false); // another node (or test run) already added the semantic half
                }

                return (loaded, NeedsHead(loaded));
            }

            newest ??= loaded;
        }

        if (SharedCopy(hash) is { } cached)
        {
            SetStatus("loading from the shared model cache");
            return (Adopt(cached), NeedsHead(cached));
        }

        if (newest is not null)
        {
            _logger.LogInformation("The intent data changed since model version {Version}; it serves while the new one trains in the background.", newest.Info.Version);
            return (newest, true);
        }

        // Nothing to serve: train the lexical half now (seconds); the semantic half follows in the background.
        return (TrainAndSave(set, NextVersion(), withHead: false, share: true, cancellationToken), _encoder is not null);
    }

    /// <summary>Trains the model of the current data (or adds its semantic half) after start-up served a stale one.</summary>
    private async Task CatchUpAsync(CancellationToken stoppingToken)
    {
        var claimed = Volatile.Read(ref _retrainsRequested);
        try
        {
            var model = await Task.Run(() =>
            {
                var set = TrainingSet();
                var current = _own!;
                return current.Info.DataHash == set.Hash(TrainerOptions) && _encoder is not null
                    ? AddHeadAndSave(current, set, NextVersion(), share: true, stoppingToken)
                    : TrainAndSave(set, NextVersion(), withHead: true, share: true, stoppingToken);
            }, stoppingToken).ConfigureAwait(false);
            Serve(model);
            SetStatus($"ready: version {model.Info.Version}, {model.Intents.Count} intents");
            Prune();
            OnLearned(model);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            SetStatus("ready (training the current model failed: " + ex.Message + ")");
            _logger.LogError(ex, "Training the intent model for the current data failed; the saved version keeps serving.");
        }
        finally
        {
            Volatile.Write(ref _retrainsDone, claimed);
        }
    }

    private bool NeedsHead(IntentModel model) => _encoder is not null && (model.Head is null || model.Info.Encoder != _encoderId);

    /// <summary>The shared model cache's copy of the model for <paramref name="hash"/>, when there is a readable one.</summary>
    private IntentModel? SharedCopy(string hash)
    {
        if (_options.ModelCache is not { } cache || Path.Combine(cache, $"model-{hash}.bin") is not { } cached || !File.Exists(cached) || TryInfo(cached)?.DataHash != hash)
        {
            return null;
        }

        try
        {
            return IntentModel.Load(cached);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return null; // being replaced by another process, or damaged: train instead
        }
    }

    /// <summary>Saves a model from the shared cache as this node's next version.</summary>
    private IntentModel Adopt(IntentModel model)
    {
        var version = NextVersion();
        model = model.WithInfo(model.Info with { Version = version });
        model.Save(VersionPath(version));
        return model;
    }

    private int NextVersion() => Math.Max(Versions().Select(v => v.Version).DefaultIfEmpty(0).Max(), _current?.Info.Version ?? 0) + 1;

    /// <summary>Puts a copy in the shared model cache (when set) for other nodes and test runs.</summary>
    private void ShareModel(IntentModel model)
    {
        if (_options.ModelCache is not { } shared)
        {
            return;
        }

        System.IO.Directory.CreateDirectory(shared);
        var temp = Path.Combine(shared, $"model-{model.Info.DataHash}.{Environment.ProcessId}.tmp");
        File.Copy(VersionPath(model.Info.Version), temp, overwrite: true);
        File.Move(temp, Path.Combine(shared, $"model-{model.Info.DataHash}.bin"), overwrite: true);
    }

    private IntentModel AddHeadAndSave(IntentModel model, IntentTrainingSet set, int version, bool share, CancellationToken cancellationToken)
    {
        SetStatus($"training version {version}: encoder head");
        var withHead = IntentTrainer.AddHead(model, set, TrainerOptions, _encoder!, VectorDirectory, cancellationToken);
        withHead = withHead.WithInfo(withHead.Info with { Version = version });
        withHead.Save(VersionPath(version));
        if (share)
        {
            ShareModel(withHead);
        }

        _logger.LogInformation("Intent model version {Version}: the {Encoder} head added ({Seconds:0.0} s in all).", version, withHead.Info.Encoder, withHead.Info.TrainingSeconds);
        return withHead;
    }

    /// <param name="set">The data.</param>
    /// <param name="version">The new version's number.</param>
    /// <param name="withHead">Whether to add the semantic half (when the node has an encoder).</param>
    /// <param name="share">Whether to copy the result to the shared model cache (start-up training only: a retrain's data is this node's own).</param>
    /// <param name="cancellationToken">Stops training.</param>
    private IntentModel TrainAndSave(IntentTrainingSet set, int version, bool withHead, bool share, CancellationToken cancellationToken)
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
        if (withHead && _encoder is not null)
        {
            return AddHeadAndSave(model, set, version, share, cancellationToken);
        }

        model.Save(VersionPath(version));
        if (share)
        {
            ShareModel(model);
        }

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
