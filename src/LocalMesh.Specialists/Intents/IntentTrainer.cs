using System.Diagnostics;

namespace LocalMesh.Intents;

/// <summary>Trains an <see cref="IntentModel"/> from an <see cref="IntentTrainingSet"/>: vocabulary, then the networks in parallel.</summary>
public static class IntentTrainer
{
    /// <summary>Trains a model. Deterministic for the same data and options.</summary>
    /// <param name="set">The data.</param>
    /// <param name="options">Settings.</param>
    /// <param name="version">The version recorded in the model.</param>
    /// <param name="progress">Receives the share done (0 to 1).</param>
    /// <param name="cancellationToken">Stops training.</param>
    public static IntentModel Train(IntentTrainingSet set, IntentTrainerOptions options, int version = 1, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.StartNew();
        var examples = set.Examples.Concat(set.Corrections.SelectMany(c => Enumerable.Repeat(c, options.CorrectionWeight))).ToList();
        var intents = examples.Select(e => e.Intent).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (intents.All(i => i == IntentModel.OutOfScope) || examples.Count == 0)
        {
            throw new ArgumentException("There is nothing to train: no in-scope examples.", nameof(set));
        }

        var index = intents.Select((intent, i) => (intent, i)).ToDictionary(p => p.intent, p => p.i, StringComparer.Ordinal);
        var vocabulary = IntentVocabulary.Build(examples.Select(e => e.Text), options.MinFeatureCount);
        var x = examples.Select(e => vocabulary.Vectorize(e.Text)).ToList();
        var y = examples.Select(e => index[e.Intent]).ToArray();
        progress?.Report(0.05);

        var done = new double[options.Networks];
        var networks = new SparseMlp[options.Networks];
        Parallel.For(0, options.Networks, new ParallelOptions { CancellationToken = cancellationToken }, n =>
        {
            var report = progress is null ? null : new InlineProgress(p =>
            {
                lock (done)
                {
                    done[n] = p;
                    progress.Report(0.05 + (0.95 * done.Sum() / done.Length));
                }
            });
            networks[n] = SparseMlp.Train(x, y, intents.Length, vocabulary.Count, options.Network with { Seed = options.Network.Seed + n }, report, cancellationToken);
        });

        var domains = intents.Select(i => i == IntentModel.OutOfScope ? IntentModel.OutOfScope : set.Domains.GetValueOrDefault(i, IntentTrainingSet.CustomDomain)).ToArray();
        var info = new IntentModelInfo
        {
            Version = version,
            TrainedAt = DateTimeOffset.UtcNow,
            Threshold = options.Threshold,
            Examples = set.Examples.Count,
            Corrections = set.Corrections.Count,
            DataHash = set.Hash(options),
            TrainingSeconds = Math.Round(started.Elapsed.TotalSeconds, 2),
        };
        return new IntentModel(vocabulary, networks, intents, domains, info);
    }

}
/// <summary>Training settings. The defaults were chosen on CLINC150's validation split (docs/intents.md).</summary>
public sealed record IntentTrainerOptions
{
    /// <summary>Networks in the ensemble (trained in parallel; their probabilities are averaged).</summary>
    public int Networks { get; init; } = 2;

    /// <summary>Features seen in fewer examples are dropped.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>The confidence below which a request escalates.</summary>
    public float Threshold { get; init; } = 0.4f;

    /// <summary>How many times a correction counts as an ordinary example.</summary>
    public int CorrectionWeight { get; init; } = 5;

    /// <summary>How each network is trained.</summary>
    public SparseMlpOptions Network { get; init; } = new();
}
