using System.Diagnostics;
using LocalMesh.Specialists.Intents;
using Microsoft.Extensions.AI;

namespace LocalMesh.Evaluation.Intents;

/// <summary>
/// Scores a model the way CLINC150's paper does: in-scope accuracy (an in-scope query counts only if its intent is
/// right and it is not flagged out-of-scope) and out-of-scope recall, at several thresholds; plus out-of-scope
/// precision and the cascade view (share answered locally, and the share of local answers that are wrong: an
/// out-of-scope query kept local, or an in-scope one answered with the wrong intent), and latency.
/// </summary>
public static class IntentEvaluation
{
    /// <summary>The thresholds reported unless others are asked for.</summary>
    public static readonly IReadOnlyList<float> DefaultThresholds = [0f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f];

    /// <summary>Evaluates <paramref name="model"/> on labelled in-scope and out-of-scope examples.</summary>
    /// <param name="model">The model.</param>
    /// <param name="inScope">In-scope examples.</param>
    /// <param name="outOfScope">Out-of-scope examples.</param>
    /// <param name="thresholds">The thresholds to report; the model's own is always added.</param>
    /// <param name="encoder">The sentence encoder for the semantic half, or null to score the lexical half alone.</param>
    public static IntentEvaluationReport Evaluate(IntentModel model, IReadOnlyList<IntentExample> inScope, IReadOnlyList<IntentExample> outOfScope, IReadOnlyList<float>? thresholds = null, IEmbeddingGenerator<string, Embedding<float>>? encoder = null)
    {
        // Latency is measured on the real path, one call per query (the encoder's cache of recent texts is bypassed by
        // classifying each text once); the probabilities are kept so every threshold is scored from one pass.
        var timings = new List<double>(inScope.Count + outOfScope.Count);
        foreach (var e in inScope.Concat(outOfScope))
        {
            var started = Stopwatch.GetTimestamp();
            model.Classify(e.Text, model.Info.Threshold, encoder);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }

        var scores = Score(model, [.. inScope, .. outOfScope], encoder is null || model.Head is null ? null : Vectors(encoder, [.. inScope, .. outOfScope]));
        var report = Rows(model, scores, thresholds, model.Info.EncoderWeight, model.Info.FastPath);
        timings.Sort();
        double Percentile(double p) => timings.Count == 0 ? 0 : timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(p * timings.Count) - 1)];
        return report with { P50Microseconds = Percentile(0.5), P99Microseconds = Percentile(0.99) };
    }

    /// <summary>The encoder's vectors of the examples' texts.</summary>
    public static float[][] Vectors(IEmbeddingGenerator<string, Embedding<float>> encoder, IReadOnlyList<IntentExample> examples)
    {
        var result = new List<float[]>(examples.Count);
        foreach (var chunk in examples.Chunk(256))
        {
            result.AddRange(encoder.GenerateAsync(chunk.Select(e => e.Text)).GetAwaiter().GetResult().Select(v => v.Vector.ToArray()));
        }

        return [.. result];
    }

    /// <summary>Each example's lexical probabilities, and its semantic ones when <paramref name="vectors"/> are given.</summary>
    public static List<IntentScores> Score(IntentModel model, IReadOnlyList<IntentExample> examples, IReadOnlyList<float[]>? vectors)
    {
        var result = new List<IntentScores>(examples.Count);
        for (var i = 0; i < examples.Count; i++)
        {
            var lexical = new float[model.Intents.Count];
            var features = model.LexicalProbabilities(examples[i].Text, lexical);
            float[]? semantic = null;
            if (vectors is not null && model.Head is { } head)
            {
                semantic = new float[model.Intents.Count];
                head.Probabilities(vectors[i], semantic);
            }

            result.Add(new IntentScores(lexical, semantic, features, examples[i].Intent));
        }

        return result;
    }

    /// <summary>
    /// The report's rows from kept scores, with a blend <paramref name="weight"/>, a <paramref name="fastPath"/> margin and a
    /// <paramref name="lexicalTemperature"/> (null: the model's own).
    /// </summary>
    public static IntentEvaluationReport Rows(IntentModel model, IReadOnlyList<IntentScores> scores, IReadOnlyList<float>? thresholds, float weight, float fastPath, float? lexicalTemperature = null)
    {
        var temperature = lexicalTemperature ?? model.Info.LexicalTemperature;
        var blended = new float[model.Intents.Count];
        var decided = new List<(IntentPrediction Prediction, string Label, bool Encoded)>(scores.Count);
        foreach (var s in scores)
        {
            s.Lexical.CopyTo(blended, 0);
            var encoded = s.Semantic is not null && model.LexicalMargin(s.Lexical) < fastPath;
            if (encoded)
            {
                IntentModel.Blend(blended, s.Semantic, weight, temperature);
            }

            decided.Add((model.Predict(blended, 0f, s.Features > 0 || encoded), s.Label, encoded));
        }

        var ins = decided.Where(d => d.Label != IntentModel.OutOfScope).ToList();
        var oos = decided.Where(d => d.Label == IntentModel.OutOfScope).ToList();
        var rows = new List<IntentEvaluationRow>();
        foreach (var threshold in (thresholds ?? DefaultThresholds).Append(model.Info.Threshold).Distinct().Order())
        {
            // Predicted at threshold 0, InScope says the text had evidence and its best intent beat out-of-scope.
            bool Local((IntentPrediction Prediction, string Label, bool Encoded) d) => d.Prediction.InScope && IntentModel.IsInScope(d.Prediction.Confidence, d.Prediction.OutOfScope, threshold);
            var correct = ins.Count(r => Local(r) && r.Prediction.Intent == r.Label);
            var oosLocal = oos.Count(Local);
            var local = ins.Count(Local) + oosLocal;
            var wrongIntent = ins.Count(r => Local(r) && r.Prediction.Intent != r.Label);
            var escalated = decided.Count - local;
            rows.Add(new IntentEvaluationRow(
                threshold,
                ins.Count == 0 ? 0 : (double)correct / ins.Count,
                oos.Count == 0 ? 0 : (double)(oos.Count - oosLocal) / oos.Count,
                escalated == 0 ? 0 : (double)(oos.Count - oosLocal) / escalated,
                decided.Count == 0 ? 0 : (double)local / decided.Count,
                local == 0 ? 0 : (double)(oosLocal + wrongIntent) / local,
                local == 0 ? 0 : (double)wrongIntent / local,
                threshold == model.Info.Threshold));
        }

        return new IntentEvaluationReport(rows, ins.Count, oos.Count, 0, 0) { EncodedShare = decided.Count == 0 ? 0 : (double)decided.Count(d => d.Encoded) / decided.Count };
    }
}

/// <summary>One example's class probabilities from each half of the model, kept so thresholds and blends can be scored without classifying again.</summary>
/// <param name="Lexical">The lexical half's probabilities.</param>
/// <param name="Semantic">The semantic half's, or null.</param>
/// <param name="Features">How many known features the text had (none: out of scope for the lexical half).</param>
/// <param name="Label">The right intent (or <c>oos</c>).</param>
public sealed record IntentScores(float[] Lexical, float[]? Semantic, int Features, string Label);

/// <summary>The results of <see cref="IntentEvaluation.Evaluate"/>.</summary>
public sealed record IntentEvaluationReport(IReadOnlyList<IntentEvaluationRow> Rows, int InScopeCount, int OutOfScopeCount, double P50Microseconds, double P99Microseconds)
{
    /// <summary>The share of queries for which the encoder ran (the rest took the lexical fast path).</summary>
    public double EncodedShare { get; init; }

    /// <summary>The row of the model's own threshold.</summary>
    public IntentEvaluationRow Default => Rows.First(r => r.IsDefault);
}

/// <summary>One threshold's results.</summary>
/// <param name="Threshold">The margin over out-of-scope a local answer needs.</param>
/// <param name="InScopeAccuracy">In-scope queries with the right intent and kept local.</param>
/// <param name="OutOfScopeRecall">Out-of-scope queries that escalate.</param>
/// <param name="OutOfScopePrecision">Escalated queries that are out of scope.</param>
/// <param name="LocalShare">All queries answered locally.</param>
/// <param name="WrongLocalShare">Wrong local answers (an out-of-scope query, or an in-scope one with the wrong intent), as a share of local answers.</param>
/// <param name="MisroutedShare">Local answers with the wrong in-scope intent, as a share of local answers.</param>
/// <param name="IsDefault">Whether this is the model's own threshold.</param>
public sealed record IntentEvaluationRow(float Threshold, double InScopeAccuracy, double OutOfScopeRecall, double OutOfScopePrecision, double LocalShare, double WrongLocalShare, double MisroutedShare, bool IsDefault);
