using System.Text.RegularExpressions;

namespace LocalMesh.Knowledge.Ingestion;

/// <summary>A sentence of a passage: where it is in the passage's text, and its text with every run of whitespace made one space.</summary>
/// <param name="Start">Its first character in the passage.</param>
/// <param name="Length">Its length in the passage.</param>
/// <param name="Text">Its text, on one line.</param>
public readonly record struct TextSentence(int Start, int Length, string Text);

/// <summary>
/// Cuts a passage into sentences. Prose wrapped at a fixed width (licences, man pages, FAQs) is read across its single
/// newlines: a line continues the sentence above it unless a blank line, a list item, a table row, a quote or a
/// numbered clause starts it. Sentences end at <c>.</c>, <c>?</c> or <c>!</c> followed by white space and a capital,
/// digit or bracket; not after an abbreviation (<c>e.g.</c>, <c>i.e.</c>, <c>etc.</c>, an initial). Thread-safe; no state.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "ie", "eg", "etc", "vs", "cf", "mr", "mrs", "ms", "dr", "no", "fig", "approx", "inc", "ltd", "co", "st", "al", "resp", "ca", "vol", "ver", "sec",
    };

    /// <summary>The sentences of <paramref name="passage"/>, in order.</summary>
    public static List<TextSentence> Split(string passage)
    {
        var sentences = new List<TextSentence>();
        foreach (var (start, end) in Units(passage))
        {
            var from = start;
            for (var i = start; i < end; i++)
            {
                if (passage[i] is '.' or '?' or '!' && EndsSentence(passage, i, end, from, out var after))
                {
                    Add(sentences, passage, from, after);
                    from = after;
                }
            }

            Add(sentences, passage, from, end);
        }

        return sentences;
    }

    /// <summary>Lines joined into units: a unit ends at a blank line, and a list item, table row, quote or numbered clause starts a new one.</summary>
    private static IEnumerable<(int Start, int End)> Units(string text)
    {
        var unitStart = -1;
        var unitEnd = -1;
        for (var at = 0; at < text.Length;)
        {
            var newline = text.IndexOf('\n', at);
            var lineEnd = newline < 0 ? text.Length : newline;
            var blank = text.AsSpan(at, lineEnd - at).Trim().Length == 0;
            if (blank || ItemStart().IsMatch(text.AsSpan(at, lineEnd - at)))
            {
                if (unitStart >= 0)
                {
                    yield return (unitStart, unitEnd);
                }

                unitStart = blank ? -1 : at;
            }
            else if (unitStart < 0)
            {
                unitStart = at;
            }

            unitEnd = lineEnd;
            at = lineEnd + 1;
        }

        if (unitStart >= 0)
        {
            yield return (unitStart, unitEnd);
        }
    }

    private static bool EndsSentence(string text, int dot, int end, int sentenceStart, out int after)
    {
        after = dot + 1;
        while (after < end && text[after] is ')' or '"' or '\'' or ']' or '”' or '’')
        {
            after++;
        }

        if (after >= end || !char.IsWhiteSpace(text[after]))
        {
            return false;
        }

        var next = after;
        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= end || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '(' or '\'' or '“' or '[' or '*' or '`'))
        {
            return false;
        }

        if (text[dot] != '.')
        {
            return true;
        }

        // The word before the dot: an abbreviation, an initial or a clause number ("1.", "(a).") does not end a sentence.
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length <= 1 || Abbreviations.Contains(word.ToString()) || (word.Length <= 3 && IsAllDigitsOrDots(word) && text.AsSpan(sentenceStart, wordStart - sentenceStart).Trim().Length == 0))
        {
            return false;
        }

        return true;
    }

    private static bool IsAllDigitsOrDots(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(List<TextSentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSentence(start, end - start, Whitespace().Replace(text[start..end], " ")));
        }
    }

    // A list item, table row, quote, code fence or numbered clause at the start of a line: "- x", "* x", "1. x", "1.2. x", "a) x", "(b) x", "| x", "> x", "Q. x".
    [GeneratedRegex(@"^\s*(?:[-*+•>|]\s|\d+(?:\.\d+)*[.)]\s|\(?[a-z]\)\s|\(?[ivx]+\)\s|```|Q\.\s|A\.\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
