using LocalMesh.Specialists.Intents;
using Microsoft.Extensions.AI;

namespace LocalMesh.Evaluation.Intents;

/// <summary>
/// K-fold cross-validation on a training set (CLINC150's train + oos_train): each fold's model is trained on the other
/// folds and scores the held-out one, so every example gets an out-of-fold score. The decision settings (threshold,
/// blend weight, fast-path margin) are chosen from these scores, never from a validation or test split.
/// </summary>
public static class IntentCrossValidation
{
    /// <summary>Out-of-fold scores of every example of <paramref name="set"/> (folds stratified by intent, deterministic).</summary>
    /// <param name="set">The training data.</param>
    /// <param name="options">Training settings.</param>
    /// <param name="folds">How many folds.</param>
    /// <param name="encoder">The sentence encoder, or null for the lexical half alone.</param>
    /// <param name="vectorDirectory">Where encoded training texts are cached.</param>
    /// <param name="progress">Receives a line per fold.</param>
    /// <param name="cancellationToken">Stops training.</param>
    public static (IntentModel Model, List<IntentScores> Scores) Run(IntentTrainingSet set, IntentTrainerOptions options, int folds, IEmbeddingGenerator<string, Embedding<float>>? encoder, string vectorDirectory, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var fold = new int[set.Examples.Count];
        foreach (var group in set.Examples.Select((e, i) => (e, i)).GroupBy(p => p.e.Intent))
        {
            var k = 0;
            foreach (var (_, i) in group)
            {
                fold[i] = k++ % folds;
            }
        }

        var scores = new List<IntentScores>(set.Examples.Count);
        IntentModel? last = null;
        for (var f = 0; f < folds; f++)
        {
            var train = new IntentTrainingSet([.. set.Examples.Where((_, i) => fold[i] != f)], set.Domains, set.Corrections);
            var held = set.Examples.Where((_, i) => fold[i] == f).ToList();
            var model = IntentTrainer.Train(train, options, cancellationToken: cancellationToken);
            float[][]? vectors = null;
            if (encoder is not null)
            {
                model = IntentTrainer.AddHead(model, train, options, encoder, vectorDirectory, cancellationToken);
                vectors = IntentVectorCache.Encode(encoder, [.. held.Select(e => e.Text)], vectorDirectory, cancellationToken);
            }

            scores.AddRange(IntentEvaluation.Score(model, held, vectors));
            progress?.Invoke($"fold {f + 1}/{folds}: trained on {train.Examples.Count}, scored {held.Count}");
            last = model;
        }

        return (last!, scores);
    }

    /// <summary>
    /// The threshold with the best balanced score — the mean of in-scope accuracy and out-of-scope recall, the paper's
    /// two measures weighed alike whatever the mix of queries — on out-of-fold <paramref name="scores"/>.
    /// </summary>
    public static IntentEvaluationRow Best(IntentModel model, IReadOnlyList<IntentScores> scores, float weight, float fastPath, IReadOnlyList<float> thresholds, float? lexicalTemperature = null) =>
        IntentEvaluation.Rows(model, scores, thresholds, weight, fastPath, lexicalTemperature).Rows
            .Where(r => thresholds.Contains(r.Threshold))
            .MaxBy(r => r.InScopeAccuracy + r.OutOfScopeRecall)!;
}
