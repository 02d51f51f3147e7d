namespace LocalMesh.Evaluation.Signals;

/// <summary>
/// One scored series: its timestamps, the detector's anomaly scores (same length), and its labelled
/// windows, in time order. <see cref="Name"/> is the NAB relative path (e.g. <c>realKnownCause/nyc_taxi.csv</c>).
/// </summary>
public sealed record NabSeries(string Name, IReadOnlyList<DateTime> Timestamps, IReadOnlyList<double> Scores,
    IReadOnlyList<NabWindow> Windows);
