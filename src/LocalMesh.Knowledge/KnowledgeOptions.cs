namespace LocalMesh;

/// <summary>How the knowledge tier answers chat requests (<c>LocalMesh:Knowledge</c>).</summary>
public sealed record KnowledgeOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "LocalMesh:Knowledge";

    /// <summary>Passages an answer is grounded in (1 to 20).</summary>
    public int Passages { get; init; } = 5;

    /// <summary>Sentences in an extractive answer, the one given when no language model may or can answer (1 to 10).</summary>
    public int ExtractiveSentences { get; init; } = 3;

    /// <summary>Whether answers end with a <c>Sources:</c> list of the passages they cite, for clients that show only the text.</summary>
    public bool AppendSources { get; init; } = true;

    /// <summary>The settings' errors, each naming the setting at fault.</summary>
    public IEnumerable<string> Errors()
    {
        if (Passages is < 1 or > 20)
        {
            yield return $"{SectionName}:Passages: {Passages} is not between 1 and 20.";
        }

        if (ExtractiveSentences is < 1 or > 10)
        {
            yield return $"{SectionName}:ExtractiveSentences: {ExtractiveSentences} is not between 1 and 10.";
        }
    }
}
