using System.Globalization;

namespace LocalMesh.Ledger;

/// <summary>The ledger's <c>KIND:count,KIND:count</c> text for redacted values (kinds and counts, never the values).</summary>
public static class RedactedKinds
{
    /// <summary>Parses the text (several joined by commas are summed per kind); malformed parts are skipped.</summary>
    public static SortedDictionary<string, int> Parse(string? text)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.LastIndexOf(':');
            if (colon > 0 && int.TryParse(part.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                counts[part[..colon]] = counts.GetValueOrDefault(part[..colon]) + n;
            }
        }

        return counts;
    }

    /// <summary>Sums the counts of several texts joined by commas into one text, ordered by kind; null when there are none.</summary>
    public static string? Merge(string? text) =>
        Parse(text) is { Count: > 0 } counts ? string.Join(',', counts.Select(k => $"{k.Key}:{k.Value.ToString(CultureInfo.InvariantCulture)}")) : null;
}
