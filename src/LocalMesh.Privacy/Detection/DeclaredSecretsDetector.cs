using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Terms a user declared secret (project code names, customer names, internal host names), matched whole-word,
/// case-insensitively, with any run of spaces, hyphens, underscores or dots between their parts, and with
/// plural/possessive endings ("Project Bluebird", "project-bluebird", "BLUEBIRD's").
/// </summary>
public sealed class DeclaredSecretsDetector : IEntityDetector
{
    /// <summary>The entity type of declared secrets.</summary>
    public const string Type = "DECLARED_SECRET";

    private readonly Regex? _pattern;

    /// <summary>Builds the matcher for <paramref name="terms"/> (blank terms are ignored).</summary>
    public DeclaredSecretsDetector(IEnumerable<string> terms)
    {
        var alternatives = terms
            .Select(t => t.Trim())
            .Where(t => t.Length >= 2)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length) // longest first: "Bluebird Labs" before "Bluebird"
            .Select(t => string.Join(@"[\s_.\-]*", Regex.Split(t, @"[\s_.\-]+").Where(p => p.Length > 0).Select(Regex.Escape)))
            .ToList();
        Terms = alternatives.Count;
        if (alternatives.Count > 0)
        {
            _pattern = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?:'s|s|es)?(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>How many terms are declared.</summary>
    public int Terms { get; }

    /// <inheritdoc />
    IReadOnlyCollection<string> IEntityDetector.Types => [Type];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        try
        {
            return _pattern is null ? [] : [.. _pattern.Matches(text).Select(m => new EntityMatch(Type, m.Index, m.Length, m.Value))];
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new ScanFailedException($"The declared-secrets detector could not scan a text of {text.Length:N0} characters in time.", ex);
        }
    }
}
