namespace LocalMesh;

/// <summary>
/// The 32-bit FNV-1a hash over UTF-16 code units: stable across processes and releases (unlike
/// <see cref="HashCode"/>), so it can key feature buckets and vectors that are stored.
/// </summary>
public static class Fnv1a
{
    /// <summary>The starting value.</summary>
    public const uint Offset = 2166136261u;

    private const uint Prime = 16777619u;

    /// <summary>The hash of <paramref name="text"/>.</summary>
    public static uint Hash(ReadOnlySpan<char> text) => Append(Offset, text);

    /// <summary>Continues <paramref name="hash"/> over <paramref name="text"/>.</summary>
    public static uint Append(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }
}
