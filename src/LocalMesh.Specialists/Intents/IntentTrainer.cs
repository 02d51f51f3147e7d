using System.Diagnostics;

namespace LocalMesh.Specialists.Intents;

/// <summary>Trains an <see cref="IntentModel"/> from an <see cref="IntentTrainingSet"/>: vocabulary, then the networks in parallel.</summary>
public static class IntentTrainer
{
    /// <summary>Trains a model. Deterministic for the same data and options.</summary>
    /// <param name="set">The data.</param>
    /// <param name="options">Settings.</param>
    /// <param name="version">The version recorded in the model.</param>
    /// <param name="progress">Receives the share done (0 to 1).</param>
    /// <param name="cancellationToken">Stops training.</param>
    /// <param name="time">The clock for the model's <see cref="IntentModelInfo.TrainedAt"/> (the node's); <see cref="TimeProvider.System"/> when null.</param>
    public static IntentModel Train(IntentTrainingSet set, IntentTrainerOptions options, int version = 1, IProgress<double>? progress = null, CancellationToken cancellationToken = default, TimeProvider? time = null)
    {
        // The training time stays on the stopwatch: it reports how long the CPU work took, which a fake clock cannot say.
        var started = Stopwatch.StartNew();
        var examples = set.Examples.Concat(set.Corrections.SelectMany(c => Enumerable.Repeat(c, options.CorrectionWeight))).ToList();
        var intents = examples.Select(e => e.Intent).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (intents.All(i => i == IntentModel.OutOfScope) || examples.Count == 0)
        {
            throw new ArgumentException("There is nothing to train: no in-scope examples.", nameof(set));
        }

        var index = intents.Select((intent, i) => (intent, i)).ToDictionary(p => p.intent, p => p.i, StringComparer.Ordinal);
        var vocabulary = IntentVocabulary.Build(examples.Select(e => e.Text), options.MinFeatureCount);
        var training = options.Augment ? Augment(examples) : examples;
        var x = training.Select(e => vocabulary.Vectorize(e.Text)).ToList();
        var y = training.Select(e => index[e.Intent]).ToArray();
        progress?.Report(0.05);

        var done = new double[options.Networks];
        var networks = new SparseMlp[options.Networks];
        Parallel.For(0, options.Networks, new ParallelOptions { CancellationToken = cancellationToken }, n =>
        {
            var report = progress is null ? null : new InlineProgress<double>(p =>
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
            TrainedAt = (time ?? TimeProvider.System).GetUtcNow(),
            Threshold = options.Threshold,
            Examples = set.Examples.Count,
            Corrections = set.Corrections.Count,
            DataHash = set.Hash(options),
            TrainingSeconds = Math.Round(started.Elapsed.TotalSeconds, 2),
        };
        return new IntentModel(vocabulary, networks, intents, domains, info);
    }

    /// <summary>
    /// Each example plus two noisy copies: one with a word left out, one with two neighbouring words swapped
    /// (deterministic). People leave words out and order them freely; the copies teach the model not to lean on any
    /// single word or order. The vocabulary comes from the originals only, so the model does not grow.
    /// </summary>
    internal static List<IntentExample> Augment(IReadOnlyList<IntentExample> examples)
    {
        var random = new Random(11);
        var result = new List<IntentExample>(examples.Count * 3);
        result.AddRange(examples);
        foreach (var e in examples)
        {
            var words = e.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 3)
            {
                continue;
            }

            var drop = random.Next(words.Length);
            result.Add(e with { Text = string.Join(' ', words.Where((_, i) => i != drop)) });
            var swap = random.Next(words.Length - 1);
            (words[swap], words[swap + 1]) = (words[swap + 1], words[swap]);
            result.Add(e with { Text = string.Join(' ', words) });
        }

        return result;
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

    /// <summary>Whether to train on noisy copies of the examples too (see <see cref="IntentTrainer.Augment"/>).</summary>
    public bool Augment { get; init; } = true;

    /// <summary>How many times a correction counts as an ordinary example.</summary>
    public int CorrectionWeight { get; init; } = 5;

    /// <summary>How each network is trained.</summary>
    public SparseMlpOptions Network { get; init; } = new();
}
