using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace LocalMesh.Knowledge.Ingestion;

/// <summary>
/// Reads a file into Markdown-like text the <see cref="Chunker"/> understands: <c>.md</c> and <c>.txt</c> as they
/// are, <c>.html</c> with its headings turned into Markdown headings and the rest of the markup (scripts and styles
/// included) dropped, <c>.pdf</c> page by page (<see cref="PdfText"/>), <c>.docx</c> with its headings, lists and
/// tables (<see cref="WordText"/>).
/// </summary>
public static partial class DocumentReader
{
    /// <summary>The file extensions this reader understands.</summary>
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx" };

    /// <summary>The text of a file.</summary>
    /// <exception cref="InvalidDataException">The file is empty, is not text (binary content), is a damaged or encrypted PDF or Word file, or its type is not supported.</exception>
    public static string Read(string path)
    {
        var extension = Path.GetExtension(path);
        if (!Extensions.Contains(extension))
        {
            throw new InvalidDataException($"'{extension}' files are not supported (supported: {string.Join(", ", Extensions.Order(StringComparer.Ordinal))}).");
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
        {
            throw new InvalidDataException("the file is empty.");
        }

        var document = extension.ToLowerInvariant() switch
        {
            ".pdf" => PdfText.Read(bytes),
            ".docx" => WordText.Read(bytes),
            _ => null,
        };
        if (document is not null)
        {
            return string.IsNullOrWhiteSpace(document) ? throw new InvalidDataException("the document holds no text.") : document;
        }

        if (bytes.AsSpan(0, Math.Min(bytes.Length, 8000)).Contains((byte)0))
        {
            throw new InvalidDataException("the file holds binary data, not text.");
        }

        var text = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes).TrimStart('\uFEFF');
        text = extension.StartsWith(".htm", StringComparison.OrdinalIgnoreCase) ? FromHtml(text) : text;
        return string.IsNullOrWhiteSpace(text) ? throw new InvalidDataException("the file is empty.") : text;
    }

    /// <summary>The text of an HTML page, headings as Markdown headings, paragraphs and list items on their own lines.</summary>
    public static string FromHtml(string html)
    {
        var text = Hidden().Replace(html, " ");
        text = Heading().Replace(text, m => $"\n\n{new string('#', m.Groups[1].Value[0] - '0')} {Tags().Replace(m.Groups[2].Value, " ").Trim()}\n\n");
        text = Block().Replace(text, "\n\n");
        text = Tags().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        return Spaces().Replace(text, " ").Replace(" \n", "\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<(script|style|head|noscript)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"</?(p|div|li|br|tr|section|article|ul|ol|table|blockquote|pre)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Block();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Spaces();
}
