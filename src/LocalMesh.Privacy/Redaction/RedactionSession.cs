using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Redaction;

/// <summary>
/// The placeholders of one request: each distinct sensitive value gets one placeholder (<c>&lt;EMAIL_1&gt;</c>) used
/// wherever it appears — in every message, the system prompt, tool-call arguments — and <see cref="Restore"/> puts the
/// originals back into the answer. Every mention counts: once an entity is found in any text the session has seen
/// (<see cref="Learn"/>), its other occurrences and its parts ("Jane Smith" → "Smith", "Jane", "JANE SMITH") are
/// redacted too, with the same placeholder, even where the detectors alone would miss them. A place or an organisation
/// that identifies no one alone (<see cref="EntityMatch.Contextual"/>) is redacted only when some text of the request
/// holds personal data (<see cref="PrivacyScanner.Anchors"/>). The mapping lives only in
/// this object, in memory, for the request's lifetime. Not thread-safe: one request, one session.
/// </summary>
/// <param name="scanner">Finds the entities.</param>
/// <param name="keep">Entity types to leave in place (configured <c>allow</c>); null redacts every type.</param>
public sealed partial class RedactionSession(PrivacyScanner scanner, IReadOnlySet<string>? keep = null)
{
    /// <summary>The longest placeholder this session writes (used to hold back a split one when streaming).</summary>
    internal const int MaxPlaceholderLength = 40;

    private readonly Dictionary<string, string> _byValue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<EntityMatch>> _scans = new(StringComparer.Ordinal);
    private readonly Mentions _mentions = new();
    private readonly Dictionary<string, string> _byPlaceholder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);
    private readonly List<EntityMatch> _unanchored = [];
    private bool _anchored = !scanner.RequireAnchor;

    /// <summary>Redactions made so far by entity type (every occurrence counts).</summary>
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>Every entity redacted so far, with its position in the text it was found in.</summary>
    public List<EntityMatch> Redacted { get; } = [];

    /// <summary>
    /// Scans <paramref name="text"/> and remembers its entities, so that their mentions in any text redacted later in
    /// this session are redacted too. Call it on every text of a request before redacting any of them.
    /// </summary>
    /// <exception cref="ScanFailedException">The text could not be scanned in time.</exception>
    public void Learn(string text) => ScanOnce(text);

    /// <summary>Replaces every sensitive value in <paramref name="text"/>, and every mention of one learnt before, by its placeholder.</summary>
    /// <exception cref="ScanFailedException">The text could not be scanned in time.</exception>
    public string Redact(string text)
    {
        var found = ScanOnce(text);
        if (!_anchored && found.Any(m => m.Contextual))
        {
            found = [.. found.Where(m => !m.Contextual)]; // nothing in the request is personal: places and companies alone stay
        }

        var matches = new List<(EntityMatch Match, string Owner)>(found.Select(m => (m, _mentions.OwnerOf(m.Type, m.Value))));
        if (text.Length > 0)
        {
            // Mentions fill the gaps the detectors left: the detectors' own matches win where they overlap.
            var taken = found.Count == 0 ? null : new bool[text.Length];
            foreach (var m in found)
            {
                taken.AsSpan(m.Start, m.Length).Fill(true);
            }

            foreach (var (mention, owner) in _mentions.Find(text))
            {
                if (!Kept(mention.Type) && (taken is null || taken.AsSpan(mention.Start, mention.Length).IndexOf(true) < 0))
                {
                    matches.Add((mention, owner));
                }
            }
        }

        if (matches.Count == 0)
        {
            return text;
        }

        matches.Sort((a, b) => a.Match.Start.CompareTo(b.Match.Start));
        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (match, owner) in matches)
        {
            result.Append(text, at, match.Start - at).Append(PlaceholderFor(match, owner));
            Redacted.Add(match);
            Counts[match.Type] = Counts.GetValueOrDefault(match.Type) + 1;
            at = match.End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    private IReadOnlyList<EntityMatch> ScanOnce(string text)
    {
        if (_scans.TryGetValue(text, out var known))
        {
            return known;
        }

        // Places and organisations that identify no one alone (EntityMatch.Contextual) are redacted only when some text of
        // the request holds personal data (a name in the system prompt anchors the city in the question).
        IReadOnlyList<EntityMatch> matches = scanner.ScanAll(text);
        if (!_anchored && matches.Any(PrivacyScanner.Anchors))
        {
            _anchored = true;
            foreach (var waiting in _unanchored)
            {
                _mentions.Learn(waiting);
            }

            _unanchored.Clear();
        }

        if (keep is { Count: > 0 })
        {
            matches = [.. matches.Where(m => !Kept(m.Type))];
        }

        foreach (var match in matches)
        {
            if (match.Contextual && !_anchored)
            {
                _unanchored.Add(match);
            }
            else
            {
                _mentions.Learn(match);
            }
        }

        _scans[text] = matches;
        return matches;
    }

    private bool Kept(string type) => keep is { Count: > 0 } && keep.Contains(type);

    /// <summary>Puts the original values back in place of this session's placeholders (others are left alone).</summary>
    public string Restore(string text) =>
        _byPlaceholder.Count == 0 || !text.Contains('<', StringComparison.Ordinal)
            ? text
            : Placeholder().Replace(text, m => _byPlaceholder.TryGetValue(m.Value, out var original) ? original : m.Value);

    /// <summary>Whether any value was redacted.</summary>
    public bool HasRedactions => _byPlaceholder.Count > 0;

    /// <summary>
    /// The placeholder of a mention: <c>&lt;PERSON_1&gt;</c> for the entity as it was found ("Rahul Sharma"), and
    /// <c>&lt;PERSON_1_2&gt;</c>, <c>&lt;PERSON_1_3&gt;</c>, … for each other way it is written in the request ("Rahul",
    /// "Mr Sharma", "RAHUL SHARMA"). The shared number tells the model it is one person; the suffix lets an answer that
    /// echoes the part ("Thanks, Rahul") come back as that part, not as the full name.
    /// </summary>
    private string PlaceholderFor(EntityMatch match, string owner)
    {
        if (!_byValue.TryGetValue(owner, out var placeholder))
        {
            var n = _next[match.Type] = _next.GetValueOrDefault(match.Type) + 1;
            placeholder = string.Create(CultureInfo.InvariantCulture, $"<{match.Type}_{n}>");
            _byValue[owner] = placeholder;
            _byPlaceholder[placeholder] = _mentions.FormOf(owner) ?? match.Value;
        }

        var form = Collapse(match.Value);
        if (form == Collapse(_byPlaceholder[placeholder]))
        {
            return placeholder;
        }

        var variantKey = owner + "\n" + form;
        if (!_byValue.TryGetValue(variantKey, out var variant))
        {
            var k = _next[owner] = Math.Max(2, _next.GetValueOrDefault(owner) + 1);
            variant = string.Concat(placeholder.AsSpan(0, placeholder.Length - 1), string.Create(CultureInfo.InvariantCulture, $"_{k}>"));
            _byValue[variantKey] = variant;
            _byPlaceholder[variant] = match.Value;
        }

        return variant;
    }

    private static string Collapse(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"<[A-Z][A-Z_]*_\d+(?:_\d+)?>")]
    private static partial Regex Placeholder();
}
