using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Towns after words that say someone lives, was born, is going or is based there, in several languages ("wohne in
/// oulu", "vivo en dunedin", "moving to Medellin!!", "are coming to busan", "pick-up in Sapporo"), and before words
/// that make a word a place ("the Dundee airport", "our Wroclaw office", "the patras trip"). The tagger drops a
/// lower-case town on no list, and a town that is also an everyday word ("Cork", "Boulder") needs the cue. After a
/// cue, one to three words count when they are capitalised and not a stop word, or in lower case and not an everyday
/// English word; before a noun, one word that is not an everyday English word. Reported as <c>LOCATION</c>, which
/// yields to pattern matches. Thread-safe.
/// </summary>
public sealed partial class PlaceCueDetector : IEntityDetector
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => ["LOCATION"];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        List<EntityMatch>? found = null;
        try
        {
            // The cue words are found with one vectorised search; the patterns only run where one starts (prose is
            // full of "the" and of words starting like the cues, and a pattern tried at every word cost 30 µs a KB).
            var span = text.AsSpan();
            for (var at = span.IndexOfAny(CueStarts); at >= 0;)
            {
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && Before().Match(text, at) is { Success: true } m && m.Index == at
                    && Place(text, m.Index + m.Length) is { } place)
                {
                    (found ??= []).Add(place);
                }

                var next = span[(at + 1)..].IndexOfAny(CueStarts);
                at = next < 0 ? -1 : at + 1 + next;
            }

            for (var at = span.IndexOfAny(Nouns); at >= 0;)
            {
                if (PlaceBefore(text, at) is { } place)
                {
                    (found ??= []).Add(place);
                }

                var next = span[(at + 1)..].IndexOfAny(Nouns);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new ScanFailedException($"The LOCATION cue detector could not scan a text of {text.Length:N0} characters in time.", ex);
        }

        return (IEnumerable<EntityMatch>?)found ?? [];
    }

    /// <summary>The first words of the cues before a place (see <see cref="Before"/>), any case.</summary>
    private static readonly System.Buffers.SearchValues<string> CueStarts = System.Buffers.SearchValues.Create(
        ["live", "living", "reside", "born", "raised", "grew", "grow", "based", "stationed", "settled", "hiking", "pick", "drop", "move",
         "moving", "relocat", "coming", "come", "fly", "flight", "trip", "driv", "commute", "wohn", "lebe", "lebt", "viv", "habit", "abit",
         "woon", "mieszka", "moro", "mora"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Nouns that make the word before them a place, with the space before them.</summary>
    private static readonly System.Buffers.SearchValues<string> Nouns = System.Buffers.SearchValues.Create(
        [" airport", " office", " trip", " branch", " plant", " campus", " warehouse", " depot", " harbour", " harbor", " station"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"the Dundee airport", "our Wroclaw office": the word before the noun at <paramref name="at"/> (its space), after a determiner.</summary>
    private static EntityMatch? PlaceBefore(string text, int at)
    {
        var nounEnd = at + 1;
        while (nounEnd < text.Length && char.IsLetter(text[nounEnd]))
        {
            nounEnd++;
        }

        var end = at;
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }

        var determinerEnd = start - 1;
        var determinerStart = determinerEnd;
        while (determinerStart > 0 && char.IsLetter(text[determinerStart - 1]))
        {
            determinerStart--;
        }

        if (!NounWords.Contains(text[(at + 1)..nounEnd].ToLowerInvariant())
            || end - start < 2 || determinerEnd <= 0 || text[determinerEnd] != ' '
            || !Determiners.Contains(text[determinerStart..determinerEnd].ToLowerInvariant())
            || !NameCueDetector.HasNameWord(text.AsSpan(start, end - start)))
        {
            return null;
        }

        return new EntityMatch("LOCATION", start, end - start, text[start..end]);
    }

    private static readonly HashSet<string> NounWords = new(StringComparer.Ordinal) { "airport", "office", "trip", "branch", "plant", "campus", "warehouse", "depot", "harbour", "harbor", "station" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "our", "your", "my", "their" };

    private static EntityMatch? Place(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        var start = at;
        var end = at;
        for (var words = 0; words < 3; words++)
        {
            var wordEnd = at;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || (text[wordEnd] == '-' && wordEnd > at && wordEnd + 1 < text.Length && char.IsLetter(text[wordEnd + 1]))))
            {
                wordEnd++;
            }

            var word = text.AsSpan(at, wordEnd - at);
            if (word.Length < 2 || StopWords.Contains(word.ToString().ToLowerInvariant())
                || !(char.IsUpper(word[0]) ? word[1..].ContainsAnyInRange('a', 'z') : NameCueDetector.HasNameWord(word)))
            {
                break;
            }

            end = wordEnd;
            if (wordEnd + 1 >= text.Length || text[wordEnd] != ' ' || !char.IsUpper(text[wordEnd + 1]) || !char.IsUpper(text[start]))
            {
                break; // only capitalised places run on ("Porto Alegre"); a lower-case one is one word
            }

            at = wordEnd + 1;
        }

        return end > start ? new EntityMatch("LOCATION", start, end - start, text[start..end]) : null;
    }

    /// <summary>Capitalised words that follow these cues and are no place ("moving to The next step", "based in Python").</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "my", "our", "your", "his", "her", "their", "this", "that", "which", "what", "it", "them", "him", "me", "us",
        "and", "or", "new", "main", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "version", "production",
        "python", "java", "rust", "go", "kubernetes", "docker", "aws", "azure", "windows", "linux", "excel", "english", "french",
        "german", "spanish", "italian", "dutch", "polish", "portuguese", "chinese", "japanese",
    };

    private const int TimeoutMs = PatternDetector.MatchTimeoutMs;

    /// <summary>Words before a place: living, birth, moving, travel and being based there, in English, German, Spanish, French, Italian, Dutch, Polish, Portuguese.</summary>
    [GeneratedRegex(@"(?i)\G(?:(?:live|lives|lived|living|reside|resides|residing|born|raised|grew\s{1,3}up|grow\s{1,3}up|based|stationed|settled|hiking|pick-?up|drop-?off)\s{1,3}in|(?:moved|moving|move|relocated|relocating|coming|come|flying|fly|flights?|trip|drive|driving|commute)\s{1,3}to|wohne|wohnt|wohnen|lebe|lebt|vivo|vive|vivimos|habite|habitons|abito|abita|woon|woont|mieszkam|mieszka|moro|mora)(?:\s{1,3}(?:in|en|à|a|w|em|im))?(?=\s)", RegexOptions.None, TimeoutMs)]
    private static partial Regex Before();
}
