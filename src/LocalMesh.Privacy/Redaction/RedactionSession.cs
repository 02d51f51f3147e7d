using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Redaction;

/// <summary>
/// The placeholders of one request: each distinct sensitive value gets one placeholder (<c>&lt;EMAIL_1&gt;</c>) used
/// wherever it appears — in every message, the system prompt, tool-call arguments — and <see cref="Restore"/> puts the
/// originals back into the answer. The mapping lives only in this object, in memory, for the request's lifetime.
/// Not thread-safe: one request, one session.
/// </summary>
/// <param name="scanner">Finds the entities.</param>
/// <param name="keep">Entity types to leave in place (configured <c>allow</c>); null redacts every type.</param>
public sealed partial class RedactionSession(PrivacyScanner scanner, IReadOnlySet<string>? keep = null)
{
    /// <summary>The longest placeholder this session writes (used to hold back a split one when streaming).</summary>
    internal const int MaxPlaceholderLength = 40;

    private readonly Dictionary<string, string> _byValue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byPlaceholder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    /// <summary>Redactions made so far by entity type (every occurrence counts).</summary>
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>Every entity redacted so far, with its position in the text it was found in.</summary>
    public List<EntityMatch> Redacted { get; } = [];

    /// <summary>Replaces every sensitive value in <paramref name="text"/> by its placeholder.</summary>
    public string Redact(string text)
    {
        var matches = scanner.Scan(text);
        if (keep is { Count: > 0 })
        {
            matches = [.. matches.Where(m => !keep.Contains(m.Type))];
        }

        if (matches.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var match in matches)
        {
            result.Append(text, at, match.Start - at).Append(PlaceholderFor(match));
            Redacted.Add(match);
            Counts[match.Type] = Counts.GetValueOrDefault(match.Type) + 1;
            at = match.End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Puts the original values back in place of this session's placeholders (others are left alone).</summary>
    public string Restore(string text) =>
        _byPlaceholder.Count == 0 || !text.Contains('<', StringComparison.Ordinal)
            ? text
            : Placeholder().Replace(text, m => _byPlaceholder.TryGetValue(m.Value, out var original) ? original : m.Value);

    /// <summary>Whether any value was redacted.</summary>
    public bool HasRedactions => _byPlaceholder.Count > 0;

    private string PlaceholderFor(EntityMatch match)
    {
        if (!_byValue.TryGetValue(match.Value, out var placeholder))
        {
            var n = _next[match.Type] = _next.GetValueOrDefault(match.Type) + 1;
            placeholder = string.Create(CultureInfo.InvariantCulture, $"<{match.Type}_{n}>");
            _byValue[match.Value] = placeholder;
            _byPlaceholder[placeholder] = match.Value;
        }

        return placeholder;
    }

    [GeneratedRegex(@"<[A-Z][A-Z_]*_\d+>")]
    private static partial Regex Placeholder();
}
