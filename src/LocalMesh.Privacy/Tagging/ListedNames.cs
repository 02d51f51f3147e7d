using System.Collections.Frozen;

namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// Given names as a long list, for rules rather than for the tagger's features: the given names of
/// @faker-js/faker's 70 locales (<c>Data/names-fakerjs.txt</c>, MIT) and LocalMesh's own lists
/// (<see cref="ExtraNames"/>), lower case, without everyday English words ("will", "grace") and name particles ("el",
/// "van"). The tagger's gazetteer holds a sample of Bogus's lists it was trained with; putting 40,000 more names into it
/// changed what the model learnt (more organisations and places lost than names gained on the development sets), so
/// these lists back <see cref="Detection.ListedNameDetector"/> instead. Thread-safe.
/// </summary>
internal static class ListedNames
{
    private static readonly Lazy<FrozenSet<string>> First = new(() =>
        ExtraNames.ListedFirst.Concat(ExtraNames.First).Select(n => n.ToLowerInvariant())
            .Where(n => n.Length >= 2 && !CommonWords.Contains(n) && !Gazetteer.IsParticle(n)).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Whether a lower-case word is a listed given name.</summary>
    public static bool IsFirst(string lower) => First.Value.Contains(lower);
}
