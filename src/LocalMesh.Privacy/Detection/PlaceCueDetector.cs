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
            for (var m = Before().Match(text); m.Success; m = m.NextMatch())
            {
                if (Place(text, m.Index + m.Length) is { } place)
                {
                    (found ??= []).Add(place);
                }
            }

            for (var m = After().Match(text); m.Success; m = m.NextMatch())
            {
                var word = m.Groups["place"];
                if (NameCueDetector.HasNameWord(word.Value))
                {
                    (found ??= []).Add(new EntityMatch("LOCATION", word.Index, word.Length, word.Value));
                }
            }
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new ScanFailedException($"The LOCATION cue detector could not scan a text of {text.Length:N0} characters in time.", ex);
        }

        return (IEnumerable<EntityMatch>?)found ?? [];
    }

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
    [GeneratedRegex(@"(?i)(?<![\w])(?:(?:live|lives|lived|living|reside|resides|residing|born|raised|grew\s{1,3}up|grow\s{1,3}up|based|stationed|settled|hiking|pick-?up|drop-?off)\s{1,3}in|(?:moved|moving|move|relocated|relocating|coming|come|flying|fly|flights?|trip|drive|driving|commute)\s{1,3}to|wohne|wohnt|wohnen|lebe|lebt|vivo|vive|vivimos|habite|habitons|abito|abita|woon|woont|mieszkam|mieszka|moro|mora)\s{1,3}(?:in|en|à|a|w|em|im)?(?=\s)", RegexOptions.None, TimeoutMs)]
    private static partial Regex Before();

    /// <summary>A word that a following noun makes a place: "the Dundee airport", "our Wroclaw office", "the patras trip".</summary>
    [GeneratedRegex(@"(?i)(?<![\w])(?:the|our|your|my|their)\s{1,3}(?<place>\p{L}[\p{L}-]{1,30})\s{1,3}(?:airport|office|trip|branch|plant|campus|warehouse|depot|harbou?r|station)(?![\w])", RegexOptions.None, TimeoutMs)]
    private static partial Regex After();
}
