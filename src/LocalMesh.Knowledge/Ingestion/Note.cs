using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LocalMesh.Knowledge.Ingestion;

/// <summary>
/// A short piece of know-how a person adds (<c>POST /v1/localmesh/notes</c>, <c>localmesh kb note</c>): stored as a
/// Markdown document of its own, headed by its author and time, so it is searchable at once and cited like any passage.
/// </summary>
/// <param name="Text">What the person knows.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Created">When.</param>
/// <param name="Corrects">The request whose answer it corrects, if any.</param>
public sealed record Note(string Text, string Author, DateTimeOffset Created, string? Corrects = null)
{
    /// <summary>The longest note accepted, in characters; longer know-how belongs in a document.</summary>
    public const int MaxLength = 8_000;

    /// <summary>The document name: <c>notes/2026-11-30T1830Z-3f2a9c1b.md</c> (time, then a hash of the content).</summary>
    public string DocumentName
    {
        get
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToMarkdown())))[..8];
            return string.Create(CultureInfo.InvariantCulture, $"notes/{Created.UtcDateTime:yyyy-MM-dd'T'HHmmss'Z'}-{hash}.md");
        }
    }

    /// <summary>The note as the Markdown that is indexed.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Note by {Author.ReplaceLineEndings(" ")}, {Created.UtcDateTime:yyyy-MM-dd HH:mm} UTC\n\n");
        if (Corrects is { } request)
        {
            text.Append(CultureInfo.InvariantCulture, $"Correction to the answer of request {request}.\n\n");
        }

        return text.Append(Text.Trim()).Append('\n').ToString();
    }
}
