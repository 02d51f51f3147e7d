using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace LocalMesh.Knowledge.Ingestion;

/// <summary>
/// The text of a PDF (PdfPig), page by page: each page becomes a section <c>Page N</c>, so a citation names the page.
/// Encrypted, damaged and text-less (scanned) files are clear errors.
/// </summary>
public static class PdfText
{
    /// <summary>Reads <paramref name="bytes"/>.</summary>
    /// <exception cref="InvalidDataException">The PDF is encrypted, damaged, or has no text layer.</exception>
    public static string Read(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                var pageText = ContentOrderTextExtractor.GetText(page).Trim();
                if (pageText.Length > 0)
                {
                    text.Append("# Page ").Append(page.Number).Append("\n\n").Append(pageText).Append("\n\n");
                }
            }

            return text.Length > 0
                ? text.ToString()
                : throw new InvalidDataException("the PDF has no text layer (scanned pages need OCR, which LocalMesh does not do).");
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new InvalidDataException("the PDF is encrypted; save a copy without a password to ingest it.");
        }
        catch (Exception ex) when (ex is not InvalidDataException and not OutOfMemoryException)
        {
            // PdfPig reports damage with many exception types; to the user they all mean the same.
            throw new InvalidDataException($"the PDF is damaged or not a PDF ({ex.Message.TrimEnd('.')}).", ex);
        }
    }
}
