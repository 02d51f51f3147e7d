using System.Diagnostics;
using Microsoft.Extensions.AI;

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
        var examples = Examples(set, options);
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
    /// Adds the semantic half to a lexical model: an <see cref="EncoderHead"/> trained on the encoder's vectors of the same
    /// examples (read from <see cref="IntentVectorCache"/> in <paramref name="vectorDirectory"/>, or encoded and added to it).
    /// </summary>
    /// <param name="model">The lexical model trained from <paramref name="set"/>.</param>
    /// <param name="set">The data.</param>
    /// <param name="options">Settings (the head's, the blend weight, the fast path).</param>
    /// <param name="encoder">The sentence encoder.</param>
    /// <param name="vectorDirectory">Where encoded training texts are cached.</param>
    /// <param name="cancellationToken">Stops encoding and training.</param>
    public static IntentModel AddHead(IntentModel model, IntentTrainingSet set, IntentTrainerOptions options, IEmbeddingGenerator<string, Embedding<float>> encoder, string vectorDirectory, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.StartNew();
        var examples = Examples(set, options);
        var vectors = IntentVectorCache.Encode(encoder, [.. examples.Select(e => e.Text)], vectorDirectory, cancellationToken);
        var index = model.Intents.Select((intent, i) => (intent, i)).ToDictionary(p => p.intent, p => p.i, StringComparer.Ordinal);
        var head = EncoderHead.Train(vectors, [.. examples.Select(e => index[e.Intent])], model.Intents.Count, options.Head, cancellationToken);
        return model.WithHead(head, model.Info with
        {
            Encoder = IntentVectorCache.ModelId(encoder),
            Threshold = options.EncoderThreshold,
            EncoderWeight = options.EncoderWeight,
            LexicalTemperature = options.LexicalTemperature,
            FastPath = options.FastPath,
            TrainingSeconds = Math.Round(model.Info.TrainingSeconds + started.Elapsed.TotalSeconds, 2),
        });
    }

    /// <summary>The examples a model learns from: the set's, and each correction <see cref="IntentTrainerOptions.CorrectionWeight"/> times.</summary>
    internal static List<IntentExample> Examples(IntentTrainingSet set, IntentTrainerOptions options) =>
        [.. set.Examples.Concat(set.Corrections.SelectMany(c => Enumerable.Repeat(c, options.CorrectionWeight)))];

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

    /// <summary>The margin of the best intent over out-of-scope below which a request escalates, for a lexical-only model (chosen on CLINC150's validation split before the encoder existed).</summary>
    public float Threshold { get; init; } = 0.4f;

    /// <summary>The same margin for a model with its semantic half (chosen by 5-fold cross-validation on CLINC150 train + oos_train, docs/intents.md).</summary>
    public float EncoderThreshold { get; init; } = 0.55f;

    /// <summary>The semantic half's share of the blended probabilities (chosen by the same cross-validation).</summary>
    public float EncoderWeight { get; init; } = 0.5f;

    /// <summary>
    /// How much the lexical probabilities are softened before the blend (p^(1/T); chosen by the same cross-validation:
    /// at 1.25 the out-of-fold in-scope accuracy rose 0.4 points at the same out-of-scope recall, docs/intents.md).
    /// </summary>
    public float LexicalTemperature { get; init; } = 1.25f;

    /// <summary>
    /// The lexical margin at which the lexical answer stands without running the encoder. Out of fold, lexical answers
    /// this sure were 99.8% right and took 71% of queries; every lower margin let more out-of-scope queries through
    /// unexamined (docs/intents.md).
    /// </summary>
    public float FastPath { get; init; } = 0.999f;

    /// <summary>How the semantic half is trained.</summary>
    public EncoderHeadOptions Head { get; init; } = new();

    /// <summary>Whether to train on noisy copies of the examples too (see <see cref="IntentTrainer.Augment"/>).</summary>
    public bool Augment { get; init; } = true;

    /// <summary>How many times a correction counts as an ordinary example.</summary>
    public int CorrectionWeight { get; init; } = 5;

    /// <summary>How each network is trained.</summary>
    public SparseMlpOptions Network { get; init; } = new();
}
