using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalMesh.Knowledge.Ingestion;

/// <summary>
/// The text of a Word document (.docx, Open XML SDK) as Markdown: headings (by their style, in any language Word is
/// set to) become Markdown headings, list items <c>- </c> lines, table rows <c>cell | cell</c> lines.
/// </summary>
public static class WordText
{
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Reads <paramref name="bytes"/>.</summary>
    /// <exception cref="InvalidDataException">The file is encrypted, an old binary .doc, damaged, or empty.</exception>
    public static string Read(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
        {
            // Password-protected .docx files and Word 97-2003 .doc files are both OLE compound files.
            throw new InvalidDataException("the file is an encrypted .docx or an old binary Word document; save it as an unprotected .docx to ingest it.");
        }

        string? text;
        try
        {
            text = Extract(bytes);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A damaged zip, a missing part, malformed XML: to the user they all mean the same.
            throw new InvalidDataException($"the .docx is damaged or not a Word document ({ex.Message.TrimEnd('.')}).", ex);
        }

        return text ?? throw new InvalidDataException("the .docx has no document body.");
    }

    private static string? Extract(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart;
        if (main?.Document?.Body is not { } body)
        {
            return null;
        }

        var styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().StyleName?.Val?.Value ?? string.Empty, StringComparer.Ordinal) ?? [];
        var text = new StringBuilder();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    AppendParagraph(text, paragraph, styles);
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        text.AppendJoin(" | ", row.Elements<TableCell>().Select(c => TextOf(c).Trim())).Append('\n');
                    }

                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    private static void AppendParagraph(StringBuilder text, Paragraph paragraph, Dictionary<string, string> styles)
    {
        var content = TextOf(paragraph).Trim();
        if (content.Length == 0)
        {
            return;
        }

        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        var style = styleId is null ? string.Empty : styles.GetValueOrDefault(styleId, styleId);
        var level = HeadingLevel(style, properties?.OutlineLevel?.Val?.Value);
        if (level > 0)
        {
            text.Append('#', level).Append(' ').Append(content.ReplaceLineEndings(" ")).Append("\n\n");
        }
        else if (properties?.NumberingProperties is not null || style.StartsWith("List", StringComparison.OrdinalIgnoreCase))
        {
            text.Append("- ").Append(content).Append('\n');
        }
        else
        {
            text.Append(content).Append("\n\n");
        }
    }

    // Style names are the built-in English ones ("heading 2", "Title") whatever language Word shows; an outline level also makes a heading.
    private static int HeadingLevel(string style, int? outlineLevel)
    {
        if (style.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (style.StartsWith("heading", StringComparison.OrdinalIgnoreCase) && int.TryParse(style.AsSpan(7).Trim(), out var level) && level is >= 1 and <= 6)
        {
            return level;
        }

        return outlineLevel is >= 0 and <= 5 ? outlineLevel.Value + 1 : 0;
    }

    // The visible text: text runs, tabs and breaks; not deleted revisions or field codes.
    private static string TextOf(DocumentFormat.OpenXml.OpenXmlElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Descendants())
        {
            switch (node)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }
}
