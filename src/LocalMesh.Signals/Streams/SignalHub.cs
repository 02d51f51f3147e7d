using System.Collections.Concurrent;
using LocalMesh.Signals.Detection;
using LocalMesh.Signals.Storage;

namespace LocalMesh.Signals.Streams;

/// <summary>What one batch did: points accepted, the stream's total, its alerts, and (when asked) every point's score.</summary>
public sealed record IngestResult(string Stream, int Accepted, long Points, IReadOnlyList<SignalAlert> Alerts, IReadOnlyList<double>? Scores);

/// <summary>
/// The node's signal streams. A stream is created on first use; each batch is checked whole (finite values,
/// timestamps strictly increasing and later than the stream's last) before any point is learned, runs on a copy
/// of the stream's state, is stored with its alerts in one transaction, and only then becomes the stream's state
/// — so a refused or failed batch leaves nothing behind. Alerts go to every <see cref="ISignalAlertSink"/> after
/// the batch is stored. Thread-safe: batches of one stream are serialised, different streams run in parallel.
/// </summary>
public sealed class SignalHub
{
    private readonly ConcurrentDictionary<string, SignalStream> _streams = new(StringComparer.Ordinal);
    private readonly SignalsOptions _options;
    private readonly SignalDetectorOptions _detector;
    private readonly SignalStore? _store;
    private readonly IReadOnlyList<ISignalAlertSink> _sinks;

    /// <summary>Creates the hub and loads the stored streams.</summary>
    /// <param name="options">The signals configuration.</param>
    /// <param name="store">Where streams persist; null keeps them in memory only.</param>
    /// <param name="sinks">Where alerts go.</param>
    /// <param name="detector">The detector's hyper-parameters (the defaults unless a benchmark says otherwise).</param>
    public SignalHub(SignalsOptions options, SignalStore? store, IEnumerable<ISignalAlertSink> sinks, SignalDetectorOptions? detector = null)
    {
        _options = options;
        _detector = detector ?? SignalDetectorOptions.Default;
        _store = store;
        _sinks = [.. sinks];
        foreach (var stored in store?.Load() ?? [])
            _streams[stored.Name] = new SignalStream(stored.Name, stored.Settings, StreamState.Load(stored.State, _detector, options.ContextPoints));
    }

    /// <summary>The streams, by name.</summary>
    public IReadOnlyList<SignalStream> Streams => [.. _streams.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>The stream called <paramref name="name"/>, or null.</summary>
    public SignalStream? Find(string name) => _streams.GetValueOrDefault(name);

    /// <summary>A stream's latest stored alerts, newest first (empty without a store).</summary>
    public IReadOnlyList<SignalAlert> Alerts(string name, int limit) => _store?.Alerts(name, limit) ?? [];

    /// <summary>Sets a stream's settings (creating it if needed) and stores them.</summary>
    /// <exception cref="SignalInputException">The name or the settings are invalid.</exception>
    public SignalStream Configure(string name, StreamSettings settings)
    {
        if (settings.Problem() is { } problem) throw new SignalInputException(problem, "invalid_settings", "settings");
        var stream = GetOrCreate(name);
        lock (stream.Gate)
        {
            _store?.Save(name, settings, stream.State, []);
            stream.Settings = settings;
        }
        return stream;
    }

    /// <summary>Scores and learns a batch of points of stream <paramref name="name"/> (created on first use).</summary>
    /// <exception cref="SignalInputException">The batch is refused; nothing of it was applied.</exception>
    public IngestResult Ingest(string name, IReadOnlyList<SignalPoint> points, bool returnScores = false)
    {
        if (points.Count == 0) throw new SignalInputException("The batch has no points.", "empty_batch", "points");
        if (points.Count > _options.MaxPointsPerBatch)
            throw new SignalInputException($"The batch has {points.Count} points; at most {_options.MaxPointsPerBatch} are accepted at once (LocalMesh:Signals:MaxPointsPerBatch).", "batch_too_large", "points");
        for (int i = 0; i < points.Count; i++)
        {
            if (!double.IsFinite(points[i].Value))
                throw new SignalInputException($"Point {i}: the value must be a finite number (it is {points[i].Value}).", "invalid_value", $"points[{i}].value");
            if (i > 0) CheckOrder(points[i - 1].Timestamp, points[i].Timestamp, i);
        }

        var stream = GetOrCreate(name);
        var alerts = new List<SignalAlert>();
        double[]? scores = returnScores ? new double[points.Count] : null;
        StreamSettings settings;
        lock (stream.Gate)
        {
            settings = stream.Settings;
            if (stream.State.LastTimestamp is { } last) CheckOrder(last, points[0].Timestamp, 0, stored: true);
            var next = stream.State.Clone();
            var gap = TimeSpan.FromSeconds(settings.MinGapSeconds);
            for (int i = 0; i < points.Count; i++)
            {
                var point = points[i];
                double score = next.Add(point);
                if (settings.Sensitivity != 1) score = SignalDetector.ToScore(Surprise(score) * settings.Sensitivity);
                if (scores is not null) scores[i] = score;
                if (score < _options.AlertThreshold || next.LastAlert is { } previous && point.Timestamp - previous < gap) continue;
                next.LastAlert = point.Timestamp;
                next.Alerts++;
                var recent = next.Recent();
                alerts.Add(new SignalAlert(name, point.Timestamp, point.Value, score, next.Detector.Last.Feature, recent.Take(Math.Max(0, recent.Count - 1)).ToList()));
            }

            _store?.Save(name, settings, next, alerts);
            stream.State = next;
        }

        foreach (var alert in alerts)
            foreach (var sink in _sinks)
                sink.Publish(alert, settings);
        return new IngestResult(name, points.Count, stream.State.Points, alerts, scores);
    }

    private static double Surprise(double score) => score >= 1 ? SignalDetector.MaxSurprise : SignalDetector.AlertSurprise * score / (1 - score);

    private static void CheckOrder(DateTimeOffset before, DateTimeOffset t, int index, bool stored = false)
    {
        string what = stored ? "the stream's last stored point" : $"point {index - 1}";
        if (t == before)
            throw new SignalInputException($"Point {index} has the same timestamp as {what} ({t:O}); timestamps must be unique.", "duplicate_timestamp", $"points[{index}].timestamp");
        if (t < before)
            throw new SignalInputException($"Point {index} ({t:O}) is earlier than {what} ({before:O}); points must be in time order.", "out_of_order", $"points[{index}].timestamp");
    }

    private SignalStream GetOrCreate(string name)
    {
        if (!StreamNames.IsValid(name)) throw new SignalInputException($"'{Shorten(name)}' is not a valid stream name: {StreamNames.Rule}", "invalid_stream", "stream");
        return _streams.GetOrAdd(name, n => new SignalStream(n, _options.Streams.GetValueOrDefault(n) ?? new StreamSettings(),
            new StreamState(new SignalDetector(_detector), _options.ContextPoints)));
    }

    private static string Shorten(string? s) => s is null ? "" : s.Length > 40 ? s[..40] + "…" : s;
}
