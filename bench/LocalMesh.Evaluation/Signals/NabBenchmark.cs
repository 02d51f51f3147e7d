using LocalMesh.Signals.Detection;

namespace LocalMesh.Evaluation.Signals;

/// <summary>
/// Runs the signal detector over every NAB series as a stream (a fresh detector per series, the same
/// options for all, labels never shown to it), and scores the result with <see cref="NabScorer"/>.
/// </summary>
public static class NabBenchmark
{
    /// <summary>The detector name used in NAB result paths.</summary>
    public const string DetectorName = "localmesh";

    /// <summary>Scores every file of <paramref name="corpus"/> with a fresh detector; runs files in parallel.</summary>
    public static IReadOnlyList<NabSeries> Detect(IReadOnlyList<NabDataFile> corpus, SignalDetectorOptions options)
    {
        var result = new NabSeries[corpus.Count];
        Parallel.For(0, corpus.Count, i =>
        {
            var file = corpus[i];
            var detector = new SignalDetector(options);
            var scores = new double[file.Values.Length];
            for (int j = 0; j < scores.Length; j++) scores[j] = detector.Update(file.Values[j], file.Timestamps[j]);
            result[i] = new NabSeries(file.Name, file.Timestamps, scores, file.Windows);
        });
        return result;
    }

    /// <summary>Scores <paramref name="series"/> for the three NAB profiles.</summary>
    public static IReadOnlyList<NabProfileScore> Score(IReadOnlyList<NabSeries> series) =>
        [.. NabProfile.All.Select(p => NabScorer.Score(series, p))];

    /// <summary>How many labelled windows have a score ≥ <paramref name="threshold"/> inside them after the probationary period.</summary>
    public static int WindowsFound(IReadOnlyList<NabSeries> series, double threshold)
    {
        int found = 0;
        foreach (var s in series)
        {
            int start = (int)Math.Ceiling(NabScorer.ProbationaryLength(s.Timestamps.Count));
            foreach (var w in s.Windows)
                for (int i = start; i < s.Timestamps.Count; i++)
                    if (s.Timestamps[i] >= w.Start && s.Timestamps[i] <= w.End && s.Scores[i] >= threshold) { found++; break; }
        }
        return found;
    }
}
