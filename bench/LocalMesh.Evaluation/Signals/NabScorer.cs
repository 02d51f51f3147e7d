namespace LocalMesh.Evaluation.Signals;

/// <summary>
/// NAB's published scoring rules (numenta/NAB v1.1, <c>nab/sweeper.py</c>, <c>optimizer.py</c>, <c>runner.py</c>),
/// re-implemented line for line so that its numbers agree with the official scorer on the same files.
/// A point's weighted score is the scaled sigmoid of its position relative to the window it is in (or the
/// window before it, for a false positive); only the best (that is, first) detection in a window counts;
/// points in the probationary period (the first 15%, at most 750) are not scored; a window with no
/// detection costs the profile's FN weight. The threshold is the one that maximises the corpus score, and
/// the score is normalised so that the null detector scores 0 and a perfect one 100. Stateless, thread-safe.
/// </summary>
public static class NabScorer
{
    /// <summary>Share of each series not scored (NAB's <c>probationaryPercent</c>).</summary>
    public const double ProbationPercent = 0.15;

    /// <summary>The threshold NAB's sweep starts from: above every score, so nothing is detected.</summary>
    public const double StartThreshold = 1.1;

    private const int OutsideWindow = -1;
    private const int Probationary = -2;

    /// <summary>One row's anomaly score, its weighted NAB score if it were a detection, and its window id.</summary>
    internal readonly record struct SweepPoint(double AnomalyScore, double SweepScore, int Window);

    /// <summary>NAB's scaled sigmoid: 2·σ(−5x) − 1, and −1 beyond x = 3.</summary>
    public static double ScaledSigmoid(double relativePosition) =>
        relativePosition > 3.0 ? -1.0 : 2.0 / (1.0 + Math.Exp(5.0 * relativePosition)) - 1.0;

    /// <summary>Number of rows NAB leaves unscored at the start of a series of <paramref name="rows"/> rows.</summary>
    public static double ProbationaryLength(int rows) => Math.Min(Math.Floor(ProbationPercent * rows), ProbationPercent * 5000);

    /// <summary>
    /// <c>Sweeper.calcSweepScore</c>: the weighted score of every row as if it were a detection. Window ids
    /// start at <paramref name="windowIdBase"/>; returns the next free id.
    /// </summary>
    internal static int Sweep(NabSeries series, NabProfile profile, int windowIdBase, List<SweepPoint> into)
    {
        var timestamps = series.Timestamps;
        if (timestamps.Count != series.Scores.Count)
            throw new ArgumentException($"{series.Name}: {timestamps.Count} timestamps but {series.Scores.Count} scores.");
        double maxTp = ScaledSigmoid(-1.0);
        double probationaryLength = ProbationaryLength(timestamps.Count);
        int nextWindow = 0, windowId = windowIdBase;
        NabWindow? current = null;
        int curName = OutsideWindow;
        double curWidth = 0, prevWidth = 0;
        int curRight = 0;
        int? prevRight = null;
        for (int i = 0; i < timestamps.Count; i++)
        {
            var t = timestamps[i];
            if (nextWindow < series.Windows.Count && t == series.Windows[nextWindow].Start)
            {
                current = series.Windows[nextWindow++];
                curName = windowId++;
                curRight = IndexOf(timestamps, current.Value.End);
                curWidth = curRight - IndexOf(timestamps, current.Value.Start) + 1;
            }

            double weighted;
            if (current is not null)
            {
                double position = -(curRight - i + 1) / curWidth;
                weighted = ScaledSigmoid(position) * profile.TpWeight / maxTp;
            }
            else
            {
                double unweighted = prevRight is null ? -1.0 : ScaledSigmoid(Math.Abs(prevRight.Value - i) / (prevWidth - 1));
                weighted = unweighted * profile.FpWeight;
            }

            into.Add(new SweepPoint(series.Scores[i], weighted, i >= probationaryLength ? curName : Probationary));

            if (current is not null && t == current.Value.End)
            {
                prevRight = i;
                prevWidth = curWidth;
                current = null;
                curName = OutsideWindow;
            }
        }
        return windowId;
    }

    private static int IndexOf(IReadOnlyList<DateTime> timestamps, DateTime t)
    {
        for (int i = 0; i < timestamps.Count; i++)
            if (timestamps[i] == t) return i;
        throw new ArgumentException($"Window limit {t:yyyy-MM-dd HH:mm:ss} is not a timestamp of the series.");
    }

    /// <summary><c>Sweeper.calcScoreByThreshold</c>: the score and counts at every distinct threshold, highest first.</summary>
    internal static List<NabThresholdScore> ScoresByThreshold(List<SweepPoint> points, NabProfile profile)
    {
        var scorable = points.Where(p => p.Window != Probationary).ToList();
        // Stable, descending by anomaly score (Python's sorted(reverse=True) keeps ties in order).
        scorable = [.. scorable.OrderByDescending(p => p.AnomalyScore)];
        var windowParts = new Dictionary<int, double>();
        foreach (var p in scorable)
            if (p.Window != OutsideWindow) windowParts[p.Window] = -profile.FnWeight;
        double fpPart = 0;
        double windowSum = windowParts.Values.Sum();

        int tn = scorable.Count(p => p.Window == OutsideWindow), fn = scorable.Count - tn, tp = 0, fp = 0;
        double threshold = StartThreshold;
        var result = new List<NabThresholdScore>();
        foreach (var p in scorable)
        {
            if (p.AnomalyScore != threshold)
            {
                result.Add(new NabThresholdScore(threshold, fpPart + windowSum, tp, tn, fp, fn));
                threshold = p.AnomalyScore;
            }
            if (p.Window == OutsideWindow)
            {
                fp++; tn--;
                fpPart += p.SweepScore;
            }
            else
            {
                tp++; fn--;
                double old = windowParts[p.Window];
                if (p.SweepScore > old)
                {
                    windowParts[p.Window] = p.SweepScore;
                    windowSum += p.SweepScore - old;
                }
            }
        }
        result.Add(new NabThresholdScore(threshold, fpPart + windowSum, tp, tn, fp, fn));
        return result;
    }

    /// <summary>
    /// <c>Sweeper.scoreDataSet</c>'s choice of row for a fixed threshold: the row of that threshold, or
    /// else the last row above it.
    /// </summary>
    internal static NabThresholdScore? AtThreshold(List<NabThresholdScore> rows, double threshold)
    {
        NabThresholdScore? previous = null;
        foreach (var row in rows)
        {
            if (row.Threshold == threshold) return row;
            if (row.Threshold < threshold) return previous;
            previous = row;
        }
        return null;
    }

    /// <summary>
    /// Scores a whole corpus for one profile: optimises the threshold over all series together, scores each
    /// series at it, and normalises the total against the null detector (a constant score, never detecting)
    /// and a perfect one (every window found at its left edge).
    /// </summary>
    public static NabProfileScore Score(IReadOnlyList<NabSeries> corpus, NabProfile profile) => Score(corpus, profile, null);

    /// <summary>
    /// Scores a corpus at a fixed <paramref name="threshold"/> (e.g. the node's alert threshold) instead of the optimal one;
    /// null optimises it, as NAB does.
    /// </summary>
    public static NabProfileScore Score(IReadOnlyList<NabSeries> corpus, NabProfile profile, double? threshold)
    {
        var all = new List<SweepPoint>();
        var perSeries = new List<(NabSeries Series, List<SweepPoint> Points)>();
        int windowId = 0, windowCount = 0;
        foreach (var series in corpus)
        {
            var points = new List<SweepPoint>(series.Timestamps.Count);
            windowId = Sweep(series, profile, windowId, points);
            windowCount += series.Windows.Count;
            perSeries.Add((series, points));
            all.AddRange(points);
        }

        // optimizer.py: the first row of the list sorted (stably) by score, descending.
        NabThresholdScore best = default;
        bool first = true;
        foreach (var row in ScoresByThreshold(all, profile))
            if (first || row.Score > best.Score) { best = row; first = false; }
        if (threshold is { } fixedThreshold) best = best with { Threshold = fixedThreshold };

        var files = new List<NabSeriesScore>(perSeries.Count);
        double total = 0;
        foreach (var (series, points) in perSeries)
        {
            var rows = ScoresByThreshold(points, profile);
            var row = AtThreshold(rows, best.Threshold) ?? rows[^1]; // below every score: everything is a detection
            files.Add(new NabSeriesScore(series.Name, row));
            total += row.Score;
        }

        double nullScore = NullScore(perSeries.Select(s => s.Points), profile);
        double perfect = windowCount * profile.TpWeight;
        double normalized = perfect == nullScore ? 0 : 100 * (total - nullScore) / (perfect - nullScore);
        return new NabProfileScore(profile, best.Threshold, total, nullScore, perfect, normalized, files);
    }

    /// <summary>The raw score of NAB's null detector (constant 0.5 everywhere), scored the same way.</summary>
    private static double NullScore(IEnumerable<List<SweepPoint>> series, NabProfile profile)
    {
        var all = series.SelectMany(points => points.Select(p => p with { AnomalyScore = 0.5 })).ToList();
        return ScoresByThreshold(all, profile).Max(r => r.Score);
    }
}
