namespace LocalMesh.Signals.Detection;

/// <summary>
/// The online change detector of one stream: O(1) work per point, about 7.7 KB of state, no
/// look-ahead, no per-stream tuning. Each point is scored before it is learned by novelty: how far it takes
/// a feature outside the range that feature has had on this stream — the value itself, a short mean (level
/// shifts), the local volatility (up: bursts; down: a signal gone flat),
/// the value for this hour of the day (a broken daily pattern) and of the week (a broken weekly one). Novelty is measured in ranges, so it is
/// unit-free and self-calibrating. Inside the range, a value in a part of it the stream has rarely visited is
/// news too (<see cref="ValueDensity"/>), in decades of rarity (muted while the stream has been nearly rare lately, unless
/// the value is in a gap of the range, well inside it with some of the stream on each side, and far rarer than those:
/// <see cref="RarityLadder"/>), and so is a jump from the short mean of a size, in
/// units of the local volatility, that the stream has rarely made. After an alert, only a stronger surprise is reported again until the
/// refractory peak decays. <see cref="Update"/> returns an anomaly score in [0, 1). Not thread-safe: one
/// detector per stream, updated by one writer at a time.
/// </summary>
public sealed class SignalDetector
{
    internal const int HourBins = 24;
    internal const int WeekBins = 7 * HourBins;

    /// <summary>Surprises are capped here, so one absurd point cannot silence a stream for long.</summary>
    public const double MaxSurprise = 100;

    /// <summary>
    /// The surprise that maps to a score of ½: about where NAB's standard profile puts its optimal threshold for
    /// this detector, so a score ≥ 0.5 is an alert at the default sensitivity.
    /// </summary>
    public const double AlertSurprise = 0.03;

    /// <summary>Maps a surprise to the reported anomaly score in [0, 1): s / (s + <see cref="AlertSurprise"/>).</summary>
    public static double ToScore(double surprise) => surprise / (surprise + AlertSurprise);

    private readonly SignalDetectorOptions _options;
    private readonly double _fastRate, _volRate, _peakKeep;

    internal long Count;
    internal double Previous, FastMean, Volatility, Peak;
    internal long LastAlert, LastRare, LastRareJump, LastWeekAlert;
    internal RangeNovelty Value, Fast, Vol, JumpRange;

    internal RangeNovelty[] Hours = new RangeNovelty[HourBins];
    internal RangeNovelty[] Week = new RangeNovelty[WeekBins];
    internal ValueDensity Density, Jumps;
    internal RarityLadder Gaps = new();

    public SignalDetector(SignalDetectorOptions? options = null)
    {
        _options = options ?? SignalDetectorOptions.Default;
        _fastRate = 2 / (_options.FastHorizon + 1);
        _volRate = 2 / (_options.VolatilityHorizon + 1);
        _peakKeep = Math.Exp(-1 / _options.Refractory);
        Density = new ValueDensity(_options.DensityBins, _options.DensityRecent);
        Jumps = new ValueDensity(_options.DensityBins, _options.DensityRecent);
    }

    /// <summary>The options this detector runs with.</summary>
    public SignalDetectorOptions Options => _options;

    /// <summary>Points seen so far.</summary>
    public long Points => Count;

    /// <summary>The last surprise components, for explaining an alert.</summary>
    public SignalSurprise Last { get; private set; }

    /// <summary>Scores <paramref name="value"/> against the stream so far, then learns it. Throws on NaN or infinity.</summary>
    public double Update(double value, DateTime? time = null)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "A signal value must be a finite number.");
        var o = _options;
        if (Count == 0)
        {
            Previous = FastMean = value;
            Value.Learn(value, 0);
            Count = 1;
            return 0;
        }

        double fast = FastMean + _fastRate * (value - FastMean);
        double jump = Math.Abs(value - Previous);
        double vol = Volatility + _volRate * (jump - Volatility);
        int hour = time is { } t ? t.Hour : -1;
        int week = time is { } w ? (int)w.DayOfWeek * HourBins + w.Hour : -1;
        long ticks = time?.Ticks ?? 0;
        double seen = o.HourSmooth ? fast : value;
        double range = Math.Max(1e-300, Value.Max - Value.Min);

        double nValue = Value.Settled(value, o.Settle) * o.ValueWeight;
        double nFast = Fast.Settled(fast, o.Settle) * o.ShiftWeight;
        double nVol = Vol.Settled(vol, o.Settle) * o.VolatilityWeight;
        double nHour = hour < 0 || Hours[hour].Count < o.HourWarmUp ? 0
            : Hours[hour].Settled(seen, o.Settle / 24) * (Hours[hour].Max - Hours[hour].Min) / range * o.HourWeight;
        double weekRange = week < 0 ? 0 : Week[week].Max - Week[week].Min;
        double nWeek = o.WeekWeight <= 0 || week < 0 || Week[week].Count < o.WeekWarmUp
            || weekRange > o.WeekGate * (Hours[hour].Max - Hours[hour].Min)
            || ticks - LastWeekAlert < TimeSpan.TicksPerDay ? 0
            : Week[week].Settled(seen, o.Settle / WeekBins) * weekRange / range * o.WeekWeight;

        double rarity = Count <= o.DensityWarmUp ? 0 : Density.Rarity(value, o.DensityPrior) - o.DensityFloor;
        double nRare = RareNews(rarity, o.DensityWeight, LastRare);
        // A rare value in a gap — well inside the range, with some of the stream's history on either side of it, so
        // between levels the stream has been at and not in the tail of its noise or of its spikes — is damped only by
        // recent values nearly as rare as itself, not by any near-rare one: a stream whose ordinary spikes keep the
        // plain rarity muted still hears a visit to a part of its range it has not been in for long.
        double inside = o.GapInside * Density.Width;
        if (o.GapWeight > 0 && rarity > 0 && Value.Max - value >= inside && value - Value.Min >= inside
            && Density.LesserSide(value) >= o.GapSides)
            nRare = Math.Max(nRare, o.GapWeight * RareNews(rarity, o.DensityWeight, Gaps.LastNear(rarity, o.DensityNear)));

        // The jump from the short mean in units of the local volatility (both before this point), compressed by asinh so
        // a heavy-tailed stream's histogram is not all in one bin: a spike that is ordinary for the stream's range
        // but rare for its calm is news.
        double jumpSize = Math.Asinh((value - FastMean) / (Volatility + o.JumpScale * range));
        double jumpRarity = o.JumpWeight <= 0 || Count <= o.DensityWarmUp ? 0 : Jumps.Rarity(jumpSize, o.DensityPrior) - o.JumpFloor;
        double nJump = RareNews(jumpRarity, o.JumpWeight, LastRareJump);

        double surprise = nValue;
        var feature = SignalFeature.Value;
        if (nFast > surprise) { surprise = nFast; feature = SignalFeature.Level; }
        if (nVol > surprise) { surprise = nVol; feature = SignalFeature.Volatility; }
        if (nHour > surprise) { surprise = nHour; feature = SignalFeature.HourOfDay; }
        if (nRare > surprise) { surprise = nRare; feature = SignalFeature.RareValue; }
        if (nWeek > surprise) { surprise = nWeek; feature = SignalFeature.HourOfWeek; }
        if (nJump > surprise) { surprise = nJump; feature = SignalFeature.Jump; }
        surprise = Math.Min(MaxSurprise, surprise * o.Sensitivity * (o.Confidence > 0 ? 1 - Math.Exp(-Count / o.Confidence) : 1));
        if (o.Recover > 0 && LastAlert > 0) surprise *= 1 - Math.Exp(-(Count - LastAlert) / o.Recover);

        Count++;
        if (rarity > -o.DensityNear)
        {
            LastRare = Count;
            Gaps.Mark(rarity, o.DensityNear, Count);
        }
        if (jumpRarity > -o.DensityNear) LastRareJump = Count;
        // The jump histogram starts after the warm-up (a young stream's range is tiny, so its first jumps are huge), on
        // the range of the jumps seen since, as the value histogram starts on the value's range.
        if (o.JumpWeight > 0 && Count > o.WarmUp)
        {
            Jumps.Learn(jumpSize, JumpRange.Min, JumpRange.Max);
            JumpRange.Learn(jumpSize, 0);
        }
        Density.Learn(value, Value.Min, Value.Max); // before the range takes the value in: the histogram starts on the range so far
        Value.Learn(value, o.Shrink);
        Fast.Learn(fast, o.Shrink);
        if (Count > o.VolatilityHorizon) Vol.Learn(vol, o.Shrink);
        if (hour >= 0) Hours[hour].Learn(seen, o.Shrink);
        if (week >= 0 && o.WeekWeight > 0) Week[week].Learn(seen, o.Shrink);
        if (o.SpreadNovelty && Math.Max(nValue, nFast) * o.Sensitivity >= o.SpreadAbove)
        {
            // The whole stream has moved somewhere new: every hour has now seen it, or the next 23 hours would each
            // report the same change again as news for their hour.
            for (int i = 0; i < HourBins; i++) if (Hours[i].Count > 0) Hours[i].Learn(seen, 0);
            if (o.WeekWeight > 0) for (int i = 0; i < WeekBins; i++) if (Week[i].Count > 0) Week[i].Learn(seen, 0);
        }
        Previous = value;
        FastMean = fast;
        Volatility = vol;

        Last = new SignalSurprise(feature, surprise);
        if (Count <= o.WarmUp) return 0;
        double reported = surprise > Peak ? surprise : 0;
        // A near-alert starts the recovery as an alert does: a surprise just under the threshold is reported too (NAB's best
        // threshold for this detector is under ½), and without this a slow change that grows by a hair at each point was
        // reported again at each step.
        if (reported >= AlertSurprise * o.NearAlert) LastAlert = Count;
        // A broken weekly pattern is told once a day: each hour of a holiday is news for its own hour of the week. Only
        // an alert starts the day's silence, so a holiday whose first hour is a near-alert is still told.
        if (reported >= AlertSurprise && feature == SignalFeature.HourOfWeek) LastWeekAlert = ticks;
        Peak = Math.Max(Peak * _peakKeep, surprise);
        return ToScore(reported);
    }

    /// <summary>
    /// A histogram's rarity (decades past its floor) as a surprise: weighted, capped, and damped while the stream has
    /// been near-rare lately (<paramref name="lastRare"/>), so a stream settling into a new region is not news at every point.
    /// </summary>
    private double RareNews(double rarity, double weight, long lastRare) => rarity <= 0 ? 0
        : Math.Min(_options.DensityMax, rarity * weight) * (_options.DensitySettle > 0 ? 1 - Math.Exp(-(Count - lastRare) / _options.DensitySettle) : 1);

    /// <summary>Bytes <see cref="Save"/> writes for this detector.</summary>
    public int StateBytes => FixedStateBytes + 8 + Density.StateBytes + 16 + RangeNovelty.Bytes + Jumps.StateBytes + WeekBins * RangeNovelty.Bytes
        + RarityLadder.StateBytes;

    private const int FixedStateBytes = 1 + 8 + 4 * 8 + 8 + (3 + HourBins) * RangeNovelty.Bytes;

    // 1: the ranges; 2: then the last near-rare point and the value histogram; 3: then the last near-rare jump, the
    // time of the last hour-of-week alert, the jumps' range and histogram, and the hour-of-week ranges; 4: then the
    // ladder of the last values of each rarity.
    private const byte StateVersion = 4;

    /// <summary>Writes the learned state (not the options) so a restarted node resumes where it stopped.</summary>
    public void Save(BinaryWriter writer)
    {
        writer.Write(StateVersion);
        writer.Write(Count);
        writer.Write(Previous);
        writer.Write(FastMean);
        writer.Write(Volatility);
        writer.Write(Peak);
        writer.Write(LastAlert);
        Value.Save(writer);
        Fast.Save(writer);
        Vol.Save(writer);
        foreach (var hour in Hours) hour.Save(writer);
        writer.Write(LastRare);
        Density.Save(writer);
        writer.Write(LastRareJump);
        writer.Write(LastWeekAlert);
        JumpRange.Save(writer);
        Jumps.Save(writer);
        foreach (var range in Week) range.Save(writer);
        Gaps.Save(writer);
    }

    /// <summary>
    /// Reads a state written by <see cref="Save"/>. A version-1 state (before the value histogram) loads with an empty
    /// histogram, a version-1 or -2 state with an empty jump histogram and empty hour-of-week ranges, and a version-1 to -3
    /// state with an empty rarity ladder (as if no value had been rare yet); they fill from the next point on (an hour of
    /// the week is heard again after <see cref="SignalDetectorOptions.WeekWarmUp"/> points).
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a saved detector state.</exception>
    public static SignalDetector Load(BinaryReader reader, SignalDetectorOptions? options = null)
    {
        byte version = reader.ReadByte();
        if (version is not (1 or 2 or 3 or StateVersion)) throw new InvalidDataException("Unknown signal detector state version.");
        var d = new SignalDetector(options)
        {
            Count = reader.ReadInt64(),
            Previous = reader.ReadDouble(),
            FastMean = reader.ReadDouble(),
            Volatility = reader.ReadDouble(),
            Peak = reader.ReadDouble(),
            LastAlert = reader.ReadInt64(),
        };
        d.Value = RangeNovelty.Load(reader);
        d.Fast = RangeNovelty.Load(reader);
        d.Vol = RangeNovelty.Load(reader);
        for (int i = 0; i < HourBins; i++) d.Hours[i] = RangeNovelty.Load(reader);
        if (version >= 2)
        {
            d.LastRare = reader.ReadInt64();
            d.Density = ValueDensity.Load(reader, d._options.DensityBins, d._options.DensityRecent);
        }
        if (version >= 3)
        {
            d.LastRareJump = reader.ReadInt64();
            d.LastWeekAlert = reader.ReadInt64();
            d.JumpRange = RangeNovelty.Load(reader);
            d.Jumps = ValueDensity.Load(reader, d._options.DensityBins, d._options.DensityRecent);
            for (int i = 0; i < WeekBins; i++) d.Week[i] = RangeNovelty.Load(reader);
        }
        if (version >= 4) d.Gaps = RarityLadder.Load(reader);
        return d;
    }

    /// <summary>A copy with the same options and state (a batch runs on a copy, so a failed batch leaves no trace).</summary>
    public SignalDetector Clone()
    {
        var copy = (SignalDetector)MemberwiseClone();
        copy.Hours = (RangeNovelty[])Hours.Clone();
        copy.Week = (RangeNovelty[])Week.Clone();
        copy.Density = Density.Clone();
        copy.Jumps = Jumps.Clone();
        copy.Gaps = Gaps.Clone();
        return copy;
    }
}
