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
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var chunks = new List<Chunk>();
        var headings = new List<(int Level, string Title)>();
        var paragraph = new StringBuilder();
        var paragraphStart = 0;
        var pending = new StringBuilder();
        var pendingStart = 0;
        var pendingEnd = 0;

        string Section() => string.Join(" › ", headings.Select(h => h.Title));

        void FlushPending()
        {
            if (pending.Length > 0)
            {
                chunks.Add(new Chunk(Section(), pending.ToString().Trim(), pendingStart, pendingEnd));
                pending.Clear();
            }
        }

        void EndParagraph(int lastLine)
        {
            if (paragraph.Length == 0)
            {
                return;
            }

            var body = paragraph.ToString().Trim();
            paragraph.Clear();
            foreach (var piece in Pieces(body))
            {
                if (pending.Length > 0 && pending.Length + piece.Length > TargetChars)
                {
                    FlushPending();
                }

                if (pending.Length == 0)
                {
                    pendingStart = paragraphStart;
                }

                pending.Append(pending.Length > 0 ? "\n\n" : string.Empty).Append(piece);
                pendingEnd = lastLine;
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var lineNumber = i + 1;
            var heading = HeadingOf(line, i + 1 < lines.Length ? lines[i + 1] : null);
            if (heading is { } h)
            {
                EndParagraph(lineNumber - 1);
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
                EndParagraph(lineNumber - 1);
                continue;
            }

            if (paragraph.Length == 0)
            {
                paragraphStart = lineNumber;
            }

            paragraph.Append(paragraph.Length > 0 ? "\n" : string.Empty).Append(line);
        }

        EndParagraph(lines.Length);
        FlushPending();
        return chunks;
    }

    private static (int Level, string Title, bool Setext)? HeadingOf(string line, string? next)
    {
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

    /// <summary>A paragraph, cut at sentence ends when it is longer than <see cref="MaxChars"/>.</summary>
    private static IEnumerable<string> Pieces(string paragraph)
    {
        var start = 0;
        while (paragraph.Length - start > MaxChars)
        {
            var window = paragraph.AsSpan(start, MaxChars);
            var sentence = Math.Max(window.LastIndexOf(". "), Math.Max(window.LastIndexOf("? "), window.LastIndexOf("! ")));
            var cut = sentence > 0 ? sentence + 1 : window.LastIndexOf(' ') is var space and > 0 ? space : MaxChars;
            yield return paragraph.Substring(start, cut).Trim();
            start += cut;
        }

        if (start < paragraph.Length)
        {
            yield return paragraph[start..].Trim();
        }
    }
}
