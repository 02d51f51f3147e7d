namespace LocalMesh.Privacy.Tagging;

/// <summary>A token of a text: where it starts and how long it is.</summary>
public readonly record struct TextToken(int Start, int Length)
{
    /// <summary>Where it ends (exclusive).</summary>
    public int End => Start + Length;
}

/// <summary>
/// Splits text into the tokens the tagger labels: runs of letters and digits (with inner apostrophes, hyphens and
/// ampersands kept, as in <c>O'Brien</c>, <c>Jean-Luc</c>, <c>AT&amp;T</c>), and every other visible character on its
/// own. Line breaks are tokens too, because they separate the lines of an address.
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
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i)))
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

    private static bool IsJoiner(ReadOnlySpan<char> text, int i) =>
        text[i] is '\'' or '’' or '-' or '&' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && char.IsLetterOrDigit(text[i - 1]);
}
