namespace LocalMesh.Signals.Detection;

/// <summary>Which feature of a stream left its usual range.</summary>
public enum SignalFeature
{
    /// <summary>The value itself.</summary>
    Value,
    /// <summary>A short mean: the level moved.</summary>
    Level,
    /// <summary>The local volatility: a burst, or a signal gone flat.</summary>
    Volatility,
    /// <summary>The value for this hour of the day: a broken daily pattern.</summary>
    HourOfDay,
    /// <summary>The value fell in a part of the range the stream has rarely been in.</summary>
    RareValue,
    /// <summary>The value for this hour of the week: a broken weekly pattern (a holiday on a weekday).</summary>
    HourOfWeek,
    /// <summary>The jump from the short mean, in units of the local volatility, was of a size the stream has rarely had.</summary>
    Jump,
}

/// <summary>Why a point surprised the detector: the feature that left its range most, and the surprise (in ranges, weighted).</summary>
public readonly record struct SignalSurprise(SignalFeature Feature, double Surprise);
