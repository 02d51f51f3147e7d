using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LocalMesh.Knowledge.Index;
using LocalMesh.Knowledge.Ingestion;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace LocalMesh.Knowledge.Tests;

/// <summary>PDF and Word documents: their text, structure and citations; damaged, encrypted and empty ones are per-file errors.</summary>
public sealed class DocumentFormatsTests
{
    private static string NewDir() => LocalMesh.Testing.TempDirectories.Create("localmesh-kb-");

    [Fact]
    public void Pdf_IsReadPageByPage_AndCitedByPage()
    {
        var folder = NewDir();
        File.WriteAllBytes(Path.Combine(folder, "boiler.pdf"), Pdf(
            ["Boiler 7 safety", "Lock out the gas valve before opening the panel."],
            ["The burner is serviced every 90 days by the mechanical team."]));
        var index = new KnowledgeIndex(NewDir());

        var result = index.AddPath("plant", "general", folder);

        Assert.Equal(1, result.Added);
        Assert.Empty(result.Failed);
        var hit = index.Search("how often is the burner serviced", ["plant"], SearchMode.Fused, 1).Single();
        Assert.Equal("Page 2", hit.Section);
        Assert.Contains("every 90 days", hit.Text, StringComparison.Ordinal);
        Assert.Equal("Page 1", index.Search("gas valve lock out", ["plant"], SearchMode.Fused, 1).Single().Section);
    }

    [Fact]
    public void Docx_KeepsHeadingsListsAndTables()
    {
        var path = Path.Combine(NewDir(), "handbook.docx");
        WriteDocx(path, body =>
        {
            body.Append(Para("Employee handbook", "Title"));
            body.Append(Para("Leave", "Heading1"));
            body.Append(Para("Parental leave", "Heading2"));
            body.Append(Para("Parental leave is sixteen weeks at full pay."));
            body.Append(Para("Tell your manager a month ahead.", numbered: true));
            body.Append(new Table(new TableRow(Cell("Grade"), Cell("Days")), new TableRow(Cell("Senior"), Cell("30"))));
        });

        var text = DocumentReader.Read(path);

        Assert.Equal("# Employee handbook\n\n# Leave\n\n## Parental leave\n\nParental leave is sixteen weeks at full pay.\n\n- Tell your manager a month ahead.\nGrade | Days\nSenior | 30\n\n", text);
        var index = new KnowledgeIndex(NewDir());
        index.AddPath("hr", "hr", path);
        Assert.Equal("Leave › Parental leave", index.Search("how long is parental leave", ["hr"], SearchMode.Fused, 1).Single().Section);
    }

    [Fact]
    public void DamagedEncryptedScannedAndEmptyDocuments_AreReportedAlone_AndTheRestIsIngested()
    {
        var folder = NewDir();
        var good = Pdf(["The kiln cools for six hours."]);
        File.WriteAllBytes(Path.Combine(folder, "good.pdf"), good);
        File.WriteAllBytes(Path.Combine(folder, "truncated.pdf"), good[..(good.Length / 2)]);
        File.WriteAllBytes(Path.Combine(folder, "encrypted.pdf"), Encrypt(good));
        File.WriteAllBytes(Path.Combine(folder, "scanned.pdf"), Pdf([]));
        File.WriteAllBytes(Path.Combine(folder, "empty.pdf"), []);
        File.WriteAllBytes(Path.Combine(folder, "garbage.docx"), Encoding.ASCII.GetBytes("PK\u0003\u0004 not really a zip"));
        File.WriteAllBytes(Path.Combine(folder, "protected.docx"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        File.WriteAllText(Path.Combine(folder, "notes.md"), "# Kiln\n\nOpen the kiln door only below 60 °C.");
        var index = new KnowledgeIndex(NewDir());

        var result = index.AddPath("plant", "general", folder);

        Assert.Equal(2, result.Added);
        string ErrorOf(string file) => Assert.Single(result.Failed, f => f.Path.EndsWith(file, StringComparison.Ordinal)).Error;
        Assert.Contains("damaged", ErrorOf("truncated.pdf"), StringComparison.Ordinal);
        Assert.Contains("encrypted", ErrorOf("encrypted.pdf"), StringComparison.Ordinal);
        Assert.Contains("no text layer", ErrorOf("scanned.pdf"), StringComparison.Ordinal);
        Assert.Contains("empty", ErrorOf("empty.pdf"), StringComparison.Ordinal);
        Assert.Contains("damaged or not a Word document", ErrorOf("garbage.docx"), StringComparison.Ordinal);
        Assert.Contains("encrypted .docx or an old binary Word document", ErrorOf("protected.docx"), StringComparison.Ordinal);
        Assert.Equal(6, result.Failed.Count);
        Assert.Contains("six hours", index.Search("how long does the kiln cool", ["plant"], SearchMode.Fused, 1).Single().Text, StringComparison.Ordinal);
    }

    /// <summary>A PDF with one page per array of lines (Helvetica, top down); an empty array makes a page without text.</summary>
    private static byte[] Pdf(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages.DefaultIfEmpty([]))
        {
            var page = builder.AddPage(595, 842);
            for (var i = 0; i < lines.Length; i++)
            {
                page.AddText(lines[i], 11, new PdfPoint(50, 780 - (i * 16)), font);
            }
        }

        return builder.Build();
    }

    /// <summary>The PDF with a standard security handler in its trailer whose passwords the empty password does not open.</summary>
    private static byte[] Encrypt(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        const string Handler = "/Encrypt << /Filter /Standard /V 1 /R 2 /P -4 /O <0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef> /U <0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef> >> ";
        Assert.Contains("trailer\n<<", text, StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text.Replace("trailer\n<<", "trailer\n<< " + Handler, StringComparison.Ordinal));
    }

    private static void WriteDocx(string path, Action<Body> fill)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            Style("Title", "Title"), Style("Heading1", "heading 1"), Style("Heading2", "heading 2"));
        var body = new Body();
        fill(body);
        main.Document = new Document(body);
    }

    private static Style Style(string id, string name) => new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };

    private static Paragraph Para(string text, string? style = null, bool numbered = false)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
        }

        if (numbered)
        {
            properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 });
        }

        return new Paragraph(properties, new Run(new Text(text)));
    }

    private static TableCell Cell(string text) => new(new Paragraph(new Run(new Text(text))));
}
