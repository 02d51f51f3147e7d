using System.Text;

namespace LocalMesh.Knowledge.Ingestion;

/// <summary>
/// Splits a document into passages that respect its structure: a heading starts a new passage and becomes part of
/// the section path of the passages under it (Markdown <c>#</c> headings, or <c>Setext</c> underlines); paragraphs
/// are kept whole and packed together up to <see cref="TargetChars"/>; a paragraph longer than
/// <see cref="MaxChars"/> is cut at sentence ends. Every passage knows its line range in the original text.
/// </summary>
public static class Chunker
{
    /// <summary>Paragraphs are packed into a passage up to about this many characters.</summary>
    public const int TargetChars = 700;

    /// <summary>No passage is longer than this.</summary>
    public const int MaxChars = 1500;

    /// <summary>The passages of a Markdown or plain-text document.</summary>
    public static List<Chunk> Split(string text)
    {
        // Offsets are the original text's (CRLF included), so a citation's characters can be cut out of the file as it is.
        var lines = new List<(string Text, int Offset)>();
        for (var at = 0; at <= text.Length;)
        {
            var newline = text.IndexOf('\n', at);
            var end = newline < 0 ? text.Length : newline;
            var line = text[at..end];
            lines.Add((line.EndsWith('\r') ? line[..^1] : line, at));
            if (newline < 0)
            {
                break;
            }

            at = newline + 1;
        }

        var chunks = new List<Chunk>();
        var headings = new List<(int Level, string Title)>();
        var paragraph = new List<int>(); // line indexes
        var pending = new StringBuilder();
        (int Line, int Char) pendingStart = default, pendingEnd = default;

        string Section() => string.Join(" › ", headings.Select(h => h.Title));

        void FlushPending()
        {
            if (pending.Length > 0)
            {
                chunks.Add(new Chunk(Section(), pending.ToString(), pendingStart.Line, pendingEnd.Line, pendingStart.Char, pendingEnd.Char));
                pending.Clear();
            }
        }

        void EndParagraph()
        {
            if (paragraph.Count == 0)
            {
                return;
            }

            // The paragraph's lines joined with '\n'; a position in it maps back to a line and a column.
            var indexes = paragraph.ToArray();
            paragraph.Clear();
            var starts = new int[indexes.Length];
            var body = new StringBuilder();
            for (var k = 0; k < indexes.Length; k++)
            {
                body.Append(k > 0 ? "\n" : string.Empty);
                starts[k] = body.Length;
                body.Append(lines[indexes[k]].Text.TrimEnd());
            }

            (int Line, int Char) Locate(int position)
            {
                var k = Array.FindLastIndex(starts, s => s <= position);
                return (indexes[k] + 1, lines[indexes[k]].Offset + Math.Min(position - starts[k], lines[indexes[k]].Text.Length));
            }

            var joined = body.ToString();
            foreach (var (from, length) in Pieces(joined))
            {
                if (pending.Length > 0 && pending.Length + length > TargetChars)
                {
                    FlushPending();
                }

                if (pending.Length == 0)
                {
                    pendingStart = Locate(from);
                }

                pending.Append(pending.Length > 0 ? "\n\n" : string.Empty).Append(joined, from, length);
                var last = Locate(from + length - 1);
                pendingEnd = (last.Line, last.Char + 1);
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text.TrimEnd();
            var heading = HeadingOf(line, i + 1 < lines.Count ? lines[i + 1].Text : null);
            if (heading is { } h)
            {
                EndParagraph();
                FlushPending();
                headings.RemoveAll(x => x.Level >= h.Level);
                headings.Add((h.Level, h.Title));
                if (h.Setext)
                {
                    i++; // the underline
                }

                continue;
            }

            if (line.Trim().Length == 0)
            {
                EndParagraph();
                continue;
            }

            paragraph.Add(i);
        }

        EndParagraph();
        FlushPending();
        return chunks;
    }

    private static (int Level, string Title, bool Setext)? HeadingOf(string line, string? next)
    {
        if (PlainHeading(line, next))
        {
            return (2, line.Trim(), false);
        }

        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('#'))
        {
            var level = trimmed.TakeWhile(c => c == '#').Count();
            if (level <= 6 && trimmed.Length > level && trimmed[level] == ' ')
            {
                return (level, trimmed[level..].Trim().TrimEnd('#').Trim(), false);
            }
        }

        if (trimmed.Length > 0 && next is { } underline && underline.Trim().Length >= 3 && underline.Trim().All(c => c is '=' or '-') && !trimmed.StartsWith('-'))
        {
            return (underline.Trim()[0] == '=' ? 1 : 2, trimmed.Trim(), true);
        }

        return null;
    }

    /// <summary>
    /// A heading without markup: a man page's section name ("OPTIONS", "ENVIRONMENT": at most five words in capitals at
    /// the margin, its text indented below). A short title between blank lines ("Job Control" in a plain-text README)
    /// was tried too and lost hit@1 on bench/data/kb-dev2.
    /// </summary>
    internal static bool PlainHeading(string line, string? next)
    {
        if (line.Length == 0 || char.IsWhiteSpace(line[0]) || !char.IsUpper(line[0]) || line.Length > 40 || next is null
            || !line.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '&' or '\'' or '/'))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var capitals = line.Any(char.IsLetter) && line.Where(char.IsLetter).All(char.IsUpper);
        var manSection = capitals && next.Length > 0 && (next[0] is ' ' or '\t');
        return words <= 5 && manSection;
    }

    /// <summary>A paragraph's pieces (start, length, trimmed), cut at sentence ends when it is longer than <see cref="MaxChars"/>.</summary>
    private static IEnumerable<(int Start, int Length)> Pieces(string paragraph)
    {
        var start = 0;
        while (paragraph.Length - start > MaxChars)
        {
            var window = paragraph.AsSpan(start, MaxChars);
            var sentence = Math.Max(Math.Max(window.LastIndexOf(". "), window.LastIndexOf(".\n")), Math.Max(window.LastIndexOf("? "), window.LastIndexOf("! ")));
            var cut = sentence > 0 ? sentence + 1 : window.LastIndexOfAny(' ', '\n') is var space and > 0 ? space : MaxChars;
            if (Trimmed(paragraph, start, cut) is { Length: > 0 } piece)
            {
                yield return piece;
            }

            start += cut;
        }

        if (start < paragraph.Length && Trimmed(paragraph, start, paragraph.Length - start) is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }

    private static (int Start, int Length) Trimmed(string text, int start, int length)
    {
        var end = start + length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }
}
