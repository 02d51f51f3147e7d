using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// One entity type found by a regular expression, optionally narrowed to a named group <c>value</c> (the part to
/// redact, when the rest is context such as "password=") and confirmed by a validator (a checksum, an entropy floor).
/// </summary>
public sealed class PatternDetector(string type, Regex pattern, Func<string, bool>? validate = null) : IEntityDetector
{
    /// <summary>The entity type.</summary>
    public string Type { get; } = type;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => [Type];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        foreach (Match m in pattern.Matches(text))
        {
            var group = m.Groups["value"] is { Success: true } value ? value : m.Groups[0];
            if (group.Length > 0 && (validate is null || validate(group.Value)))
            {
                yield return new EntityMatch(Type, group.Index, group.Length, group.Value);
            }
        }
    }
}
