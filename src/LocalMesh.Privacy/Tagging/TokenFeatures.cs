namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// The features the entity tagger sees for a token: the word and its neighbours (lower-cased), word shapes
/// (<c>Xx</c>, <c>d</c>, <c>X.</c>), prefixes and suffixes, whether it starts a sentence or a line, whether it is a
/// common English word or on one of the <see cref="Gazetteer"/>'s lists, and the tag of the token before it.
/// Features are 64-bit FNV-1a hashes computed over spans: beyond each token's lower-cased form and shape, building
/// them allocates nothing.
/// </summary>
internal static class TokenFeatures
{
    /// <summary>How many features <see cref="Static"/> writes per token.</summary>
    public const int StaticCount = 28;

    /// <summary>How many features <see cref="Dynamic"/> writes per token.</summary>
    public const int DynamicCount = 3;

    /// <summary>What the features of a text need, computed once per token.</summary>
    public sealed class Prepared
    {
        public required string[] Lower { get; init; }
        public required string[] Shape { get; init; }
        public required bool[] StartsSentence { get; init; }
        public required bool[] Common { get; init; }
        public required string[] Lists { get; init; }
    }

    /// <summary>Lower-cased words, shapes and sentence starts of the tokens.</summary>
    public static Prepared Prepare(ReadOnlySpan<char> text, IReadOnlyList<TextToken> tokens, Gazetteer gazetteer)
    {
        var lower = new string[tokens.Count];
        var shape = new string[tokens.Count];
        var starts = new bool[tokens.Count];
        var common = new bool[tokens.Count];
        var lists = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            lower[i] = word.ToString().ToLowerInvariant();
            shape[i] = ShapeOf(word);
            common[i] = CommonWords.Contains(lower[i]);
            lists[i] = ListNames[(int)gazetteer.Of(lower[i])];
            starts[i] = i == 0 || lower[i - 1] is "." or "!" or "?" or "\n" or ":" or "\"" or "(" or "-" or "•" or "*" or ";";
        }

        return new Prepared { Lower = lower, Shape = shape, StartsSentence = starts, Common = common, Lists = lists };
    }

    /// <summary>Writes the features that do not depend on earlier tags.</summary>
    public static void Static(Prepared p, int i, Span<ulong> into)
    {
        var w = p.Lower[i];
        var k = 0;
        into[k++] = Hash(0, "bias");
        into[k++] = Hash(1, w);
        into[k++] = Hash(2, Word(p, i - 1));
        into[k++] = Hash(3, Word(p, i + 1));
        into[k++] = Hash(4, Word(p, i - 2));
        into[k++] = Hash(5, Word(p, i + 2));
        into[k++] = Hash(6, Word(p, i - 1), w);
        into[k++] = Hash(7, w, Word(p, i + 1));
        into[k++] = Hash(8, p.Shape[i]);
        into[k++] = Hash(9, Shape(p, i - 1));
        into[k++] = Hash(10, Shape(p, i + 1));
        into[k++] = Hash(11, Shape(p, i - 1), p.Shape[i], Shape(p, i + 1));
        into[k++] = Hash(12, w.Length > 3 ? w.AsSpan()[^3..] : w);
        into[k++] = Hash(13, w.Length > 2 ? w.AsSpan()[^2..] : w);
        into[k++] = Hash(14, w.Length > 3 ? w.AsSpan()[..3] : w);
        into[k++] = Hash(15, p.Shape[i], p.StartsSentence[i] ? "start" : "inside");
        into[k++] = Hash(16, Word(p, i - 1), p.Shape[i]);
        into[k++] = Hash(17, p.Shape[i], Word(p, i + 1));
        into[k++] = Hash(18, Shape(p, i - 2), Shape(p, i + 2));
        into[k++] = Hash(19, Word(p, i - 2), Word(p, i - 1));
        into[k++] = Hash(20, Word(p, i + 1), Word(p, i + 2));
        into[k++] = Hash(21, w.Length > 4 ? w.AsSpan()[^4..] : w);
        into[k++] = Hash(22, Common(p, i), p.Shape[i], p.StartsSentence[i] ? "start" : "inside");
        into[k++] = Hash(23, Common(p, i - 1), Common(p, i), Common(p, i + 1));
        into[k++] = Hash(24, Common(p, i), p.Shape[i], Shape(p, i - 1), Common(p, i - 1));
        into[k++] = Hash(25, p.Lists[i], Common(p, i), p.Shape[i]);
        into[k++] = Hash(26, List(p, i - 1), List(p, i + 1));
        into[k++] = Hash(27, p.Lists[i], List(p, i + 1));
    }

    /// <summary>Writes the features that depend on the tag of the token before (-1 at the start).</summary>
    public static void Dynamic(Prepared p, int i, int previous, Span<ulong> into)
    {
        into[0] = Hash(30, previous);
        into[1] = Hash(32, p.Lower[i], previous);
        into[2] = Hash(33, p.Shape[i], previous);
    }

    /// <summary>The shape of a word: upper-case letters become X, lower-case x, digits d; repeats collapse.</summary>
    public static string ShapeOf(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 32)];
        var n = 0;
        foreach (var c in word)
        {
            if (c >= '\u0300' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                continue; // a vowel sign belongs to its letter's shape
            }

            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? Script(c) : c;
            if (n > 0 && buffer[n - 1] == s)
            {
                continue;
            }

            if (n == buffer.Length)
            {
                break;
            }

            buffer[n++] = s;
        }

        return new string(buffer[..n]);
    }

    /// <summary>
    /// The script of a letter without case, as one shape character: Han <c>H</c>, kana <c>K</c>, Hangul <c>G</c>, Arabic
    /// <c>A</c>, Hebrew <c>W</c>, Thai <c>T</c>, Indic <c>I</c>, Georgian <c>E</c>, other <c>L</c>. Before, such a letter
    /// was its own shape, so that every Chinese or Korean word had a shape of its own and the shape features said nothing.
    /// </summary>
    private static char Script(char c) => c switch
    {
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' => 'H',
        >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' => 'K',
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => 'G',
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => 'A',
        >= '\u0590' and <= '\u05FF' => 'W',
        >= '\u0E00' and <= '\u0EFF' => 'T',
        >= '\u0900' and <= '\u0DFF' => 'I',
        >= '\u10A0' and <= '\u10FF' => 'E',
        _ => 'L',
    };

    private static readonly string[] ListNames = [.. Enumerable.Range(0, 64).Select(f => ((Gazetteer.Lists)f).ToString())];

    private static string List(Prepared p, int i) => i < 0 || i >= p.Lists.Length ? "_" : p.Lists[i];

    private static string Common(Prepared p, int i) => i < 0 || i >= p.Common.Length ? "_" : p.Common[i] ? "c" : "n";

    private static string Word(Prepared p, int i) => i < 0 ? "<s>" : i >= p.Lower.Length ? "</s>" : p.Lower[i];

    private static string Shape(Prepared p, int i) => i < 0 ? "<s>" : i >= p.Shape.Length ? "</s>" : p.Shape[i];

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private static ulong Mix(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return (hash ^ 0xFF) * Prime;
    }

    private static ulong Hash(int kind, ReadOnlySpan<char> a) => Mix((Offset ^ (ulong)kind) * Prime, a);

    private static ulong Hash(int kind, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Mix(Hash(kind, a), b);

    private static ulong Hash(int kind, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) => Mix(Hash(kind, a, b), c);

    private static ulong Hash(int kind, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, ReadOnlySpan<char> d) => Mix(Hash(kind, a, b, c), d);

    private static ulong Hash(int kind, int value) => ((Offset ^ (ulong)kind) * Prime ^ (ulong)value) * Prime;

    private static ulong Hash(int kind, ReadOnlySpan<char> a, int value) => (Hash(kind, a) ^ (ulong)value) * Prime;
}
