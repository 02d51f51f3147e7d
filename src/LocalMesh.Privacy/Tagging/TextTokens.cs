namespace LocalMesh.Privacy.Tagging;

/// <summary>A token of a text: where it starts and how long it is.</summary>
public readonly record struct TextToken(int Start, int Length)
{
    /// <summary>Where it ends (exclusive).</summary>
    public int End => Start + Length;
}

/// <summary>
/// Splits text into the tokens the tagger labels: runs of letters and digits (with inner apostrophes, hyphens and
/// ampersands kept, as in <c>O'Brien</c>, <c>Jean-Luc</c>, <c>AT&amp;T</c>; combining marks and zero-width joiners
/// inside, which Devanagari, Bengali, Tamil, Thai and Persian write words with: <c>राहुल</c>, <c>สมชาย</c>,
/// <c>علی‌پور</c>), and every other visible character on its own. Line breaks are tokens too, because they separate the
/// lines of an address.
/// </summary>
public static class TextTokens
{
    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static List<TextToken> Split(ReadOnlySpan<char> text)
    {
        var tokens = new List<TextToken>(text.Length / 5 + 1);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsMark(text[i]) || IsJoiner(text, i)))
                {
                    i++;
                }

                tokens.Add(new TextToken(start, i - start));
            }
            else if (c == '\n' || !char.IsWhiteSpace(c))
            {
                tokens.Add(new TextToken(i++, 1));
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    /// <summary>
    /// A combining mark or a zero-width (non-)joiner: part of the word it is in. Before, the vowel signs of Indic scripts
    /// and Thai split "राहुल" into three one-letter tokens that no name list or feature could make sense of.
    /// </summary>
    internal static bool IsMark(char c) =>
        c is '\u200C' or '\u200D' || (c >= '\u0300' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark);

    private static bool IsJoiner(ReadOnlySpan<char> text, int i) =>
        text[i] is '\'' or '’' or '-' or '&' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && char.IsLetterOrDigit(text[i - 1]);
}
