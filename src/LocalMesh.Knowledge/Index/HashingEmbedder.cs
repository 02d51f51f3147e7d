using System.Numerics.Tensors;

namespace LocalMesh.Knowledge.Index;

/// <summary>
/// The built-in embedding, for when no embedding backend is configured: words, word pairs and character 4-grams of
/// each word, hashed into <see cref="Dimensions"/> signed buckets (the hashing trick, a random projection of the
/// sparse features), with sublinear term frequency, stop words left out, and unit length. It needs no download and no
/// training; the character n-grams make it forgiving of inflection ("serviced" and "service" share most of theirs),
/// which is what it adds to the lexical index.
/// </summary>
public static class HashingEmbedder
{
    /// <summary>The vector length.</summary>
    public const int Dimensions = 1024;

    /// <summary>The unit-length vector of a text.</summary>
    public static float[] Embed(string text)
    {
        var counts = new Dictionary<int, float>();
        string? previous = null;
        foreach (var word in Tokens.Words(text))
        {
            Add(counts, "w:" + word, 1f);
            if (previous is not null)
            {
                Add(counts, "b:" + previous + " " + word, 0.5f);
            }

            var padded = "<" + word + ">";
            for (var i = 0; i + 4 <= padded.Length; i++)
            {
                Add(counts, "c:" + padded.Substring(i, 4), 0.25f);
            }

            previous = word;
        }

        var vector = new float[Dimensions];
        foreach (var (key, weight) in counts)
        {
            var bucket = key & (Dimensions - 1);
            var sign = (key & Dimensions) == 0 ? 1f : -1f;
            vector[bucket] += sign * (1 + MathF.Log(weight + 1));
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    private static void Add(Dictionary<int, float> counts, string feature, float weight)
    {
        var hash = Hash(feature);
        counts[hash] = counts.GetValueOrDefault(hash) + weight;
    }

    private static int Hash(string feature) => (int)(Fnv1a.Hash(feature) & 0x7FFFFFFF);
}
