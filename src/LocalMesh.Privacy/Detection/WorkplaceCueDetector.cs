using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Organisations after words that say someone works, studies or has an appointment there, in several languages ("I work
/// at Northgate Physiotherapy", "employed by Brightwell Analytics", "lavoro come impiegata presso Liceo Scientifico
/// Galileo Galilei", "je travaille à la Clinique vétérinaire du Parc", "Jag jobbar på Vårdcentralen Björkhagen",
/// "Termin in der Praxis Dr. Lindemann", "يعمل لدى شركة النخيل للتجارة", "勤務先：青葉台小学校", "직장: 주식회사 대양테크").
/// Someone's employer, school or clinic narrows down who they are, and the tagger misses most of those written in other
/// languages or of everyday words. After a cue: a run of capitalised words, with the particles and lower-case adjectives
/// inside names ("du", "di", "vétérinaire", "nr 12"), up to seven words; or, in a script without capitals, the words up
/// to the next punctuation. Reported as <c>ORGANIZATION</c>, which yields to pattern matches. Thread-safe.
/// </summary>
public sealed partial class WorkplaceCueDetector : IEntityDetector
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => ["ORGANIZATION"];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        // Needles of other scripts are searched only in texts that have such letters: mixed in one case-insensitive search
        // they made it five times slower for every text.
        if (!text.AsSpan().ContainsAny(CueWords) && !(text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F') && text.AsSpan().ContainsAny(OtherScriptCueWords)))
        {
            return [];
        }

        List<EntityMatch>? found = null;
        try
        {
            for (var m = Cue().Match(text); m.Success; m = m.NextMatch())
            {
                if (Organisation(text, m.Index + m.Length) is { } organisation)
                {
                    (found ??= []).Add(organisation);
                }
            }
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new ScanFailedException($"The ORGANIZATION cue detector could not scan a text of {text.Length:N0} characters in time.", ex);
        }

        return (IEnumerable<EntityMatch>?)found ?? [];
    }

    /// <summary>What <see cref="Cue"/> cannot match without (most texts have none).</summary>
    private static readonly System.Buffers.SearchValues<string> CueWords = System.Buffers.SearchValues.Create(
        ["work", "employ", "place at", "arbeit", "termin", "travaill", "quitter", "directeur", "trabaj", "trabalh", "lavor", "werk", "jobb", "arbet", "arbejd",
         "lkommen", "pracuj", "uczni"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> OtherScriptCueWords = System.Buffers.SearchValues.Create(["يعمل", "تعمل", "勤務先", "직장", "工作单位"], StringComparison.Ordinal);

    private static EntityMatch? Organisation(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t')
        {
            at++;
        }

        if (at >= text.Length)
        {
            return null;
        }

        var start = at;
        if (!char.IsUpper(text[at]) && !char.IsLower(text[at]) && char.IsLetter(text[at]))
        {
            // A script without capitals: the words up to the next punctuation or line end, at most 40 characters.
            var stop = at;
            while (stop < text.Length && stop - at < 40 && (char.IsLetterOrDigit(text[stop]) || char.GetUnicodeCategory(text[stop]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark || text[stop] == ' '))
            {
                stop++;
            }

            while (stop > at && text[stop - 1] == ' ')
            {
                stop--;
            }

            return stop - at >= 2 ? new EntityMatch("ORGANIZATION", start, stop - at, text[start..stop]) : null;
        }

        if (!char.IsUpper(text[at]))
        {
            return null; // "I work at home", "works for me"
        }

        var end = start;
        for (var words = 0; words < 7 && at < text.Length; words++)
        {
            var wordEnd = at;
            while (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '\'' or '’' or '&' or '-' or '.' && wordEnd + 1 < text.Length && char.IsLetterOrDigit(text[wordEnd + 1]) || (text[wordEnd] == '.' && wordEnd > at && char.IsUpper(text[wordEnd - 1]))))
            {
                wordEnd++;
            }

            if (wordEnd < text.Length && text[wordEnd] == '.' && Abbreviations.Contains(text[at..wordEnd]))
            {
                wordEnd++; // "Praxis Dr. Lindemann", "St. Mary's School"
            }

            var word = text[at..wordEnd];
            if (word.Length == 0)
            {
                break;
            }

            var capital = char.IsUpper(word[0]) || word.All(char.IsDigit) || word is "№" or "&";
            if (words == 0 && (StopWords.Contains(word.ToLowerInvariant()) || word.Length < 2))
            {
                return null; // "works for The …" is fine, but "work at This point" is no company
            }

            if (capital)
            {
                end = wordEnd; // a name ends on a capitalised word (or a number: "Szkoła nr 12")
            }
            else if (!Particles.Contains(word) && (word.Length > 14 || Tagging.CommonWords.Contains(word.ToLowerInvariant())))
            {
                break; // an everyday English word ends the name: "at Kestrel for six years"
            }

            if (wordEnd + 1 >= text.Length || text[wordEnd] != ' ')
            {
                break;
            }

            at = wordEnd + 1;
        }

        return end > start ? new EntityMatch("ORGANIZATION", start, end - start, text[start..end]) : null;
    }

    /// <summary>Particles inside organisations' names ("Clinique du Parc", "Szkoła nr 12", "Bank of Ireland").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "du", "de", "des", "la", "le", "di", "del", "della", "dello", "degli", "of", "the", "and", "für", "van", "der", "den", "het", "nr", "nr.", "no", "no.", "y", "e", "et", "und", "w", "i", "do", "da", "dos", "das",
    };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "Dr", "St", "Ste", "Prof", "Mt", "Co", "Inc", "Ltd" };

    /// <summary>Capitalised words after these cues that are no organisation.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "this", "that", "the", "a", "an", "my", "our", "your", "his", "her", "their", "it", "home", "least", "first", "last", "all", "any", "some",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "weekends", "present",
    };

    private const int TimeoutMs = PatternDetector.MatchTimeoutMs;

    /// <summary>Words before someone's employer, school or clinic, in English, German, French, Spanish, Portuguese, Italian, Dutch, the Nordic languages, Polish, Arabic, Japanese, Korean and Chinese.</summary>
    [GeneratedRegex(
        @"(?i:\b(?:work(?:s|ed|ing)?|intern(?:s|ed|ing)?|teach(?:es|ing)?|volunteer(?:s|ed|ing)?)\s{1,3}(?:at|for|with)(?:\s{1,3}the)?|\bemployed\s{1,3}(?:by|at)|\ba\s{1,3}place\s{1,3}at|\b(?:employer|arbeitgeber|employeur|empleador|datore\s{1,3}di\s{1,3}lavoro|werkgever|arbetsgivare)\s{0,2}:"
        + @"|\barbeite[tn]?\s{1,3}(?:bei|für|in\s{1,3}der|im)|\btermin\s{1,3}(?:in|bei)\s{1,3}(?:der|dem|im)|\btravaill(?:e|es|ent|ais|ait)\s{1,3}(?:à\s{1,3}la|à\s{1,3}l'|au|à|chez|pour)|\bquitter[a]?\s{1,3}(?:la|le|l')|\bdirect(?:eur|rice)\s{1,3}(?:du|de\s{1,3}la|de\s{1,3}l')"
        + @"|\btrabaj(?:o|a|an|aba)\s{1,3}(?:en|para)(?:\s{1,3}(?:la|el))?|\btrabalh(?:o|a|am)\s{1,3}(?:na|no|em|para)|\blavor(?:o|a|ano)(?:\s{1,3}come\s{1,3}\p{L}+)?\s{1,3}(?:presso|per|alla|al|in)(?:\s{1,3}(?:la|il|lo))?"
        + @"|\bwerk(?:t|zaam)?\s{1,3}(?:bij|voor)|\b(?:jobbar|arbetar|jobber|arbejder|arbeider)\s{1,3}(?:på|hos|for|i)|\bvälkommen\s{1,3}till|\bpracuj[eę]\s{1,3}w|\buczni(?:em|ową)\s{1,3})"
        + @"|(?:يعمل|تعمل)\s{1,3}(?:لدى|في)|(?:勤務先|직장|工作单位)\s{0,2}[：:]?",
        RegexOptions.None, TimeoutMs)]
    private static partial Regex Cue();
}
