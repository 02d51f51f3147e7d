using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Names in the two formats of travel documents, which no sentence cue reaches: a passport's machine-readable zone
/// (<c>P&lt;SWEMORTENSEN&lt;&lt;METTE&lt;&lt;&lt;…</c>: family names, <c>&lt;&lt;</c>, given names) and an airline
/// booking's passenger names (<c>1.1KAPANADZE/TAMARMR</c>, and <c>SSR DOCS … /F/KAPANADZE/TAMAR</c>: family name,
/// <c>/</c>, given name with the title run on). Both are written in capitals, where the tagger's lists and case
/// features say little. Each part is reported as <c>PERSON</c>. Thread-safe.
/// </summary>
public sealed partial class TravelNameDetector : IEntityDetector
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => ["PERSON"];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        if (!text.Contains('/') && !text.Contains("<<", StringComparison.Ordinal))
        {
            return [];
        }

        List<EntityMatch>? found = null;
        try
        {
            foreach (var pattern in new[] { Mrz(), PassengerName(), DocsName() })
            {
                for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
                {
                    foreach (var part in new[] { m.Groups["family"], m.Groups["given"] })
                    {
                        if (part.Success && part.Length >= 2)
                        {
                            // A name of several words is written with '<' between them in the zone: each word is a name.
                            var at = part.Index;
                            foreach (var word in part.Value.Split('<', StringSplitOptions.None))
                            {
                                if (word.Length >= 2)
                                {
                                    (found ??= []).Add(new EntityMatch("PERSON", at, word.Length, word));
                                }

                                at += word.Length + 1;
                            }
                        }
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new ScanFailedException($"The travel name detector could not scan a text of {text.Length:N0} characters in time.", ex);
        }

        return (IEnumerable<EntityMatch>?)found ?? [];
    }

    /// <summary>
    /// The first line of a passport's or ID card's machine-readable zone: document type, issuing state, names.
    /// A part of one letter ("D&lt;ARTAGNAN") is read past, not reported; the given names may end the line (a zone cut short).
    /// </summary>
    [GeneratedRegex(@"(?m)(?<![A-Z0-9<])[PIAC][A-Z<][A-Z]{3}(?<family>[A-Z]+(?:<[A-Z]+){0,5})<<(?<given>[A-Z]+(?:<[A-Z]+){0,5})(?=<|$)", RegexOptions.None, PatternDetector.MatchTimeoutMs)]
    private static partial Regex Mrz();

    /// <summary>A booking's passenger line: <c>1.1SURNAME/GIVENMR</c> (the title runs on without a space).</summary>
    [GeneratedRegex(@"(?<![A-Z0-9])\d{1,2}\.\d(?<family>\p{Lu}{2,30})/(?<given>\p{Lu}{2,30}?)(?:MRS|MR|MS|MISS|MSTR|DR|CHD|INF)?(?!\p{Lu})", RegexOptions.None, PatternDetector.MatchTimeoutMs)]
    private static partial Regex PassengerName();

    /// <summary>The passport data of a booking (<c>SSR DOCS … /F/SURNAME/GIVEN</c>): the sex, then family and given names.</summary>
    [GeneratedRegex(@"SSR\s{1,3}DOCS\b[^\n]{0,80}?/[MFX]I?/(?<family>\p{Lu}{2,30})/(?<given>\p{Lu}{2,30})", RegexOptions.None, PatternDetector.MatchTimeoutMs)]
    private static partial Regex DocsName();
}
