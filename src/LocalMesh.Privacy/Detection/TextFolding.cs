using System.Globalization;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Undoes the usual ways of disguising a value from a scanner, before the detectors run: invisible characters
/// (zero-width spaces, soft hyphens) are dropped; full-width forms, non-ASCII digits, exotic spaces and dashes become
/// their ASCII counterparts; and Cyrillic or Greek letters that look like Latin ones become Latin when they sit next to
/// ASCII letters or digits (so <c>jоhn@example.com</c> with a Cyrillic <c>о</c> is an e-mail, while Russian words are
/// left alone). A map from folded to original positions lets matches be reported on the original text.
/// </summary>
public static class TextFolding
{
    private static readonly Dictionary<char, char> Homoglyphs = new()
    {
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['х'] = 'x', ['у'] = 'y', ['і'] = 'i', ['ѕ'] = 's', ['ј'] = 'j',
        ['ԁ'] = 'd', ['һ'] = 'h', ['ԛ'] = 'q', ['ԝ'] = 'w', ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H',
        ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C', ['Т'] = 'T', ['Х'] = 'X', ['У'] = 'Y', ['І'] = 'I', ['Ј'] = 'J', ['Ѕ'] = 'S',
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N', ['Ο'] = 'O',
        ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X', ['ο'] = 'o', ['ν'] = 'v', ['α'] = 'a', ['ι'] = 'i',
    };

    /// <summary>
    /// The folded text and, when it differs from <paramref name="text"/>, the original position of each of its
    /// characters (null when nothing was folded).
    /// </summary>
    public static (string Folded, int[]? Map) Fold(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return (text, null);
        }

        var folded = new char[text.Length];
        var map = new int[text.Length];
        var n = 0;
        var changed = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var f = FoldChar(text, i);
            if (f == '\0')
            {
                changed = true;
                continue; // invisible: dropped
            }

            changed |= f != c;
            folded[n] = f;
            map[n++] = i;
        }

        return changed ? (new string(folded, 0, n), map[..n]) : (text, null);
    }

    private static char FoldChar(string text, int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return c;
        }

        if (c is '\u00AD' or '\u034F' or '\u180E' or (>= '\u200B' and <= '\u200F') or (>= '\u2060' and <= '\u2064') or '\uFEFF')
        {
            return '\0';
        }

        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return (char)(c - 0xFEE0); // full-width ASCII
        }

        if (c is '\u00A0' or '\u202F' or '\u205F' or '\u3000' or (>= '\u2000' and <= '\u200A'))
        {
            return ' ';
        }

        if (c is (>= '\u2010' and <= '\u2015') or '\u2212' or '\uFE63')
        {
            return '-';
        }

        if (char.IsDigit(c) && CharUnicodeInfo.GetDecimalDigitValue(c) is var digit and >= 0)
        {
            return (char)('0' + digit);
        }

        if (Homoglyphs.TryGetValue(c, out var latin) && (NextToAscii(text, i - 1) || NextToAscii(text, i + 1)))
        {
            return latin;
        }

        return c;
    }

    private static bool NextToAscii(string text, int i) => i >= 0 && i < text.Length && char.IsAsciiLetterOrDigit(text[i]);
}
