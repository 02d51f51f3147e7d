using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Passports as travel systems and people write them, where the passport detector's "number after its name" rule does
/// not reach:
/// <list type="bullet">
/// <item>the machine-readable zone of a passport or identity card (ICAO 9303; OCR of a photo, a scanner's output): the
/// document number and birth date of the second line, each taken only when its check digit holds (the holder's names
/// of the first line, <c>P&lt;SWEHAKKINEN&lt;&lt;VEIKKO&lt;&lt;&lt;</c>, are <see cref="TravelNameDetector"/>'s);</item>
/// <item>an airline booking's passport element (<c>SSR DOCS SK HK1 P/SWE/33046110/SWE/08NOV50/F/KAPANADZE/TAMAR</c>):
/// number, birth date, surname and given names;</item>
/// <item>a number shaped like a passport number a few words after a word for passport, in the same sentence
/// ("I lost my passport on the train, number was LA524473"; "passport scans for Ana (PC3106502) and you (PC8893744)").</item>
/// </list>
/// Thread-safe.
/// </summary>
public sealed partial class TravelDocumentDetector : IEntityDetector
{
    /// <summary>How far after a word for passport (in characters, within its sentence) a passport-shaped number counts.</summary>
    public const int Reach = 90;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => ["PASSPORT", "DATE_OF_BIRTH", "PERSON"];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var found = new List<EntityMatch>();
        if (text.Contains('<'))
        {
            MachineReadableZone(text, found);
        }

        if (text.Contains("DOCS", StringComparison.Ordinal) || text.Contains("P/", StringComparison.Ordinal))
        {
            AirlineDocs(text, found);
        }

        NumbersAfterPassportWords(text, found);
        return found;
    }

    private static void MachineReadableZone(string text, List<EntityMatch> found)
    {
        for (var m = MrzSecondLine().Match(text); m.Success; m = m.NextMatch())
        {
            var number = m.Groups["number"];
            var birth = m.Groups["birth"];
            if (!IdentityChecksums.Icao(number.ValueSpan, m.Groups["numberCheck"].Value[0]) || !IdentityChecksums.Icao(birth.ValueSpan, m.Groups["birthCheck"].Value[0]))
            {
                continue;
            }

            var trimmed = number.Value.TrimEnd('<');
            if (trimmed.Length > 0)
            {
                found.Add(new EntityMatch("PASSPORT", number.Index, trimmed.Length, trimmed));
            }

            found.Add(new EntityMatch("DATE_OF_BIRTH", birth.Index, birth.Length, birth.Value));
        }
    }

    private static void AirlineDocs(string text, List<EntityMatch> found)
    {
        for (var m = Docs().Match(text); m.Success; m = m.NextMatch())
        {
            foreach (var (name, type) in new[] { ("number", "PASSPORT"), ("birth", "DATE_OF_BIRTH"), ("surname", "PERSON"), ("given", "PERSON") })
            {
                var group = m.Groups[name];
                var value = group.Value.TrimEnd();
                if (value.Length > 0)
                {
                    found.Add(new EntityMatch(type, group.Index, value.Length, value));
                }
            }
        }
    }

    private static void NumbersAfterPassportWords(string text, List<EntityMatch> found)
    {
        // Starts already taken (by the zone, a DOCS element or an earlier passport word), looked up in constant time: a
        // list scan per number made a text full of "passport 12345678" quadratic (37 s for 1 MB, now well under 1 s).
        var taken = found.Select(f => f.Start).ToHashSet();
        for (var word = PassportWord().Match(text); word.Success; word = word.NextMatch())
        {
            var from = word.Index + word.Length;
            var end = Math.Min(text.Length, from + Reach);
            var stop = SentenceEnd().Match(text, from, end - from);
            end = stop.Success ? stop.Index : end;
            // The numbers are read a little past the reach, so that one starting inside it is seen whole: a range that
            // ends inside a long number lets the pattern take its first digits as a passport number.
            var readTo = Math.Min(text.Length, end + LongestNumber);
            for (var m = PassportNumber().Match(text, from, readTo - from); m.Success && m.Index < end; m = m.NextMatch())
            {
                if (taken.Add(m.Index))
                {
                    found.Add(new EntityMatch("PASSPORT", m.Index, m.Length, m.Value));
                }
            }
        }
    }

    private const int TimeoutMs = PatternDetector.MatchTimeoutMs;

    /// <summary>A passport's or id card's second MRZ line: number, check, nationality, birth date, check, sex, expiry, check.</summary>
    [GeneratedRegex(@"(?<![A-Z0-9<])(?<number>[A-Z0-9<]{9})(?<numberCheck>\d)[A-Z<]{3}(?<birth>\d{6})(?<birthCheck>\d)[MFX<]\d{6}\d", RegexOptions.None, TimeoutMs)]
    private static partial Regex MrzSecondLine();

    /// <summary>An airline booking's DOCS element: P/issuing state/number/nationality/birth date/sex/[expiry/]surname/given names.</summary>
    [GeneratedRegex(@"(?<![A-Z0-9/])P/[A-Z]{3}/(?<number>[A-Z0-9]{5,15})/[A-Z]{3}/(?<birth>\d{2}[A-Z]{3}\d{2})/(?:[MFU]I?|X)/(?:\d{2}[A-Z]{3}\d{2}/)?(?<surname>[A-Z][A-Z' -]{0,40})/(?<given>[A-Z][A-Z' ]{0,40})", RegexOptions.None, TimeoutMs)]
    private static partial Regex Docs();

    [GeneratedRegex(@"\b(?i:passports?|passeport|pasaporte|passaporto|passaporte|paszport|reisepass|paspoort|pasport|paspor|pasaport|pa[șs]aport|útlevél|utlevel)\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex PassportWord();

    /// <summary>The end of a sentence or line: a full stop, question or exclamation mark before a space, or a line break.</summary>
    [GeneratedRegex(@"[.!?](?=\s)|\n", RegexOptions.None, TimeoutMs)]
    private static partial Regex SentenceEnd();

    /// <summary>The longest passport number the pattern takes, and the two characters its end looks at.</summary>
    private const int LongestNumber = 12;

    /// <summary>What passport numbers look like: one or two letters and 6–8 digits, a letter after seven digits, or 8–9 digits alone.</summary>
    [GeneratedRegex(@"(?<![\w/.:-])(?:[A-Z]{1,2}\d{6,8}|[A-Z]\d{7}[A-Z]|\d{8,9})(?![\w/-]|[.,:]\d)", RegexOptions.None, TimeoutMs)]
    private static partial Regex PassportNumber();
}
