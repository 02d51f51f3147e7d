namespace LocalMesh.Evaluation.Signals;

/// <summary>The raw NAB score and the row counts when every score ≥ <see cref="Threshold"/> is a detection.</summary>
public readonly record struct NabThresholdScore(double Threshold, double Score, int Tp, int Tn, int Fp, int Fn);
