namespace LocalMesh.Caching;

/// <summary>
/// Says when two questions whose sentence vectors are close must still not share an answer. A sentence encoder puts
/// "what is my checking balance" and "what is my savings balance", "weather in Paris" and "weather in London", "set an
/// alarm for 7" and "for 8" as close as true rewordings (cosine 0.84-0.88 with all-MiniLM-L6-v2), so the semantic cache
/// asks this too. Two questions conflict when
/// <list type="bullet">
/// <item>a name or a number of one (a word with a digit, in capitals, or capitalised inside a sentence) is not a word
/// of the other ("Paris" / "London", "7" / "8", "HTTP 404" / "HTTP 403");</item>
/// <item>one says "not" (or "no", "never", "without") more often than the other;</item>
/// <item>they are the same template with a few words swapped: a word-level alignment leaves a gap of at most
/// <see cref="MaxSwap"/> words on each side with a content word on both ("checking" / "savings", "enable" / "disable",
/// "mom" / "dad"). A longer gap is a rewording ("who wrote" / "who is the author of"), left to the vectors;</item>
/// <item>two shared words swap places across "to", "into", "than" or "vs" ("10 miles to kilometers" / "10 kilometers to miles").</item>
/// </list>
/// It errs on the side of a miss: a reworded verb in the same template ("set a timer" / "start a timer") is a conflict
/// too. Measured on bench/data/cache-calibration and CLINC150 (docs/semantic-cache.md). Thread-safe; no state.
/// </summary>
public static class QuestionGuard
{
    /// <summary>The longest gap, in words on each side, read as a swap rather than a rewording.</summary>
    public const int MaxSwap = 3;

    /// <summary>Words beyond this many per question are not compared (the alignment is quadratic).</summary>
    public const int MaxWords = 200;

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "to", "into", "than", "vs", "versus" };

    /// <summary>Why <paramref name="cached"/>'s answer must not answer <paramref name="asked"/>; null when nothing says so.</summary>
    public static string? Conflict(string cached, string asked) => Conflict(QuestionWords.Split(cached), QuestionWords.Split(asked));

    /// <summary>Why the first question's answer must not answer the second; null when nothing says so.</summary>
    public static string? Conflict(IReadOnlyList<QuestionWord> cached, IReadOnlyList<QuestionWord> asked)
    {
        if (cached.Count > MaxWords || asked.Count > MaxWords)
        {
            return "too long to compare";
        }

        if ((Names(cached, asked) ?? Names(asked, cached)) is { } name)
        {
            return name;
        }

        if (cached.Count(w => QuestionWords.IsNegation(w.Form)) != asked.Count(w => QuestionWords.IsNegation(w.Form)))
        {
            return "one says 'not'";
        }

        return Swap(cached, asked) ?? Direction(cached, asked);
    }

    /// <summary>A name or number of <paramref name="one"/> that is no word of <paramref name="other"/>.</summary>
    private static string? Names(IReadOnlyList<QuestionWord> one, IReadOnlyList<QuestionWord> other)
    {
        foreach (var word in one)
        {
            if (word.Specific && !other.Any(w => w.Form == word.Form))
            {
                return $"names or numbers differ ('{word.Form}')";
            }
        }

        return null;
    }

    /// <summary>A short gap in the word alignment with content words on both sides: a swapped word in the same question.</summary>
    private static string? Swap(IReadOnlyList<QuestionWord> a, IReadOnlyList<QuestionWord> b)
    {
        // Longest common subsequence of the word forms, then walk it: the words between two matches are a gap.
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i].Form == b[j].Form ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int x = 0, y = 0, gapA = 0, gapB = 0;
        while (x <= a.Count && y <= b.Count)
        {
            var end = x == a.Count && y == b.Count;
            if (end || (x < a.Count && y < b.Count && a[x].Form == b[y].Form && lengths[x, y] == lengths[x + 1, y + 1] + 1))
            {
                if (Gap(a, gapA, x, b, gapB, y) is { } swapped)
                {
                    return swapped;
                }

                if (end)
                {
                    return null;
                }

                (x, y) = (x + 1, y + 1);
                (gapA, gapB) = (x, y);
            }
            else if (y == b.Count || (x < a.Count && lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return null;
    }

    private static string? Gap(IReadOnlyList<QuestionWord> a, int fromA, int toA, IReadOnlyList<QuestionWord> b, int fromB, int toB)
    {
        if (toA - fromA is < 1 or > MaxSwap || toB - fromB is < 1 or > MaxSwap)
        {
            return null;
        }

        var one = Content(a, fromA, toA);
        var other = Content(b, fromB, toB);
        return one.Count > 0 && other.Count > 0 ? $"'{string.Join(' ', one)}' / '{string.Join(' ', other)}'" : null;
    }

    private static List<string> Content(IReadOnlyList<QuestionWord> words, int from, int to)
    {
        var content = new List<string>();
        for (var i = from; i < to; i++)
        {
            if (words[i].Content)
            {
                content.Add(words[i].Form);
            }
        }

        return content;
    }

    /// <summary>
    /// Words on the two sides of a connector that trade sides in the other question ("10 miles to kilometers" /
    /// "10 kilometers to miles", "from Boston to New York" / "from New York to Boston").
    /// </summary>
    private static string? Direction(IReadOnlyList<QuestionWord> a, IReadOnlyList<QuestionWord> b)
    {
        foreach (var (leftA, rightA) in Sides(a))
        {
            foreach (var (leftB, rightB) in Sides(b))
            {
                if (leftA.FirstOrDefault(rightB.Contains) is { } moved && rightA.FirstOrDefault(leftB.Contains) is { } other)
                {
                    return $"'{moved} to {other}' / '{other} to {moved}'";
                }
            }
        }

        return null;
    }

    /// <summary>For each connector, up to three content words before it and three after it.</summary>
    private static IEnumerable<(HashSet<string> Left, HashSet<string> Right)> Sides(IReadOnlyList<QuestionWord> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (Connectors.Contains(words[i].Form))
            {
                yield return (
                    [.. words.Take(i).Where(w => w.Content).TakeLast(3).Select(w => w.Form)],
                    [.. words.Skip(i + 1).Where(w => w.Content).Take(3).Select(w => w.Form)]);
            }
        }
    }
}
