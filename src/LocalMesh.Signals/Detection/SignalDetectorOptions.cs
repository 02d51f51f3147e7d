namespace LocalMesh.Signals.Detection;

/// <summary>
/// The detector's hyper-parameters. They are the same for every stream (the detector calibrates itself on
/// each stream's own history); <see cref="Sensitivity"/> is the only per-stream knob, and it scales the
/// surprise the detector reports, not what it learns.
/// </summary>
public sealed record SignalDetectorOptions
{
    /// <summary>Points learned from before any score is reported.</summary>
    public int WarmUp { get; init; } = 60;

    /// <summary>Horizon (points) of the short mean that a level shift moves.</summary>
    public double FastHorizon { get; init; } = 6;

    /// <summary>Horizon (points) of the local volatility (mean absolute jump).</summary>
    public double VolatilityHorizon { get; init; } = 12;

    /// <summary>Points after an alert during which weaker surprises are not reported.</summary>
    public double Refractory { get; init; } = 30;

    /// <summary>Share of its range by which each feature's range shrinks per point (forgetting).</summary>
    public double Shrink { get; init; } = 0;

    /// <summary>Points an hour-of-day bin must have before it can be surprised (60: five days of 5-minute points).</summary>
    public int HourWarmUp { get; init; } = 60;

    /// <summary>Points over which a new stream's surprises grow to full weight (1 − e^(−n/Confidence)): young ranges are narrow.</summary>
    public double Confidence { get; init; } = 1000;

    /// <summary>Weight of the value leaving its range.</summary>
    public double ValueWeight { get; init; } = 1;

    /// <summary>Weight of the short mean leaving its range (a level shift).</summary>
    public double ShiftWeight { get; init; } = 0.8;

    /// <summary>Weight of the local volatility leaving its range (a burst, or a signal gone flat).</summary>
    public double VolatilityWeight { get; init; } = 0.25;

    /// <summary>Whether the hour-of-day ranges hold the short mean (true) or the raw value.</summary>
    public bool HourSmooth { get; init; } = true;

    /// <summary>Whether a move of the whole stream to a new range (value or level, at least <see cref="SpreadAbove"/>) is learned by every hour of the day at once, so it is reported once and not again by each hour.</summary>
    public bool SpreadNovelty { get; init; } = true;

    /// <summary>The least surprise of a whole-stream move that every hour learns (see <see cref="SpreadNovelty"/>).</summary>
    public double SpreadAbove { get; init; } = 0.03;

    /// <summary>Points over which surprises regain full weight after an alert (1 − e^(−since/Recover)); 0 = at once.</summary>
    public double Recover { get; init; } = 30;

    /// <summary>Points a feature's range must have held for a novelty to count fully (1 − e^(−quiet/Settle)): a stream that keeps setting records is not news.</summary>
    public double Settle { get; init; } = 10;
    /// <summary>Weight of the value leaving the range of its hour of the day, scaled by that range's share of the whole.</summary>
    public double HourWeight { get; init; } = 0.2;

    /// <summary>Bins of the histogram of values over the stream's range (even; a rare bin is news even inside the range).</summary>
    public int DensityBins { get; init; } = 24;

    /// <summary>Weight of a value falling in a rarely visited part of the range, per decade of rarity beyond <see cref="DensityFloor"/>.</summary>
    public double DensityWeight { get; init; } = 0.1;

    /// <summary>Decades below an even share of points that a bin may be without news: 1.5 = a bin with under 1/30 of its even share.</summary>
    public double DensityFloor { get; init; } = 1.5;

    /// <summary>Points of prior spread evenly over the bins, so a young stream's empty bins are not news.</summary>
    public double DensityPrior { get; init; } = 1;

    /// <summary>Points a stream must have before a rare value can surprise it.</summary>
    public int DensityWarmUp { get; init; } = 100;

    /// <summary>E-fold (points) of the recent visits that also count toward a bin's share: a new level is reported once, not again while it lasts.</summary>
    public double DensityRecent { get; init; } = 50;

    /// <summary>The largest surprise a rare value alone can make: inside the range it is a weaker sign than a new extreme, and the tails of plain noise are rare too.</summary>
    public double DensityMax { get; init; } = 0.15;

    /// <summary>Points since the last rare value over which a rare value regains full weight (1 − e^(−quiet/DensitySettle)): a stream whose tails are often visited (plain noise) is not news there.</summary>
    public double DensitySettle { get; init; } = 300;

    /// <summary>Decades short of <see cref="DensityFloor"/> at which a value already counts as near-rare for <see cref="DensitySettle"/>.</summary>
    public double DensityNear { get; init; } = 1;

    /// <summary>Weight of the short mean leaving the range of its hour of the week (168 ranges), scaled by that range's share of the whole; 0 = off.</summary>
    public double WeekWeight { get; init; } = 0.2;

    /// <summary>Points an hour-of-week bin must have before it can be surprised (32: about three weeks of 5-minute points).</summary>
    public int WeekWarmUp { get; init; } = 32;

    /// <summary>
    /// An hour of the week is heard only when its range is at most this share of the same hour of the day's range: a
    /// stream whose weeks are not narrower than its days has no weekly pattern to break, and its week ranges are only
    /// younger, noisier copies of the day's.
    /// </summary>
    public double WeekGate { get; init; } = 0.7;

    /// <summary>Weight of a jump of rare size, per decade of rarity beyond <see cref="JumpFloor"/>; 0 = off.</summary>
    public double JumpWeight { get; init; } = 0.05;

    /// <summary>Decades below an even share of points that a jump's bin may be without news (as <see cref="DensityFloor"/>, for jumps).</summary>
    public double JumpFloor { get; init; } = 2;

    /// <summary>Share of the stream's range added to the local volatility that a jump is measured in, so a flat stream's first ripple is not infinitely large.</summary>
    public double JumpScale { get; init; } = 0.01;

    /// <summary>
    /// Weight, against the plain rarity, of a rare value at least <see cref="GapInside"/> bins inside the range that is
    /// damped only by recent values nearly as rare as itself (within <see cref="DensityNear"/>), not by any near-rare one; 0 = off.
    /// </summary>
    public double GapWeight { get; init; } = 0.5;

    /// <summary>Bins of the value histogram a value must be inside the range's ends for <see cref="GapWeight"/>: the tails of plain noise are not gaps.</summary>
    public double GapInside { get; init; } = 3;

    /// <summary>
    /// Least share of the stream's points that must lie on each side of a value for <see cref="GapWeight"/> (0.002: 8 of
    /// 4,000): a gap is between parts of the range the stream has been in, not past the last of its rare spikes.
    /// </summary>
    public double GapSides { get; init; } = 0.002;

    /// <summary>
    /// Share of the alert surprise (score ½) from which a reported surprise starts the recovery (<see cref="Recover"/>) as
    /// an alert does: 0.7 = a score of 0.41 or more.
    /// </summary>
    public double NearAlert { get; init; } = 0.7;

    /// <summary>Multiplies the reported surprise (1 = default; 2 = twice as sensitive).</summary>
    public double Sensitivity { get; init; } = 1;

    /// <summary>The defaults, chosen on half of NAB and checked on the other half (docs/signals.md).</summary>
    public static SignalDetectorOptions Default { get; } = new();
}
