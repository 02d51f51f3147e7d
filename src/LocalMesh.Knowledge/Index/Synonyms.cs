using System.IO.Compression;

namespace LocalMesh.Knowledge.Index;

/// <summary>
/// Words that mean the same or more generally, from WordNet 3 (Princeton University; licence in
/// <c>Data/wordnet.LICENSE.txt</c>): for each dictionary word, the words of the lemmas sharing one of its three most
/// frequent senses, then of the direct hypernyms of its first two ("laptop" → "computer", "vacation" → "holiday",
/// "dinner" → "meal"). Names are left out, which also tells dictionary words from names. Built by <c>tools/wordnet-synonyms.py</c> and shipped in the assembly, so question
/// expansion needs no download. Loaded on first use; thread-safe.
/// </summary>
public static class Synonyms
{
    private static readonly Lazy<Dictionary<string, string[]>> Table = new(Load);

    /// <summary>The synonyms of <paramref name="word"/> (lower case), or of its singular; empty when WordNet has none.</summary>
    public static IReadOnlyList<string> Of(string word) =>
        Table.Value.GetValueOrDefault(word)
        ?? (word.Length > 3 && word[^1] == 's' ? Table.Value.GetValueOrDefault(word[..^1]) : null)
        ?? [];

    /// <summary>Whether <paramref name="word"/> (lower case), or its singular, is an English word WordNet knows: names, codes and numbers are not.</summary>
    public static bool IsDictionaryWord(string word) =>
        Table.Value.ContainsKey(word) || (word.Length > 3 && word[^1] == 's' && Table.Value.ContainsKey(word[..^1]));

    /// <summary>Related words kept per word (synonyms first, then hypernyms): 6 measured as good as 12, and faster.</summary>
    public const int PerWord = 6;

    /// <summary>The words a question's content words expand to, without the question's own words.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> words)
    {
        var own = words.ToHashSet(StringComparer.Ordinal);
        return [.. own.SelectMany(w => Of(w).Take(PerWord)).Where(w => !own.Contains(w)).SelectMany(Tokens.Words).Distinct(StringComparer.Ordinal)];
    }

    private static Dictionary<string, string[]> Load()
    {
        using var stream = typeof(Synonyms).Assembly.GetManifestResourceStream("LocalMesh.Knowledge.synonyms.tsv.gz")
            ?? throw new InvalidOperationException("The synonyms resource is missing from the assembly.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var table = new Dictionary<string, string[]>(50_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                table[line[..tab]] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return table;
    }
}
