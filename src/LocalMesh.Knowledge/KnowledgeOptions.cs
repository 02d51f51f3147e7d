namespace LocalMesh.Knowledge;

/// <summary>How the knowledge tier answers chat requests (<c>LocalMesh:Knowledge</c>).</summary>
public sealed record KnowledgeOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "LocalMesh:Knowledge";

    /// <summary>Passages an answer is grounded in (1 to 20).</summary>
    public int Passages { get; init; } = 5;

    /// <summary>Sentences in an extractive answer, the one given when no language model may or can answer (1 to 10).</summary>
    public int ExtractiveSentences { get; init; } = 3;

    /// <summary>
    /// Whether the knowledge base uses the node's in-process sentence encoder (<c>LocalMesh:Encoder</c>): passages
    /// encoded at ingest, search and answers by meaning, "not in the knowledge base" below <see cref="MinEvidence"/>.
    /// False, or the encoder disabled: lexical search and the built-in embedding only.
    /// </summary>
    public bool UseEncoder { get; init; } = true;

    /// <summary>The evidence threshold's default (see <see cref="MinEvidence"/>): even odds, with the refusal model fitted on bench/data/kb-dev2 (docs/knowledge.md).</summary>
    public const double DefaultMinEvidence = 0.5;

    /// <summary>
    /// How likely (0 to 1, with the sentence encoder: <see cref="Answering.SemanticEvidence.Probability"/>, a logistic model
    /// of the best passage's cosines, the share of the question's words it holds and names no document mentions) it must
    /// be that the knowledge base answers the question; below it the answer is "not in the knowledge base", and model
    /// <c>auto</c> leaves the question to the backends. Fitted with off-topic questions (docs/knowledge.md).
    /// </summary>
    public double MinEvidence { get; init; } = DefaultMinEvidence;

    /// <summary>
    /// Whether a request for model <c>auto</c> (or no model) is answered from the knowledge base when its question is
    /// about a collection the caller may see (evidence at least <see cref="MinEvidence"/>, with the sentence encoder);
    /// below it the request goes on to the specialists and language models as before.
    /// </summary>
    public bool Auto { get; init; } = true;

    /// <summary>Whether answers end with a <c>Sources:</c> list of the passages they cite, for clients that show only the text.</summary>
    public bool AppendSources { get; init; } = true;

    /// <summary>Answers the semantic cache keeps (least recently used go first); 0 turns the cache off.</summary>
    public int CacheEntries { get; init; } = 1000;

    /// <summary>How close a question must be to a cached one (cosine of their built-in embeddings, 0.5 to 1) to get its answer; the passages found must be the same too.</summary>
    public double CacheSimilarity { get; init; } = 0.85;

    /// <summary>How long a cached answer is kept, in minutes.</summary>
    public double CacheMinutes { get; init; } = 24 * 60;

    /// <summary>
    /// An embedding model served by a configured backend (one listed in its <c>EmbeddingModels</c>, e.g. Ollama's
    /// <c>nomic-embed-text</c>): passages and questions are embedded with it too, for semantic search. Null: the
    /// built-in embedding only, which needs nothing.
    /// </summary>
    public string? EmbeddingModel { get; init; }

    /// <summary>Folders kept in step with a collection from the start (more can be added with <c>kb add --watch</c>).</summary>
    public List<Knowledge.Ingestion.FolderWatch> Watch { get; init; } = [];

    /// <summary>How long changes in a watched folder must settle before it is ingested, in milliseconds.</summary>
    public int WatchSettleMilliseconds { get; init; } = 1000;

    /// <summary>How often every watched folder is ingested anyway, in case a change event was missed, in seconds.</summary>
    public double WatchRescanSeconds { get; init; } = 300;

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

        if (MinEvidence is < 0 or > 1)
        {
            yield return $"{SectionName}:MinEvidence: {MinEvidence} is not between 0 and 1.";
        }

        if (CacheEntries < 0)
        {
            yield return $"{SectionName}:CacheEntries: {CacheEntries} is negative (0 turns the cache off).";
        }

        if (CacheSimilarity is < 0.5 or > 1)
        {
            yield return $"{SectionName}:CacheSimilarity: {CacheSimilarity} is not between 0.5 and 1.";
        }

        if (WatchSettleMilliseconds is < 10 or > 60_000)
        {
            yield return $"{SectionName}:WatchSettleMilliseconds: {WatchSettleMilliseconds} is not between 10 and 60000.";
        }

        if (WatchRescanSeconds is < 1 or > 86_400)
        {
            yield return $"{SectionName}:WatchRescanSeconds: {WatchRescanSeconds} is not between 1 and 86400.";
        }

        for (var i = 0; i < Watch.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Watch[i].Path) || string.IsNullOrWhiteSpace(Watch[i].Collection) || string.IsNullOrWhiteSpace(Watch[i].Domain))
            {
                yield return $"{SectionName}:Watch:{i}: needs Path, Collection and Domain.";
            }
        }

        if (CacheMinutes <= 0)
        {
            yield return $"{SectionName}:CacheMinutes: {CacheMinutes} must be more than 0.";
        }
    }
}
