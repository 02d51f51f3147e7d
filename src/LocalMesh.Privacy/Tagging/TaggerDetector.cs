using LocalMesh.Privacy.Detection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// The node's detector for names, street addresses, organisations and locations. At start it loads the built-in
/// tagger from <c>{data}/privacy</c> (or <see cref="PrivacyOptions.ModelCache"/>), or trains it in the background.
/// A scan that comes before it is ready waits for it: the guard never lets text through unscanned. Thread-safe.
/// </summary>
public sealed class TaggerDetector : BackgroundService, IEntityDetector
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(2);

    private readonly TaskCompletionSource<EntityTagger> _tagger = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string[] _directories;
    private readonly ILogger<TaggerDetector> _logger;
    private volatile string _status = "starting";

    /// <summary>Creates the detector.</summary>
    public TaggerDetector(PrivacyOptions options, string dataDir, ILogger<TaggerDetector> logger)
    {
        _logger = logger;
        _directories = [Path.GetFullPath(Path.Combine(dataDir, "privacy")), .. options.ModelCache is { } cache ? [Path.GetFullPath(cache)] : Array.Empty<string>()];
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => SentenceTemplates.NamedTypes;

    /// <summary>What the tagger is doing (<c>training 40%</c>, <c>ready</c>, <c>failed: ...</c>).</summary>
    public string Status => _status;

    /// <summary>Completes when the tagger is in use.</summary>
    public Task Ready => _tagger.Task;

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        var ready = _tagger.Task;
        if (!ready.IsCompleted && !ready.Wait(MaxWait))
        {
            throw new TimeoutException("The entity tagger is still training; the text was not scanned. Retry shortly.");
        }

        return ready.Result.Detect(text);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var last = -1;
            var progress = new InlineProgress<double>(p =>
            {
                var percent = (int)(p * 10) * 10;
                if (Interlocked.Exchange(ref last, percent) != percent)
                {
                    _status = $"training {percent}%";
                }
            });
            var tagger = await Task.Run(
                () => BuiltInTagger.LoadOrTrain(_directories, m => _logger.LogInformation("{Message}", m), progress, stoppingToken), stoppingToken)
                .ConfigureAwait(false);
            _status = "ready";
            _tagger.TrySetResult(tagger);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _tagger.TrySetCanceled(stoppingToken);
        }
        catch (Exception ex)
        {
            _status = "failed: " + ex.Message;
            _logger.LogError(ex, "The entity tagger could not be loaded or trained; requests to redacted tiers fail until it is fixed.");
            _tagger.TrySetException(ex);
        }
    }
}
