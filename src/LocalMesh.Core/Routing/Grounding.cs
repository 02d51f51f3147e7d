using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LocalMesh.Routing;

/// <summary>One passage of the local knowledge base that an answer is grounded in; <see cref="Number"/> is its footnote marker.</summary>
/// <param name="Number">The footnote number, from 1, as cited in the answer (<c>[1]</c>).</param>
/// <param name="Collection">The collection it came from.</param>
/// <param name="Domain">The collection's data domain.</param>
/// <param name="Document">The document (its path when ingested).</param>
/// <param name="Section">The section path (<c>Leave policy › Parental leave</c>).</param>
/// <param name="LineStart">First line in the document.</param>
/// <param name="LineEnd">Last line in the document.</param>
/// <param name="Score">The retrieval score.</param>
/// <param name="Text">The passage.</param>
/// <param name="CharStart">Its first character in the document (0-based); with <paramref name="CharEnd"/> 0, not known.</param>
/// <param name="CharEnd">The character after its last one.</param>
public sealed record GroundingPassage(int Number, string Collection, string Domain, string Document, string Section, int LineStart, int LineEnd, double Score, string Text, int CharStart = 0, int CharEnd = 0)
{
    /// <summary>
    /// The citation line: <c>[1] hr: leave.md › Leave policy › Parental leave (lines 5-7, characters 120-480)</c>. The
    /// characters hold for any text, also one whose paragraphs are single long lines.
    /// </summary>
    public string Citation()
    {
        var section = Section.Length > 0 ? " › " + Section : string.Empty;
        var lines = LineStart == LineEnd ? $"line {LineStart}" : $"lines {LineStart}-{LineEnd}";
        var characters = CharEnd > 0 ? $", characters {CharStart}-{CharEnd}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"[{Number}] {Collection}: {Path.GetFileName(Document)}{section} ({lines}{characters})");
    }
}

/// <summary>
/// A request answered from the local knowledge base: the collections searched and the passages found. Set on the
/// <see cref="RouteContext"/> with <see cref="RouteContext.Ground"/>; the planner then sends the request only to
/// language-model backends the passages' domains allow, and the response and the ledger carry the citations.
/// </summary>
/// <param name="Collections">The collections searched.</param>
/// <param name="Passages">The passages found, best first, numbered from 1.</param>
public sealed record Grounding(IReadOnlyList<string> Collections, IReadOnlyList<GroundingPassage> Passages)
{
    /// <summary>Whether the request named no knowledge model: model <c>auto</c> found its question is about a collection.</summary>
    public bool Auto { get; init; }

    /// <summary>How close in meaning the best passage is to the question (the sentence encoder's evidence), when measured.</summary>
    public double? Evidence { get; init; }

    /// <summary>Writes the citations as a JSON array (the response's <c>localmesh.citations</c> and the ledger's <c>citations</c>).</summary>
    public void WriteCitations(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var passage in Passages)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number", passage.Number);
            writer.WriteString("collection", passage.Collection);
            writer.WriteString("document", passage.Document);
            writer.WriteString("section", passage.Section);
            writer.WriteStartArray("lines");
            writer.WriteNumberValue(passage.LineStart);
            writer.WriteNumberValue(passage.LineEnd);
            writer.WriteEndArray();
            if (passage.CharEnd > 0)
            {
                writer.WriteStartArray("characters");
                writer.WriteNumberValue(passage.CharStart);
                writer.WriteNumberValue(passage.CharEnd);
                writer.WriteEndArray();
            }

            writer.WriteNumber("score", passage.Score);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The citations as a JSON array string.</summary>
    public string CitationsJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteCitations(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The passages' footnote list, one citation per line.</summary>
    public string SourcesText(IEnumerable<GroundingPassage>? cited = null)
    {
        var text = new StringBuilder("Sources:");
        foreach (var passage in cited ?? Passages)
        {
            text.Append('\n').Append(passage.Citation());
        }

        return text.ToString();
    }

    /// <summary>
    /// This grounding with only the passages <paramref name="answer"/> cites (<see cref="CitedIn"/>), so the citations of
    /// the response, the ledger and the <c>Sources:</c> text are one list.
    /// </summary>
    public Grounding Cited(string answer) => CitedIn(answer) is var cited && cited.Count == Passages.Count ? this : this with { Passages = cited };

    /// <summary>The passages cited in <paramref name="answer"/> by their markers (<c>[2]</c>); all of them when none is.</summary>
    public IReadOnlyList<GroundingPassage> CitedIn(string answer)
    {
        var cited = Passages.Where(p => answer.Contains($"[{p.Number}]", StringComparison.Ordinal)).ToList();
        return cited.Count > 0 ? cited : Passages;
    }
}
