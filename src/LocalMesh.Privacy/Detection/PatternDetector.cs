using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// One entity type found by a regular expression, optionally narrowed to a named group <c>value</c> (the part to
/// redact, when the rest is context such as "password=") and confirmed by a validator (a checksum, an entropy floor)
/// or by the text around the match (<paramref name="inContext"/>: the text, the match's start and length). A pattern
/// that cannot match without one of a few fixed strings (a token's prefix, a keyword) says so in <paramref name="mayMatch"/>
/// (a vectorised search, e.g. <see cref="System.Buffers.SearchValues{T}"/>): a text without them skips the regex pass.
/// </summary>
/// <remarks>
/// The built-in patterns are written to run in linear time (no unbounded lookbehind; where a run of characters could
/// start a match, a one-character lookbehind lets only its first character try) and carry a match timeout as a
/// backstop: a timeout fails the scan (<see cref="ScanFailedException"/>) rather than let unscanned text through.
/// </remarks>
public sealed class PatternDetector(string type, Regex pattern, Func<string, bool>? validate = null, Func<string, int, int, bool>? inContext = null, Func<string, bool>? mayMatch = null) : IEntityDetector
{
    /// <summary>
    /// The built-in patterns' match timeout: a guard against a pattern gone wrong (catastrophic backtracking takes minutes
    /// on a few kilobytes), not a speed limit. It is wide because one match call may scan a whole multi-megabyte text on a
    /// slow or busy machine: at 2 s, 2 MB texts failed their scan on a 2-core machine under a load of 40, where linear
    /// patterns take about 0.1 s for it when the machine is quiet.
    /// </summary>
    internal const int MatchTimeoutMs = 20_000;

    /// <summary>The entity type.</summary>
    public string Type { get; } = type;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => [Type];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        List<EntityMatch>? found = null; // made on the first match: most texts have none, and every request is scanned
        if (mayMatch is not null && !mayMatch(text))
        {
            return [];
        }

        try
        {
            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            {
                var group = m.Groups["value"] is { Success: true } value ? value : m.Groups[0];
                if (group.Length > 0 && (validate is null || validate(group.Value)) && (inContext is null || inContext(text, group.Index, group.Length)))
                {
                    (found ??= []).Add(new EntityMatch(Type, group.Index, group.Length, group.Value));
                }
            }
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new ScanFailedException($"The {Type} detector could not scan a text of {text.Length:N0} characters in time.", ex);
        }

        return (IEnumerable<EntityMatch>?)found ?? [];
    }
}
