namespace LocalMesh.Signals.Detection;

/// <summary>
/// How often a stream's values have fallen in each part of its range: an occupancy histogram of a fixed number of
/// equal bins. It starts on the first non-empty range the stream has; when a value falls outside, the histogram
/// doubles toward it (pairs of bins merge), so its size never changes and a bin is always 1/bins of the range
/// or more. A value in a bin the stream has rarely visited is news even when it stays inside the range
/// (a new level between two usual ones, a spike to a height seen once before). Not thread-safe.
/// </summary>
internal sealed class ValueDensity
{
    private double[] _counts, _recent;
    private long[] _visited;
    private double _lo, _hi, _total;
    private readonly double _horizon;

    /// <param name="bins">Number of bins (even).</param>
    /// <param name="recentHorizon">E-folding (points) of the recent visits that also count: a part of the range the
    /// stream has just moved into is not rare for long, though the long history has barely been there.</param>
    public ValueDensity(int bins, double recentHorizon)
    {
        if (bins < 2 || bins % 2 != 0) throw new ArgumentOutOfRangeException(nameof(bins), bins, "The number of bins must be even and at least 2.");
        _counts = new double[bins];
        _recent = new double[bins];
        _visited = new long[bins];
        _horizon = recentHorizon;
    }

    /// <summary>Number of bins.</summary>
    public int Bins => _counts.Length;

    /// <summary>
    /// The smaller of the shares of the points learned that fell in bins below <paramref name="x"/>'s and in bins above
    /// it: how much of the stream lies on each side (0 for a value in an end bin, or before the histogram has a range).
    /// </summary>
    public double LesserSide(double x)
    {
        if (_total == 0) return 0;
        int b = Bin(x);
        double below = 0, above = 0;
        for (int i = 0; i < b; i++) below += _counts[i];
        for (int i = b + 1; i < _counts.Length; i++) above += _counts[i];
        return Math.Min(below, above) / _total;
    }

    /// <summary>Width of one bin (0 before the histogram has a range).</summary>
    public double Width => (_hi - _lo) / _counts.Length;

    /// <summary>Points learned.</summary>
    public double Total => _total;

    /// <summary>
    /// How rare <paramref name="x"/>'s bin has been, in decades below an even share: log10(1 / (bins · share)), where
    /// the share counts <paramref name="prior"/> points spread evenly over the bins. 0 before the histogram has a
    /// range, or when <paramref name="x"/> is outside it (the range's own novelty covers that).
    /// </summary>
    public double Rarity(double x, double prior)
    {
        if (_total == 0 || x < _lo || x > _hi) return 0;
        int b = Bin(x);
        double share = (_counts[b] + prior / _counts.Length) / (_total + prior);
        if (_horizon > 0) share = Math.Max(share, Recent(b) / Math.Min(_total, _horizon));
        return -Math.Log10(share * _counts.Length);
    }

    /// <summary>Counts <paramref name="x"/>; the first call with <paramref name="lo"/> &lt; <paramref name="hi"/> sets the starting range.</summary>
    public void Learn(double x, double lo, double hi)
    {
        if (_total == 0 && _hi <= _lo)
        {
            if (hi <= lo) return;
            _lo = lo;
            _hi = hi;
        }

        while (x > _hi) Double(up: true);
        while (x < _lo) Double(up: false);
        int b = Bin(x);
        _recent[b] = Recent(b) + 1;
        _counts[b]++;
        _total++;
        _visited[b] = (long)_total;
    }

    /// <summary>Visits of bin <paramref name="b"/>, each fading with e-fold <c>recentHorizon</c> points.</summary>
    private double Recent(int b) => _horizon > 0 && _recent[b] > 0 ? _recent[b] * Math.Exp(-(_total - _visited[b]) / _horizon) : 0;

    private int Bin(double x) => Math.Clamp((int)((x - _lo) / (_hi - _lo) * _counts.Length), 0, _counts.Length - 1);

    private void Double(bool up)
    {
        int n = _counts.Length;
        for (int i = 0; i < n; i++)
        {
            _recent[i] = Recent(i);
            _visited[i] = (long)_total;
        }

        // Bin i of the doubled range takes bins 2i, 2i+1 of the old one, counted from the side that stays put.
        for (int k = 0; k < n / 2; k++)
        {
            int to = up ? k : n - 1 - k, from = up ? 2 * k : n - 2 - 2 * k;
            _counts[to] = _counts[from] + _counts[from + 1];
            _recent[to] = _recent[from] + _recent[from + 1];
        }

        int cleared = up ? n / 2 : 0;
        Array.Clear(_counts, cleared, n / 2);
        Array.Clear(_recent, cleared, n / 2);
        if (up) _hi = _lo + 2 * (_hi - _lo);
        else _lo = _hi - 2 * (_hi - _lo);
    }

    /// <summary>Bytes <see cref="Save"/> writes.</summary>
    public int StateBytes => 4 + 3 * 8 + _counts.Length * 3 * 8;

    public void Save(BinaryWriter writer)
    {
        writer.Write(_counts.Length);
        writer.Write(_lo);
        writer.Write(_hi);
        writer.Write(_total);
        for (int i = 0; i < _counts.Length; i++)
        {
            writer.Write(_counts[i]);
            writer.Write(_recent[i]);
            writer.Write(_visited[i]);
        }
    }

    /// <summary>
    /// Reads a histogram written by <see cref="Save"/>. One of another size than <paramref name="bins"/> (the options
    /// changed) is dropped and a fresh one returned.
    /// </summary>
    public static ValueDensity Load(BinaryReader reader, int bins, double recentHorizon)
    {
        int saved = reader.ReadInt32();
        if (saved < 2 || saved % 2 != 0 || saved > 1 << 16) throw new InvalidDataException($"A value histogram of {saved} bins is not a saved detector state.");
        var d = new ValueDensity(saved, recentHorizon) { _lo = reader.ReadDouble(), _hi = reader.ReadDouble(), _total = reader.ReadDouble() };
        for (int i = 0; i < saved; i++)
        {
            d._counts[i] = reader.ReadDouble();
            d._recent[i] = reader.ReadDouble();
            d._visited[i] = reader.ReadInt64();
        }
        return saved == bins ? d : new ValueDensity(bins, recentHorizon);
    }

    public ValueDensity Clone()
    {
        var copy = (ValueDensity)MemberwiseClone();
        copy._counts = (double[])_counts.Clone();
        copy._recent = (double[])_recent.Clone();
        copy._visited = (long[])_visited.Clone();
        return copy;
    }
}
