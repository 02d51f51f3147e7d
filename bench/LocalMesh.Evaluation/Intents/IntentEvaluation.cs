using System.Diagnostics;
using LocalMesh.Specialists.Intents;

namespace LocalMesh.Evaluation.Intents;

/// <summary>
/// Scores a model the way CLINC150's paper does: in-scope accuracy (an in-scope query counts only if its intent is
/// right and it is not flagged out-of-scope) and out-of-scope recall, at several thresholds; plus the cascade view
/// (share answered locally, and the share of local answers that should have escalated) and latency.
/// </summary>
public static class IntentEvaluation
{
    /// <summary>Evaluates <paramref name="model"/> on labelled in-scope and out-of-scope examples.</summary>
    public static IntentEvaluationReport Evaluate(IntentModel model, IReadOnlyList<IntentExample> inScope, IReadOnlyList<IntentExample> outOfScope, IReadOnlyList<float>? thresholds = null)
    {
        // One pass with threshold 0 keeps each prediction; the thresholds are then applied to the kept confidences.
        var timings = new List<double>(inScope.Count + outOfScope.Count);
        (IntentPrediction Prediction, IntentExample Example) Run(IntentExample e)
        {
            var started = Stopwatch.GetTimestamp();
            var prediction = model.Classify(e.Text, 0f);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            return (prediction, e);
        }

        var ins = inScope.Select(Run).ToList();
        var oos = outOfScope.Select(Run).ToList();
        var rows = new List<IntentEvaluationRow>();
        foreach (var threshold in (thresholds ?? [0f, 0.1f, 0.2f, 0.3f, model.Info.Threshold, 0.4f, 0.5f, 0.6f, 0.7f]).Distinct().Order())
        {
            bool Local(IntentPrediction p) => IntentModel.IsInScope(p.Confidence, p.OutOfScope, threshold);
            var correct = ins.Count(r => Local(r.Prediction) && r.Prediction.Intent == r.Example.Intent);
            var oosCaught = oos.Count(r => !Local(r.Prediction));
            var local = ins.Count(r => Local(r.Prediction)) + oos.Count(r => Local(r.Prediction));
            var wrongLocal = oos.Count(r => Local(r.Prediction));
            var misrouted = ins.Count(r => Local(r.Prediction) && r.Prediction.Intent != r.Example.Intent);
            var total = ins.Count + oos.Count;
            rows.Add(new IntentEvaluationRow(
                threshold,
                ins.Count == 0 ? 0 : (double)correct / ins.Count,
                oos.Count == 0 ? 0 : (double)oosCaught / oos.Count,
                total == 0 ? 0 : (double)local / total,
                local == 0 ? 0 : (double)wrongLocal / local,
                local == 0 ? 0 : (double)misrouted / local,
                threshold == model.Info.Threshold));
        }

        timings.Sort();
        double Percentile(double p) => timings.Count == 0 ? 0 : timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(p * timings.Count) - 1)];
        return new IntentEvaluationReport(rows, ins.Count, oos.Count, Percentile(0.5), Percentile(0.99));
    }
}

/// <summary>The results of <see cref="IntentEvaluation.Evaluate"/>.</summary>
public sealed record IntentEvaluationReport(IReadOnlyList<IntentEvaluationRow> Rows, int InScopeCount, int OutOfScopeCount, double P50Microseconds, double P99Microseconds);

/// <summary>One threshold's results.</summary>
/// <param name="Threshold">The confidence threshold.</param>
/// <param name="InScopeAccuracy">In-scope queries with the right intent and kept local.</param>
/// <param name="OutOfScopeRecall">Out-of-scope queries that escalate.</param>
/// <param name="LocalShare">All queries answered locally.</param>
/// <param name="WrongLocalShare">Local answers to out-of-scope queries (should have escalated), as a share of local answers.</param>
/// <param name="MisroutedShare">Local answers with the wrong in-scope intent, as a share of local answers.</param>
/// <param name="IsDefault">Whether this is the model's own threshold.</param>
public sealed record IntentEvaluationRow(float Threshold, double InScopeAccuracy, double OutOfScopeRecall, double LocalShare, double WrongLocalShare, double MisroutedShare, bool IsDefault);
