namespace LocalMesh.Specialists.Intents;

/// <summary>
/// The features a model knows, with their inverse document frequencies, and the mapping from text to a TF-IDF
/// vector (sublinear term frequency, L2-normalised). Thread-safe after construction.
/// </summary>
public sealed class IntentVocabulary
{
    private readonly Dictionary<ulong, int> _index;

    /// <summary>Creates a vocabulary from feature hashes and their IDF weights.</summary>
    public IntentVocabulary(ulong[] features, float[] idf)
    {
        Features = features;
        Idf = idf;
        _index = new Dictionary<ulong, int>(features.Length);
        for (var i = 0; i < features.Length; i++)
        {
            _index[features[i]] = i;
        }
    }

    /// <summary>The feature hashes, by index.</summary>
    public ulong[] Features { get; }

    /// <summary>The IDF weight of each feature.</summary>
    public float[] Idf { get; }

    /// <summary>Word and character features are normalised separately and weighted equally.</summary>
    private const float WordWeight = 0.70710678f, CharWeight = 0.70710678f;

    /// <summary>The number of features.</summary>
    public int Count => Features.Length;

    /// <summary>Builds the vocabulary from training texts, keeping features seen in at least <paramref name="minCount"/> texts.</summary>
    public static IntentVocabulary Build(IEnumerable<string> texts, int minCount)
    {
        var documentFrequency = new Dictionary<ulong, int>();
        var documents = 0;
        var counts = new Dictionary<ulong, float>();
        foreach (var text in texts)
        {
            counts.Clear();
            IntentFeaturizer.Extract(text, counts);
            foreach (var feature in counts.Keys)
            {
                documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
            }

            documents++;
        }

        var kept = documentFrequency.Where(p => p.Value >= minCount).OrderBy(p => p.Key).ToArray();
        var idf = kept.Select(p => (float)(Math.Log((1.0 + documents) / (1.0 + p.Value)) + 1.0)).ToArray();
        return new IntentVocabulary([.. kept.Select(p => p.Key)], idf);
    }

    /// <summary>The index of <paramref name="feature"/>, when the vocabulary has it.</summary>
    public bool TryGetIndex(ulong feature, out int index) => _index.TryGetValue(feature, out index);

    /// <summary>The TF-IDF vector of <paramref name="text"/> (features outside the vocabulary are dropped).</summary>
    public SparseVector Vectorize(string text)
    {
        var counts = new Dictionary<ulong, float>();
        IntentFeaturizer.Extract(text, counts);
        return Vectorize(counts);
    }

    /// <summary>The TF-IDF vector of features already extracted by <see cref="IntentFeaturizer.Extract"/> (feature → count).</summary>
    public SparseVector Vectorize(IReadOnlyDictionary<ulong, float> counts)
    {
        var pairs = new List<(int Index, float Value, bool Chars)>(counts.Count);
        float wordNorm = 0f, charNorm = 0f;
        foreach (var (feature, count) in counts)
        {
            if (_index.TryGetValue(feature, out var i))
            {
                var value = (1f + MathF.Log(count)) * Idf[i];
                var chars = (feature & IntentFeaturizer.CharGroup) != 0;
                pairs.Add((i, value, chars));
                if (chars)
                {
                    charNorm += value * value;
                }
                else
                {
                    wordNorm += value * value;
                }
            }
        }

        pairs.Sort((a, b) => a.Index.CompareTo(b.Index));
        var wordScale = wordNorm > 0 ? WordWeight / MathF.Sqrt(wordNorm) : 0f;
        var charScale = charNorm > 0 ? CharWeight / MathF.Sqrt(charNorm) : 0f;
        return new SparseVector([.. pairs.Select(p => p.Index)], [.. pairs.Select(p => p.Value * (p.Chars ? charScale : wordScale))]);
    }
}
