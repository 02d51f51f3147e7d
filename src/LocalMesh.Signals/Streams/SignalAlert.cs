using System.Text.Json.Nodes;
using LocalMesh.Signals.Detection;

namespace LocalMesh.Signals.Streams;

/// <summary>
/// A change the detector reported on a stream: the point's time and value, its score (≥ 0.5 at sensitivity 1),
/// which feature left its usual range, and the points just before it (oldest first) for context.
/// </summary>
public sealed record SignalAlert(string Stream, DateTimeOffset Timestamp, double Value, double Score, SignalFeature Feature,
    IReadOnlyList<SignalPoint> Context)
{
    /// <summary>The feature in words, for events and webhooks.</summary>
    public string What => Feature switch
    {
        SignalFeature.Value => "the value left the range this stream has had",
        SignalFeature.Level => "the level shifted outside its usual range",
        SignalFeature.Volatility => "the volatility left its usual range (a burst, or the signal went flat)",
        SignalFeature.HourOfDay => "the value left its usual range for this hour of the day",
        SignalFeature.RareValue => "the value fell where this stream has rarely been",
        SignalFeature.HourOfWeek => "the value left its usual range for this hour of the week (a broken weekly pattern)",
        SignalFeature.Jump => "the value jumped by an amount rare for this stream's usual volatility",
        _ => Feature.ToString(),
    };

    /// <summary>The alert as the event stream, webhooks and the API show it.</summary>
    public JsonObject ToJson()
    {
        var context = new JsonArray();
        foreach (var p in Context) context.Add(new JsonObject { ["timestamp"] = p.Timestamp, ["value"] = p.Value });
        return new JsonObject
        {
            ["stream"] = Stream,
            ["timestamp"] = Timestamp,
            ["value"] = Value,
            ["score"] = Math.Round(Score, 4),
            ["feature"] = FeatureName(Feature),
            ["what"] = What,
            ["context"] = context,
        };
    }

    /// <summary>A feature's name in the API (snake case).</summary>
    public static string FeatureName(SignalFeature feature) => feature switch
    {
        SignalFeature.HourOfDay => "hour_of_day",
        SignalFeature.RareValue => "rare_value",
        SignalFeature.HourOfWeek => "hour_of_week",
        _ => feature.ToString().ToLowerInvariant(),
    };
}
