using LocalMesh.Privacy.Tagging;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// A listed given name followed by one or two capitalised words that are no everyday English word: "Imogen Fairbairn was
/// born on …", "Kennwort für Annegret Seidl", "Present: Nerea Navarro Gil". The tagger learns names from sentences
/// filled with a sample of Bogus's lists and misses many a name it never saw, most of all at the start of a sentence
/// or in another language's sentence; a given name on the long lists (<see cref="ListedNames"/>) before a surname-shaped
/// word is a person in almost every text. The given name must be capitalised like a name ("Imogen", not "IMOGEN" or
/// "imogen") and not an everyday word ("Will Turner" is left to the tagger); the words after it must be capitalised
/// too, on the same line, one space apart. A listed given name alone also counts when it labels a chat line ("Imogen:
/// here's the deploy key", "Павел: пароль …"): at the start of a line, a colon, then a message. Reported as <c>PERSON</c> (a possessive's <c>'s</c> left out). Thread-safe.
/// </summary>
public sealed class ListedNameDetector : IEntityDetector
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => ["PERSON"];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        List<EntityMatch>? found = null;
        var at = 0;
        while (true)
        {
            var (start, end) = NextWord(text, at);
            if (start < 0)
            {
                break;
            }

            at = end;
            if (!Capitalised(text, start, end) || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '@' or '.' or '/' or '-'))
                || !ListedNames.IsFirst(text[start..end].ToLowerInvariant()))
            {
                continue;
            }

            // One or two surname-shaped words after it, one space apart.
            var last = end;
            for (var words = 0; words < 2; words++)
            {
                if (last + 1 >= text.Length || text[last] != ' ')
                {
                    break;
                }

                var (s, e) = NextWord(text, last + 1);
                if (s != last + 1 || !Surname(text, s, e))
                {
                    break;
                }

                last = e;
            }

            if (last == end && SpeakerLabel(text, start, end))
            {
                // "Imogen: here's the deploy key", "Павел: пароль от вайфая …": a chat line's speaker, alone.
                (found ??= []).Add(new EntityMatch("PERSON", start, end - start, text[start..end]));
                continue;
            }

            if (last == end || (last < text.Length && (char.IsLetterOrDigit(text[last]) || text[last] is '_' or '@')))
            {
                continue;
            }

            var value = WithoutPossessive(text[start..last]);
            (found ??= []).Add(new EntityMatch("PERSON", start, value.Length, value));
            at = last;
        }

        return found ?? (IEnumerable<EntityMatch>)[];
    }

    /// <summary>
    /// Whether the word at <paramref name="start"/> opens its line and a colon follows it, then a message of two words or
    /// more (a form's field has one value: "Paris: 3").
    /// </summary>
    private static bool SpeakerLabel(string text, int start, int end)
    {
        var lineStart = start == 0 || text[start - 1] == '\n' || (text.LastIndexOf('\n', start - 1) is var nl && text.AsSpan(nl + 1, start - nl - 1).IsWhiteSpace());
        if (!lineStart || end >= text.Length - 1 || text[end] is not (':' or '：') || text[end + 1] is not (' ' or '\t'))
        {
            return false;
        }

        var lineEnd = text.IndexOf('\n', end);
        var message = text.AsSpan(end + 1, (lineEnd < 0 ? text.Length : lineEnd) - end - 1).Trim();
        return message.IndexOf(' ') > 0;
    }

    /// <summary>A word that can be a family name: capitalised, letters (an apostrophe or hyphen inside), no everyday word.</summary>
    private static bool Surname(string text, int start, int end)
    {
        if (!Capitalised(text, start, end))
        {
            return false;
        }

        var word = WithoutPossessive(text[start..end].ToLowerInvariant());
        return word.Length >= 2 && !CommonWords.Contains(word) && !Gazetteer.IsParticle(word);
    }

    /// <summary>A word or name without a possessive's <c>'s</c> ("Mariani's" → "Mariani").</summary>
    private static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    /// <summary>An upper-case letter, then lower-case letters (at least one), with at most an apostrophe or hyphen between them.</summary>
    private static bool Capitalised(string text, int start, int end)
    {
        if (end - start < 2 || !char.IsUpper(text[start]))
        {
            return false;
        }

        var lower = false;
        for (var i = start + 1; i < end; i++)
        {
            var c = text[i];
            if (char.IsLower(c))
            {
                lower = true;
            }
            else if (char.IsUpper(c) || !(c is '\'' or '’' or '-' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                return false; // "McDonald" and "DeShawn" are left to the tagger; "iPhone", "GmbH" are no names
            }
        }

        return lower;
    }

    /// <summary>The next run of letters (with apostrophes, hyphens and combining marks inside) at or after <paramref name="from"/>; (-1, -1) when none.</summary>
    private static (int Start, int End) NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            return (-1, -1);
        }

        var start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark
            || (text[i] is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
        {
            i++;
        }

        return (start, i);
    }
}
