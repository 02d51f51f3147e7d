namespace LocalMesh.Privacy.Tagging;

/// <summary>Trains an <see cref="EntityTagger"/> from labelled sentences.</summary>
public static class EntityTaggerTrainer
{
    /// <summary>Trains on <paramref name="sentences"/> for the given entity types.</summary>
    /// <param name="sentences">Labelled sentences; entities of other types are ignored.</param>
    /// <param name="types">The entity types to learn.</param>
    /// <param name="gazetteer">Word lists the tagger uses as features (saved with it).</param>
    /// <param name="epochs">Passes over the data (shuffled each time).</param>
    /// <param name="dataHash">Recorded in the tagger, to know later what it was trained from.</param>
    /// <param name="dropout">The share of features left out of each training step.</param>
    /// <param name="progress">Receives the fraction done.</param>
    /// <param name="cancellationToken">Stops training.</param>
    public static EntityTagger Train(
        IReadOnlyList<LabelledText> sentences,
        IReadOnlyList<string> types,
        Gazetteer gazetteer,
        int epochs,
        string dataHash,
        double dropout = 0.25,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var typeIndex = types.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var model = new AveragedPerceptron(1 + (2 * types.Count));

        // The features that do not depend on earlier tags are computed once.
        var examples = sentences.Select(s => Prepare(s, gazetteer, typeIndex)).ToArray();
        var random = new Random(7);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        Span<ulong> truthDynamic = stackalloc ulong[TokenFeatures.DynamicCount];
        Span<ulong> guessDynamic = stackalloc ulong[TokenFeatures.DynamicCount];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            for (var n = 0; n < order.Length; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (prepared, allStatics, gold) = examples[order[n]];
                var statics = Dropout(allStatics, random, dropout);
                var guessed = ViterbiDecoder.Decode(prepared, statics, model);

                // Structured perceptron: reward the gold sequence's features, penalise the decoded one's, token by token.
                for (var i = 0; i < gold.Length; i++)
                {
                    model.Tick();
                    var goldPrevious = i > 0 ? gold[i - 1] : -1;
                    var guessPrevious = i > 0 ? guessed[i - 1] : -1;
                    if (gold[i] == guessed[i] && goldPrevious == guessPrevious)
                    {
                        continue;
                    }

                    if (gold[i] != guessed[i])
                    {
                        var tokenStatics = statics.AsSpan(i * TokenFeatures.StaticCount, TokenFeatures.StaticCount);
                        model.Add(tokenStatics, gold[i], 1);
                        model.Add(tokenStatics, guessed[i], -1);
                    }

                    TokenFeatures.Dynamic(prepared, i, goldPrevious, truthDynamic);
                    TokenFeatures.Dynamic(prepared, i, guessPrevious, guessDynamic);
                    model.Add(truthDynamic, gold[i], 1);
                    model.Add(guessDynamic, guessed[i], -1);
                }

                if (n % 1000 == 0)
                {
                    progress?.Report((epoch + ((double)n / order.Length)) / epochs);
                }
            }
        }

        model.Average();
        progress?.Report(1);
        return new EntityTagger([.. types], model, gazetteer, dataHash);
    }

    /// <summary>
    /// A copy of the features with a random share left out (feature dropout): the model cannot lean on one cue, such
    /// as a template's context word, and learns to use all of them, which generalises to unseen phrasings.
    /// </summary>
    private static ulong[] Dropout(ulong[] statics, Random random, double rate)
    {
        if (rate <= 0)
        {
            return statics;
        }

        var copy = (ulong[])statics.Clone();
        for (var i = 0; i < copy.Length; i++)
        {
            if (i % TokenFeatures.StaticCount != 0 && random.NextDouble() < rate)
            {
                copy[i] = 0; // no weight row is ever created for feature 0
            }
        }

        return copy;
    }

    private static (TokenFeatures.Prepared Prepared, ulong[] Statics, int[] Gold) Prepare(LabelledText sentence, Gazetteer gazetteer, Dictionary<string, int> typeIndex)
    {
        var tokens = TextTokens.Split(sentence.Text);
        var prepared = TokenFeatures.Prepare(sentence.Text, tokens, gazetteer);
        return (prepared, ViterbiDecoder.StaticFeatures(prepared), GoldTags(tokens, sentence.Entities, typeIndex));
    }

    /// <summary>BIO tags of the tokens from entity spans (tokens inside a span of a known type).</summary>
    internal static int[] GoldTags(List<TextToken> tokens, IEnumerable<(string Type, int Start, int Length)> entities, Dictionary<string, int> typeIndex)
    {
        var gold = new int[tokens.Count];
        foreach (var (type, start, length) in entities)
        {
            if (!typeIndex.TryGetValue(type, out var t))
            {
                continue;
            }

            var first = true;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Start >= start && tokens[i].End <= start + length)
                {
                    gold[i] = first ? EntityTagger.Begin(t) : EntityTagger.Inside(t);
                    first = false;
                }
            }
        }

        return gold;
    }
}
