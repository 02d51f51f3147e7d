namespace LocalMesh.Evaluation.Signals;

/// <summary>A labelled anomaly window: both ends are timestamps of the series, inclusive.</summary>
public readonly record struct NabWindow(DateTime Start, DateTime End);
