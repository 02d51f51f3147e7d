namespace LocalMesh.Signals.Streams;

/// <summary>
/// A stream's settings, by API (<c>PUT /v1/localmesh/signals/{stream}/settings</c>) or configuration
/// (<c>LocalMesh:Signals:Streams:&lt;name&gt;</c>). The detector itself needs no tuning: these say how loud the
/// stream may be and where its data may go.
/// </summary>
public sealed record StreamSettings
{
    /// <summary>Multiplies the detector's surprise: 2 alerts on changes half as large, 0.5 only on twice as large. 0.01–100.</summary>
    public double Sensitivity { get; init; } = 1;

    /// <summary>Least time between two alerts of this stream (by the points' timestamps), seconds; 0 = no limit. One hour by default: a sustained change is one alert, not one per point.</summary>
    public double MinGapSeconds { get; init; } = 3600;

    /// <summary>The data domain of the stream's values (e.g. <c>medical</c>): decides which tiers its alerts may reach; null = the policy's default.</summary>
    public string? Domain { get; init; }

    /// <summary>Days an alert is kept in the stream's history; 0 = for ever.</summary>
    public double RetentionDays { get; init; } = 30;

    /// <summary>Why these settings are invalid, or null when they are fine.</summary>
    public string? Problem() =>
        !double.IsFinite(Sensitivity) || Sensitivity is < 0.01 or > 100 ? $"sensitivity must be between 0.01 and 100 (it is {Sensitivity})."
        : !double.IsFinite(MinGapSeconds) || MinGapSeconds < 0 ? $"min_gap_seconds must be 0 or more (it is {MinGapSeconds})."
        : !double.IsFinite(RetentionDays) || RetentionDays < 0 ? $"retention_days must be 0 or more (it is {RetentionDays})."
        : Domain is { Length: 0 or > 64 } ? "domain must be a name of 1 to 64 characters."
        : null;
}
