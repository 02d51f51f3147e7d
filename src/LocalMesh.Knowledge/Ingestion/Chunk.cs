namespace LocalMesh.Knowledge.Ingestion;

/// <summary>A passage of a document: its text, the headings above it, and where it is in the document.</summary>
/// <param name="Section">The heading path, e.g. <c>Safety › Lockout</c> (empty before the first heading).</param>
/// <param name="Text">The passage.</param>
/// <param name="LineStart">Its first line in the document (1-based).</param>
/// <param name="LineEnd">Its last line.</param>
/// <param name="CharStart">Its first character in the document (0-based, counting every character of the file as read, CR included).</param>
/// <param name="CharEnd">The character after its last one.</param>
public sealed record Chunk(string Section, string Text, int LineStart, int LineEnd, int CharStart = 0, int CharEnd = 0);
