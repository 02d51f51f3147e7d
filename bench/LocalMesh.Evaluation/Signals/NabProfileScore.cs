namespace LocalMesh.Evaluation.Signals;

/// <summary>The score of one series at the corpus threshold.</summary>
public sealed record NabSeriesScore(string Name, NabThresholdScore Row);

/// <summary>
/// A corpus scored for one profile: the optimised threshold, the raw total, the null and perfect raw
/// scores it is normalised between, the normalised NAB score (0 = null, 100 = perfect), and each series' row.
/// </summary>
public sealed record NabProfileScore(NabProfile Profile, double Threshold, double Raw, double NullRaw, double PerfectRaw,
    double Normalized, IReadOnlyList<NabSeriesScore> Series);
