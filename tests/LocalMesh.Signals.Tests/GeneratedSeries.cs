namespace LocalMesh.Signals.Tests;

/// <summary>Seeded synthetic series for the detector's property tests: 5-minute points from a fixed start.</summary>
internal static class GeneratedSeries
{
    public static readonly DateTime Start = new(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    public static DateTime TimeOf(int i) => Start + i * Step;

    /// <summary>Gaussian white noise, mean <paramref name="mean"/>, standard deviation <paramref name="sd"/>.</summary>
    public static double[] Noise(int n, int seed, double mean = 50, double sd = 1)
    {
        var random = new Random(seed);
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
            x[i] = mean + sd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }
        return x;
    }

    /// <summary>Runs a fresh detector over <paramref name="values"/> and returns every score.</summary>
    public static double[] Scores(double[] values, LocalMesh.Signals.Detection.SignalDetector? detector = null)
    {
        detector ??= new LocalMesh.Signals.Detection.SignalDetector();
        var scores = new double[values.Length];
        for (int i = 0; i < values.Length; i++) scores[i] = detector.Update(values[i], TimeOf(i));
        return scores;
    }

    /// <summary>Indexes whose score is an alert (≥ 0.5, the default threshold).</summary>
    public static List<int> Alerts(double[] scores, int from = 0) =>
        [.. Enumerable.Range(from, scores.Length - from).Where(i => scores[i] >= 0.5)];
}
