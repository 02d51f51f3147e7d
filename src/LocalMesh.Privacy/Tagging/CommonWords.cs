using System.Collections.Frozen;

namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// About 40,000 common lower-case English words (SCOWL, vendored in <c>Data/english-words.txt</c> with its licence).
/// A capitalised word that is also a common word ("Remind", "Patient", "Hello") is rarely a name; the tagger sees this
/// as a feature and learns how much to trust it.
/// </summary>
internal static class CommonWords
{
    private static readonly Lazy<FrozenSet<string>> Words = new(Load);

    /// <summary>Whether the lower-cased word (or the word without a possessive <c>'s</c>) is a common English word.</summary>
    public static bool Contains(string lower) =>
        Words.Value.Contains(lower) || (lower.EndsWith("'s", StringComparison.Ordinal) && Words.Value.Contains(lower[..^2]));

    private static FrozenSet<string> Load() => EmbeddedData.Lines("LocalMesh.Privacy.english-words.txt").ToFrozenSet(StringComparer.Ordinal);
}
