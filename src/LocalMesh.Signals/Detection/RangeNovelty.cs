namespace LocalMesh.Signals.Detection;

/// <summary>
/// The range a feature has had so far and how far a new value leaves it, in ranges (0 inside). The range
/// forgets slowly: each point pulls both ends toward the middle by <c>shrink</c> of the range, so one old
/// excursion does not mask every later one. A struct so a detector's features sit inline.
/// </summary>
internal struct RangeNovelty
{
    public double Min, Max;
    public long Count, LastNovel;

    /// <summary>How far <paramref name="f"/> leaves [Min, Max], in units of the range; up and down counted apart.</summary>
    /// <summary>Points since the range last grew.</summary>
    public readonly long Quiet => Count - LastNovel;

    /// <summary><see cref="Novelty(double, bool, bool)"/> weighted by how long the range has held: 1 − e^(−quiet/<paramref name="settle"/>).</summary>
    public readonly double Settled(double f, double settle, bool up = true, bool down = true)
    {
        double n = Novelty(f, up, down);
        return n == 0 || settle <= 0 ? n : n * (1 - Math.Exp(-Quiet / settle));
    }

    public readonly double Novelty(double f, bool up = true, bool down = true)
    {
        double range = Max - Min;
        if (Count < 2 || range <= 0) return 0;
        if (up && f > Max) return (f - Max) / range;
        if (down && f < Min) return (Min - f) / range;
        return 0;
    }

    public void Learn(double f, double shrink)
    {
        if (Count++ == 0) { Min = Max = f; return; }
        if (f > Max) { Max = f; LastNovel = Count; }
        if (f < Min) { Min = f; LastNovel = Count; }
        if (shrink > 0)
        {
            double pull = shrink * (Max - Min);
            Max -= pull;
            Min += pull;
        }
    }

    /// <summary>Bytes <see cref="Save"/> writes.</summary>
    public const int Bytes = 32;

    public readonly void Save(BinaryWriter writer)
    {
        writer.Write(Min);
        writer.Write(Max);
        writer.Write(Count);
        writer.Write(LastNovel);
    }

    public static RangeNovelty Load(BinaryReader reader) =>
        new() { Min = reader.ReadDouble(), Max = reader.ReadDouble(), Count = reader.ReadInt64(), LastNovel = reader.ReadInt64() };
}
