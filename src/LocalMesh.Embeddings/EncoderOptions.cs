namespace LocalMesh.Embeddings;

/// <summary>The in-process sentence encoder (<c>LocalMesh:Encoder</c>).</summary>
public sealed record EncoderOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "LocalMesh:Encoder";

    /// <summary>Whether the node loads an encoder at all (it is loaded on first use, not at start).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// <c>minilm</c> (all-MiniLM-L6-v2, the default), <c>arctic-xs</c> (Snowflake arctic-embed-xs), both shipped inside
    /// their NuGet packages, or the path of any sentence-transformers ONNX export (inputs <c>input_ids</c>,
    /// <c>attention_mask</c>, optionally <c>token_type_ids</c>; output <c>last_hidden_state</c>) with its
    /// <see cref="VocabPath"/>.
    /// </summary>
    public string Model { get; init; } = EncoderModel.MiniLM;

    /// <summary>The WordPiece vocabulary (<c>vocab.txt</c>) of a model given by path; ignored for the built-in models.</summary>
    public string? VocabPath { get; init; }

    /// <summary>The model id clients ask <c>/v1/embeddings</c> for; null: <c>local-</c> and the model's name.</summary>
    public string? ModelId { get; init; }

    /// <summary>How a model given by path pools its token vectors: <c>mean</c> or <c>cls</c> (built-in models know theirs).</summary>
    public string? Pooling { get; init; }

    /// <summary>
    /// For a model given by path: what a search query is prefixed with, if the model was trained with one (e5: <c>query: </c>;
    /// bge and arctic-embed: <c>Represent this sentence for searching relevant passages: </c>). The built-in models know theirs.
    /// </summary>
    public string? QueryPrefix { get; init; }

    /// <summary>The most tokens (with [CLS] and [SEP]) a text is encoded with; longer texts are cut and flagged. Null: the model's own limit.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>Texts encoded in one model call (1 to 256).</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Recent texts whose vectors are kept (least recently used go first); 0 turns the cache off.</summary>
    public int CacheEntries { get; init; } = 4096;

    /// <summary>Threads one model call may use; 0: one per core.</summary>
    public int Threads { get; init; }
}
