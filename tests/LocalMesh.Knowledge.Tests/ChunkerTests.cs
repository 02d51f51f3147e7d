using LocalMesh.Knowledge.Ingestion;

namespace LocalMesh.Knowledge.Tests;

public sealed class ChunkerTests
{
    private const string Doc = """
        # Boiler 7

        Intro paragraph about the boiler.

        ## Safety

        Wear gloves.
        Lock out the valve.

        ### Lockout

        Use the red padlock.

        Setext title
        ============

        Under a setext heading.
        """;

    [Fact]
    public void ManPageSectionNames_AreHeadings_ButCapitalsInTheTextAreNot()
    {
        const string Page = "GZIP(1)   General Commands Manual   GZIP(1)\n\nNAME\n       gzip - compress files\n\nENVIRONMENT\n       The variable GZIP holds default options.\n\nNOTE WELL\nThis line is not indented, so NOTE WELL is text.\n";

        var chunks = Chunker.Split(Page);

        Assert.Equal(["", "NAME", "ENVIRONMENT"], chunks.Select(c => c.Section));
        Assert.StartsWith("The variable GZIP", chunks[2].Text.Trim(), StringComparison.Ordinal);
        Assert.Contains("NOTE WELL", chunks[2].Text, StringComparison.Ordinal);
        Assert.True(Chunker.PlainHeading("SEE ALSO", "       znew(1)"));
        Assert.False(Chunker.PlainHeading("GZIP(1)   General Commands Manual", "       x"));
        Assert.False(Chunker.PlainHeading("Options", "       x"));
    }

    [Fact]
    public void Headings_BecomeSectionPaths_AndLineRangesPointAtTheText()
    {
        var chunks = Chunker.Split(Doc);
        var lines = Doc.Split('\n');

        Assert.Equal(["Boiler 7", "Boiler 7 › Safety", "Boiler 7 › Safety › Lockout", "Setext title"], chunks.Select(c => c.Section));
        foreach (var chunk in chunks)
        {
            var span = string.Join('\n', lines[(chunk.LineStart - 1)..chunk.LineEnd]);
            Assert.All(chunk.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(line.Trim(), span));
        }

        Assert.Equal("Wear gloves.\nLock out the valve.", chunks[1].Text);
        Assert.Equal((7, 8), (chunks[1].LineStart, chunks[1].LineEnd));
    }

    [Fact]
    public void LongParagraphs_AreCutAtSentenceEnds_AndShortOnesPacked()
    {
        var sentence = "The pump must be primed before each start and checked for leaks. ";
        var chunks = Chunker.Split(string.Concat(Enumerable.Repeat(sentence, 200)) + "\n\nshort one\n\nshort two");

        Assert.All(chunks, c => Assert.True(c.Text.Length <= Chunker.MaxChars, c.Text.Length.ToString()));
        Assert.All(chunks.SkipLast(1), c => Assert.EndsWith(".", c.Text));
        Assert.Contains(chunks, c => c.Text.Contains("short one\n\nshort two", StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyAndUnicodeText()
    {
        Assert.Empty(Chunker.Split(string.Empty));
        Assert.Empty(Chunker.Split("\n\n   \n"));
        var chunk = Assert.Single(Chunker.Split("# Überblick 概要\n\nDie Pumpe 🚰 läuft. ポンプは動いています。"));
        Assert.Equal("Überblick 概要", chunk.Section);
    }
}
