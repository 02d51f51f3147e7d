namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// Finds the best-scoring tag sequence of a sentence under a first-order model (each tag's score depends on the
/// token's features and the tag before), allowing only well-formed BIO sequences: an inside tag must follow the
/// begin or inside tag of the same type.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>The static features of every token of a sentence, <see cref="TokenFeatures.StaticCount"/> each.</summary>
    public static ulong[] StaticFeatures(TokenFeatures.Prepared prepared)
    {
        var n = prepared.Lower.Length;
        var statics = new ulong[n * TokenFeatures.StaticCount];
        for (var i = 0; i < n; i++)
        {
            TokenFeatures.Static(prepared, i, statics.AsSpan(i * TokenFeatures.StaticCount, TokenFeatures.StaticCount));
        }

        return statics;
    }

    /// <summary>The best tags.</summary>
    public static int[] Decode(TokenFeatures.Prepared prepared, ulong[] statics, AveragedPerceptron model)
    {
        var n = prepared.Lower.Length;
        var classes = model.Classes;
        var tags = new int[n];
        if (n == 0)
        {
            return tags;
        }

        var best = new float[n * classes];
        var back = new int[n * classes];
        Span<float> local = stackalloc float[classes];
        Span<float> transition = stackalloc float[classes];
        Span<ulong> dynamic = stackalloc ulong[TokenFeatures.DynamicCount];
        for (var i = 0; i < n; i++)
        {
            local.Clear();
            model.Score(statics.AsSpan(i * TokenFeatures.StaticCount, TokenFeatures.StaticCount), local);
            var row = best.AsSpan(i * classes, classes);
            row.Fill(float.NegativeInfinity);
            var firstPrevious = i == 0 ? -1 : 0;
            var lastPrevious = i == 0 ? -1 : classes - 1;
            for (var previous = firstPrevious; previous <= lastPrevious; previous++)
            {
                var before = i == 0 ? 0 : best[((i - 1) * classes) + previous];
                if (float.IsNegativeInfinity(before))
                {
                    continue;
                }

                transition.Clear();
                TokenFeatures.Dynamic(prepared, i, previous, dynamic);
                model.Score(dynamic, transition);
                for (var tag = 0; tag < classes; tag++)
                {
                    if (!Allowed(previous, tag))
                    {
                        continue;
                    }

                    var score = before + local[tag] + transition[tag];
                    if (score > row[tag])
                    {
                        row[tag] = score;
                        back[(i * classes) + tag] = previous;
                    }
                }
            }
        }

        tags[n - 1] = AveragedPerceptron.ArgMax(best.AsSpan((n - 1) * classes, classes));
        for (var i = n - 1; i > 0; i--)
        {
            tags[i - 1] = back[(i * classes) + tags[i]];
        }

        return tags;
    }

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/> (-1: the start).</summary>
    public static bool Allowed(int previous, int tag) =>
        tag == EntityTagger.Outside || tag % 2 == 1 || (previous > 0 && (previous + 1) / 2 == (tag + 1) / 2);
}
