using LocalMesh.Signals.Detection;

namespace LocalMesh.Signals.Streams;

/// <summary>
/// What a stream has learned and seen: its detector, its last timestamp and score, its last alert, and a ring of
/// its latest points (an alert's context). A batch runs on a <see cref="Clone"/> that replaces the original
/// only once it is stored, so a failed batch leaves neither memory nor disk half-changed. Not thread-safe: the
/// stream's lock guards it.
/// </summary>
public sealed class StreamState
{
    private SignalPoint[] _ring;
    private int _next, _count;

    internal StreamState(SignalDetector detector, int contextPoints)
    {
        Detector = detector;
        _ring = new SignalPoint[contextPoints];
    }

    internal SignalDetector Detector { get; private set; }

    /// <summary>Points seen.</summary>
    public long Points => Detector.Points;

    /// <summary>The newest point's timestamp; a new point must be later.</summary>
    public DateTimeOffset? LastTimestamp { get; private set; }

    /// <summary>The newest point's score.</summary>
    public double LastScore { get; private set; }

    /// <summary>When (by the points' clock) the last alert was.</summary>
    public DateTimeOffset? LastAlert { get; internal set; }

    /// <summary>Alerts raised.</summary>
    public long Alerts { get; internal set; }

    /// <summary>The latest points, oldest first.</summary>
    public IReadOnlyList<SignalPoint> Recent()
    {
        var result = new SignalPoint[_count];
        for (int i = 0; i < _count; i++) result[i] = _ring[(_next - _count + i + _ring.Length) % _ring.Length];
        return result;
    }

    /// <summary>Scores and learns <paramref name="point"/>; returns its score.</summary>
    internal double Add(SignalPoint point)
    {
        double score = Detector.Update(point.Value, point.Timestamp.DateTime);
        LastTimestamp = point.Timestamp;
        LastScore = score;
        if (_ring.Length > 0)
        {
            _ring[_next] = point;
            _next = (_next + 1) % _ring.Length;
            _count = Math.Min(_count + 1, _ring.Length);
        }
        return score;
    }

    internal StreamState Clone()
    {
        var copy = (StreamState)MemberwiseClone();
        copy.Detector = Detector.Clone();
        copy._ring = (SignalPoint[])_ring.Clone();
        return copy;
    }

    private const byte Version = 1;

    /// <summary>The state as bytes, for the store.</summary>
    internal byte[] Save()
    {
        using var buffer = new MemoryStream(Detector.StateBytes + 64 + _count * 16);
        using (var w = new BinaryWriter(buffer))
        {
            w.Write(Version);
            Detector.Save(w);
            w.Write(LastTimestamp?.UtcTicks ?? 0);
            w.Write((short)(LastTimestamp?.Offset.TotalMinutes ?? 0));
            w.Write(LastScore);
            w.Write(LastAlert?.UtcTicks ?? 0);
            w.Write(Alerts);
            var recent = Recent();
            w.Write(recent.Count);
            foreach (var p in recent)
            {
                w.Write(p.Timestamp.UtcTicks);
                w.Write((short)p.Timestamp.Offset.TotalMinutes);
                w.Write(p.Value);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Reads a state written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a saved stream state.</exception>
    internal static StreamState Load(byte[] bytes, SignalDetectorOptions options, int contextPoints)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes));
            if (r.ReadByte() != Version) throw new InvalidDataException("Unknown stream state version.");
            var state = new StreamState(SignalDetector.Load(r, options), contextPoints);
            long last = r.ReadInt64();
            short offset = r.ReadInt16();
            state.LastTimestamp = last == 0 ? null : Stamp(last, offset);
            state.LastScore = r.ReadDouble();
            long alert = r.ReadInt64();
            state.LastAlert = alert == 0 ? null : new DateTimeOffset(alert, TimeSpan.Zero);
            state.Alerts = r.ReadInt64();
            int recent = r.ReadInt32();
            for (int i = 0; i < recent; i++)
            {
                var p = new SignalPoint(Stamp(r.ReadInt64(), r.ReadInt16()), r.ReadDouble());
                if (state._ring.Length == 0) continue;
                state._ring[state._next] = p;
                state._next = (state._next + 1) % state._ring.Length;
                state._count = Math.Min(state._count + 1, state._ring.Length);
            }
            return state;
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("A stream state is truncated.", ex);
        }
    }

    private static DateTimeOffset Stamp(long utcTicks, short offsetMinutes) =>
        new DateTimeOffset(utcTicks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offsetMinutes));
}
