namespace LocalMesh.Knowledge.Ingestion;

/// <summary>A passage of a document: its text, the headings above it, and the lines it spans.</summary>
/// <param name="Section">The heading path, e.g. <c>Safety › Lockout</c> (empty before the first heading).</param>
/// <param name="Text">The passage.</param>
/// <param name="LineStart">Its first line in the document (1-based).</param>
/// <param name="LineEnd">Its last line.</param>
public sealed record Chunk(string Section, string Text, int LineStart, int LineEnd);
