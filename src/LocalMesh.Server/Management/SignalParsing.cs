using System.Globalization;
using System.Text;
using System.Text.Json;
using LocalMesh.Server.Http;
using LocalMesh.Signals.Streams;

namespace LocalMesh.Server.Management;

/// <summary>
/// Reads signal batches and settings from request bodies. Every refusal is a 400 naming the point and field at
/// fault; nothing is half-read into a stream, because the hub only sees a batch that parsed whole.
/// </summary>
internal static class SignalParsing
{
    /// <summary>
    /// A JSON batch: <c>[{"timestamp": ..., "value": ...}, ...]</c> or <c>{"points": [...]}</c>. A timestamp is an ISO 8601
    /// string (UTC when it has no offset) or Unix seconds; a value is a JSON number.
    /// </summary>
    public static List<SignalPoint> Json(byte[] body)
    {
        using var document = JsonBody.Parse(body);
        var root = document.RootElement;
        var array = root.ValueKind == JsonValueKind.Array ? root
            : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("points", out var p) && p.ValueKind == JsonValueKind.Array ? p
            : throw Bad("Send [{\"timestamp\": \"2026-01-01T00:00:00Z\", \"value\": 1.5}, ...] or {\"points\": [...]}.", "points", "invalid_batch");
        var points = new List<SignalPoint>(array.GetArrayLength());
        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) throw Bad($"Point {i} must be an object {{\"timestamp\": ..., \"value\": ...}}.", $"points[{i}]", "invalid_point");
            if (!item.TryGetProperty("timestamp", out var t)) throw Bad($"Point {i} has no \"timestamp\".", $"points[{i}].timestamp", "missing_timestamp");
            if (!item.TryGetProperty("value", out var v)) throw Bad($"Point {i} has no \"value\".", $"points[{i}].value", "missing_value");
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var value) || !double.IsFinite(value))
                throw Bad($"Point {i}: \"value\" must be a finite number (it is {Shorten(v.GetRawText())}).", $"points[{i}].value", "invalid_value");
            var timestamp = t.ValueKind switch
            {
                JsonValueKind.String => ParseTime(t.GetString()!, i),
                JsonValueKind.Number when t.TryGetDouble(out var seconds) && Math.Abs(seconds) < 2e11 => DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000)),
                _ => throw Bad($"Point {i}: \"timestamp\" must be an ISO 8601 string or Unix seconds (it is {Shorten(t.GetRawText())}).", $"points[{i}].timestamp", "invalid_timestamp"),
            };
            points.Add(new SignalPoint(timestamp, value));
            i++;
        }
        return points;
    }

    /// <summary>A CSV batch: <c>timestamp,value</c> lines, an optional header first.</summary>
    public static List<SignalPoint> Csv(byte[] body)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body)) throw Bad("The CSV body is not valid UTF-8.", null, "invalid_csv");
        var points = new List<SignalPoint>();
        int line = 0;
        foreach (var raw in Encoding.UTF8.GetString(body).Split('\n'))
        {
            line++;
            var row = raw.TrimEnd('\r');
            if (row.Length == 0) continue;
            var cells = row.Split(',');
            if (line == 1 && cells.Length >= 2 && cells[1].Trim().Equals("value", StringComparison.OrdinalIgnoreCase)) continue;
            int i = points.Count;
            if (cells.Length != 2) throw Bad($"CSV line {line}: expected 'timestamp,value'.", $"points[{i}]", "invalid_csv");
            if (!double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                throw Bad($"CSV line {line}: the value must be a finite number (it is '{Shorten(cells[1])}').", $"points[{i}].value", "invalid_value");
            var text = cells[0].Trim();
            var timestamp = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && Math.Abs(seconds) < 2e11
                ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000))
                : ParseTime(text, i, $"CSV line {line}");
            points.Add(new SignalPoint(timestamp, value));
        }
        return points;
    }

    /// <summary>A settings object; fields left out keep <paramref name="current"/>'s values.</summary>
    public static StreamSettings Settings(JsonElement root, StreamSettings current)
    {
        var known = new HashSet<string> { "sensitivity", "min_gap_seconds", "domain", "retention_days" };
        foreach (var property in root.EnumerateObject())
            if (!known.Contains(property.Name)) throw Bad($"Unknown setting \"{property.Name}\"; the settings are {string.Join(", ", known)}.", property.Name, "unknown_setting");
        return current with
        {
            Sensitivity = Number(root, "sensitivity") ?? current.Sensitivity,
            MinGapSeconds = Number(root, "min_gap_seconds") ?? current.MinGapSeconds,
            RetentionDays = Number(root, "retention_days") ?? current.RetentionDays,
            Domain = root.TryGetProperty("domain", out var d)
                ? d.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => d.GetString(),
                    _ => throw Bad("\"domain\" must be a string or null.", "domain", "invalid_type"),
                }
                : current.Domain,
        };
    }

    private static double? Number(JsonElement root, string name) => root.TryGetProperty(name, out var v)
        ? v.ValueKind == JsonValueKind.Number ? v.GetDouble() : throw Bad($"\"{name}\" must be a number.", name, "invalid_type")
        : null;

    private static DateTimeOffset ParseTime(string text, int index, string? where = null) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var t)
            ? t
            : throw Bad($"{where ?? $"Point {index}"}: '{Shorten(text)}' is not a timestamp (ISO 8601, e.g. 2026-01-01T00:00:00Z, or Unix seconds).", $"points[{index}].timestamp", "invalid_timestamp");

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private static ApiException Bad(string message, string? param, string code) => new(400, message, OpenAIError.InvalidRequest, param, code);
}
