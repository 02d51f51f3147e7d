using LocalMesh.Privacy.Tagging;

namespace LocalMesh.Privacy.Domains;

/// <summary>
/// Turns a text and the entity types found in it into hashed features for the domain classifier: lower-cased words,
/// word pairs, word stems (first five letters), and one feature per entity type (a card number hints at finance, a
/// private key at secrets). Proper names are left out: a capitalised word that is neither an everyday word nor a word
/// of a domain's lexicon ("Lyda", "Jenkinsmouth"), and the capitalised words right after one ("Shania Price", "Impedit
/// Clinic"), say who or where, not what about — a name or a place alone must not make a text medical or HR.
/// </summary>
internal static class DomainFeatures
{
    /// <summary>The number of hash buckets.</summary>
    public const int Buckets = 1 << 18;

    /// <summary>At most this much of a text is read (the start of a long text says enough about its domain).</summary>
    public const int MaxChars = 20_000;

    /// <summary>The distinct feature buckets of a text.</summary>
    public static int[] Of(string text, IEnumerable<string> entityTypes)
    {
        var span = text.AsSpan(0, Math.Min(text.Length, MaxChars));
        var features = new HashSet<int>();
        string? previous = null;
        var inName = false;
        var atStart = true;
        foreach (var token in TextTokens.Split(span))
        {
            var original = span.Slice(token.Start, token.Length);
            var word = original.ToString().ToLowerInvariant();
            if (!char.IsLetterOrDigit(word[0]))
            {
                previous = null;
                inName = false;
                atStart = word[0] is '.' or '!' or '?' or '\n' or ':';
                continue;
            }

            // A capitalised first word is as often jargon ("Extruder 4 lost pressure") as a name: only later ones count.
            var wasStart = atStart;
            atStart = false;
            if ((inName || !wasStart) && IsName(original, word, inName))
            {
                inName = true;
                previous = null;
                continue;
            }

            inName = false;

            if (word.Length < 2 || StopWords.Contains(word))
            {
                continue; // "what", "the", "my" say nothing about a domain, but a handful of examples would make them seem to
            }

            features.Add(Bucket("w", word));
            if (word.Length > 5)
            {
                features.Add(Bucket("s", word.AsSpan(0, 5)));
            }

            if (previous is not null)
            {
                features.Add(Bucket("b", previous, word)); // the bucket of "previous word", without building that string
            }

            previous = word;
        }

        foreach (var type in entityTypes)
        {
            features.Add(Bucket("e", type));
        }

        return [.. features];
    }

    /// <summary>Whether a word is (part of) a proper name: capitalised, and either after a name or neither an everyday nor a domain word.</summary>
    private static bool IsName(ReadOnlySpan<char> original, string lower, bool afterName)
    {
        if (original.Length < 2 || !char.IsUpper(original[0]) || !original[1..].ContainsAnyInRange('a', 'z') && !original[1..].ContainsAnyInRange('à', 'ÿ'))
        {
            return false; // lower case, or an acronym ("MRI", "HR")
        }

        return afterName || (!CommonWords.Contains(lower) && !LexiconWords.Value.Contains(lower));
    }

    private static readonly Lazy<System.Collections.Frozen.FrozenSet<string>> LexiconWords = new(() =>
        System.Collections.Frozen.FrozenSet.ToFrozenSet(BuiltInDomainExamples.Lexicon.Select(e => e.Text.ToLowerInvariant()), StringComparer.Ordinal));

    private static readonly System.Collections.Frozen.FrozenSet<string> StopWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "about",
        "is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "have", "has", "had", "can", "could", "would", "should",
        "will", "may", "might", "must", "shall", "i", "me", "my", "we", "our", "us", "you", "your", "he", "she", "his", "her", "him",
        "they", "them", "their", "it", "its", "this", "that", "these", "those", "what", "which", "who", "whom", "how", "why", "when",
        "where", "there", "here", "so", "not", "no", "yes", "all", "any", "some", "more", "most", "very", "just", "also", "than",
        "then", "too", "up", "out", "over", "after", "before", "please", "me", "i'm", "it's", "what's", "i've", "let", "get", "make",
    ], StringComparer.Ordinal);

    private static int Bucket(string kind, ReadOnlySpan<char> value) =>
        (int)(Fnv1a.Append(Fnv1a.Append(Fnv1a.Hash(kind), ":"), value) & (Buckets - 1));

    // FNV-1a runs over the characters in order, so appending the parts is the hash of "first second".
    private static int Bucket(string kind, string first, string second) =>
        (int)(Fnv1a.Append(Fnv1a.Append(Fnv1a.Append(Fnv1a.Append(Fnv1a.Hash(kind), ":"), first), " "), second) & (Buckets - 1));
}
