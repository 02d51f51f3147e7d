namespace LocalMesh.Signals.Detection;

/// <summary>
/// When a stream last had a value of each level of rarity: rungs a quarter of a decade apart, from one decade short
/// of the rarity floor up. A value of rarity r marks every rung at or below r, so <see cref="LastNear"/> answers in
/// O(1) when the stream last had a value nearly as rare as this one. The detector's histogram rarity is damped by the
/// time since the last near-rare value of any height, which keeps plain noise (whose tails are often visited) quiet but
/// also mutes a value far rarer than those recent near-rare ones; the ladder tells the two apart. Not thread-safe.
/// </summary>
internal sealed class RarityLadder
{
    /// <summary>Rungs of the ladder: 16 quarter decades, from one decade short of the floor to three past it.</summary>
    public const int Rungs = 16;

    /// <summary>Decades between rungs.</summary>
    public const double Step = 0.25;

    private long[] _last = new long[Rungs];

    /// <summary>Bytes <see cref="Save"/> writes.</summary>
    public const int StateBytes = Rungs * 8;

    /// <summary>
    /// The point at which the stream last had a value at least as rare as <paramref name="rarity"/> less
    /// <paramref name="near"/> decades (rounded down to a rung); 0 if never. Rarities are in decades past the floor.
    /// </summary>
    public long LastNear(double rarity, double near) => _last[Rung(rarity - near, near)];

    /// <summary>Marks point <paramref name="count"/> on every rung at or below <paramref name="rarity"/> (rung 0 is −<paramref name="near"/>).</summary>
    public void Mark(double rarity, double near, long count)
    {
        for (int k = 0; k < Rungs && -near + k * Step <= rarity; k++) _last[k] = count;
    }

    /// <summary>The highest rung at or below <paramref name="rarity"/>; rung k stands for −<paramref name="near"/> + k·<see cref="Step"/>.</summary>
    private static int Rung(double rarity, double near) => Math.Clamp((int)Math.Floor((rarity + near) / Step), 0, Rungs - 1);

    public void Save(BinaryWriter writer)
    {
        foreach (long t in _last) writer.Write(t);
    }

    public static RarityLadder Load(BinaryReader reader)
    {
        var ladder = new RarityLadder();
        for (int k = 0; k < Rungs; k++) ladder._last[k] = reader.ReadInt64();
        return ladder;
    }

    public RarityLadder Clone() => new() { _last = (long[])_last.Clone() };
}
