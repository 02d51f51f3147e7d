using System.Collections.Frozen;

namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// About 40,000 common lower-case English words (SCOWL, vendored in <c>Data/english-words.txt</c> with its licence),
/// and everyday words of scripts it does not cover (<c>Data/everyday-words-scripts.txt</c>: field names, greetings and
/// UI words in Cyrillic, Greek, Arabic, Hebrew, Chinese, Japanese and Korean), so that "氏名" or "Здравствуйте" is not
/// taken for a name because it is on no English list.
/// A capitalised word that is also a common word ("Remind", "Patient", "Hello") is rarely a name; the tagger sees this
/// as a feature and learns how much to trust it.
/// </summary>
internal static class CommonWords
{
    private static readonly Lazy<FrozenSet<string>> Words = new(Load);

    /// <summary>Whether the lower-cased word (or the word without a possessive <c>'s</c>) is a common English word.</summary>
    public static bool Contains(string lower) =>
        Words.Value.Contains(lower) || (lower.EndsWith("'s", StringComparison.Ordinal) && Words.Value.Contains(lower[..^2]));

    /// <summary>The everyday words of other scripts (part of the tagger's training data hash).</summary>
    public static IReadOnlyList<string> OtherScripts => Scripts.Value;

    private static readonly Lazy<string[]> Scripts = new(() => [.. EmbeddedData.Lines("LocalMesh.Privacy.everyday-words-scripts.txt").Where(l => !l.StartsWith('#'))]);

    private static FrozenSet<string> Load() =>
        EmbeddedData.Lines("LocalMesh.Privacy.english-words.txt").Concat(Scripts.Value).ToFrozenSet(StringComparer.Ordinal);
}
