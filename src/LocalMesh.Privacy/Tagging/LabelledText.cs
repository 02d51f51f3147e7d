namespace LocalMesh.Privacy.Tagging;

/// <summary>A generated sentence and the entities planted in it (exact spans).</summary>
public sealed record LabelledText(string Text, IReadOnlyList<(string Type, int Start, int Length)> Entities);
