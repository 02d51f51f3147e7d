using System.Globalization;
using System.Text;

namespace LocalMesh.Specialists.Intents;

/// <summary>
/// Turns an utterance into hashed sparse features: word unigrams and bigrams, a crude stem of each word, the shape of
/// numbers, and character n-grams (2 to 5) inside word boundaries, which carry the model through typos and
/// inflection. Features are 64-bit FNV-1a hashes (collisions are negligible at this vocabulary size), so extracting
/// them allocates nothing per feature. Thread-safe (stateless).
/// </summary>
public static class IntentFeaturizer
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The smallest and largest character n-gram.</summary>
    private const int MinChar = 2, MaxChar = 5;

    /// <summary>The top bit marks character n-grams, which are weighted as a group apart from word features.</summary>
    public const ulong CharGroup = 1UL << 63;

    /// <summary>Lower-cases, folds accents and typographic quotes, and splits into word tokens (letters, digits, inner apostrophes).</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var normalized = text.Normalize(NormalizationForm.FormD);
        var current = new StringBuilder();
        foreach (var raw in normalized)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = raw is '\u2019' or '\u2018' or '`' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || (c == '\'' && current.Length > 0))
            {
                current.Append(c);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return tokens;

        void Flush()
        {
            var token = current.ToString().TrimEnd('\'');
            current.Clear();
            if (token.Length > 0)
            {
                tokens.Add(token);
            }
        }
    }

    /// <summary>Adds the features of <paramref name="text"/> to <paramref name="counts"/> (feature hash → count).</summary>
    public static void Extract(string text, Dictionary<ulong, float> counts)
    {
        var tokens = Tokenize(text);
        var previous = Hash("w:<s>");
        var before = previous;
        foreach (var token in tokens)
        {
            var isNumber = token.All(char.IsDigit);
            var word = isNumber ? "<num>" : token;
            var h = Hash("w:" + word);
            Add(counts, Word(h));
            Add(counts, Word(Mix(Mix(previous, 0x2F), h)));
            Add(counts, Word(Mix(Mix(before, 0x3F), h)));
            Add(counts, Word(Mix(Mix(Mix(before, 0x4F), previous), h)));
            before = previous;
            previous = h;
            if (!isNumber)
            {
                var stem = Stem(token);
                if (stem != token)
                {
                    Add(counts, Word(Hash("s:" + stem)));
                }

                CharGrams(token, counts);
            }
        }

        Add(counts, Word(Mix(Mix(previous, 0x2F), Hash("w:</s>"))));
    }

    /// <summary>Character n-grams of one word padded with spaces.</summary>
    private static void CharGrams(string token, Dictionary<ulong, float> counts)
    {
        var padded = " " + token + " ";
        for (var n = MinChar; n <= MaxChar; n++)
        {
            for (var i = 0; i + n <= padded.Length; i++)
            {
                var h = Mix(Offset, (ulong)n);
                for (var j = i; j < i + n; j++)
                {
                    h = Mix(h, padded[j]);
                }

                Add(counts, h | CharGroup);
            }
        }
    }

    /// <summary>A light suffix stripper: enough to join "alarms"/"alarm" and "booking"/"book" without a lexicon.</summary>
    internal static string Stem(string word)
    {
        if (word.Length <= 3)
        {
            return word;
        }

        foreach (var suffix in (ReadOnlySpan<string>)["'s", "ing", "ies", "ed", "es", "s", "ly"])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3)
            {
                var stem = word[..^suffix.Length];
                return suffix == "ies" ? stem + "y" : stem;
            }
        }

        return word;
    }

    private static void Add(Dictionary<ulong, float> counts, ulong feature) =>
        counts[feature] = counts.GetValueOrDefault(feature) + 1;

    private static ulong Word(ulong h) => h & ~CharGroup;

    private static ulong Hash(string s)
    {
        var h = Offset;
        foreach (var c in s)
        {
            h = Mix(h, c);
        }

        return h;
    }

    private static ulong Mix(ulong h, ulong value) => (h ^ value) * Prime;
}
