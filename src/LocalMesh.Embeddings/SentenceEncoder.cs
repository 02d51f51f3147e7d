using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace LocalMesh.Embeddings;

/// <summary>
/// The node's sentence encoder: a sentence-transformers model run in-process with ONNX Runtime, as a
/// Microsoft.Extensions.AI <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>. The model is loaded once, on first use;
/// calls are thread-safe (ONNX Runtime sessions may run concurrently), texts are encoded in batches of similar length,
/// and the vectors of recent texts are cached. Each vector is L2-normalised. A text longer than the model's limit is
/// cut to it; its <see cref="Embedding.AdditionalProperties"/> say so (<see cref="TruncatedProperty"/>).
/// </summary>
public sealed class SentenceEncoder : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The property set to <c>true</c> on the embedding of a text that was cut to the model's limit.</summary>
    public const string TruncatedProperty = "truncated";

    /// <summary>The property carrying the tokens a text was encoded with.</summary>
    public const string TokensProperty = "tokens";

    private readonly EncoderModel _model;
    private readonly EncoderOptions _options;
    private readonly Lazy<Loaded> _loaded;
    private readonly EmbeddingCache _cache;
    private readonly int _maxTokens;
    private readonly int _batchSize;
    private int _disposed;

    /// <summary>Creates the encoder; nothing is loaded until the first call.</summary>
    /// <exception cref="ArgumentException">The options name no usable model.</exception>
    public SentenceEncoder(EncoderOptions options)
    {
        _options = options;
        _model = EncoderModel.Resolve(options);
        _maxTokens = Math.Clamp(options.MaxTokens ?? _model.MaxTokens, 8, _model.MaxTokens);
        _batchSize = Math.Clamp(options.BatchSize, 1, 256);
        _cache = new EmbeddingCache(Math.Max(0, options.CacheEntries));
        _loaded = new Lazy<Loaded>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
        ModelId = string.IsNullOrWhiteSpace(options.ModelId) ? "local-" + _model.Name : options.ModelId.Trim();
        Metadata = new EmbeddingGeneratorMetadata("localmesh-encoder", null, ModelId);
    }

    /// <summary>The model id clients use (e.g. <c>local-minilm</c>).</summary>
    public string ModelId { get; }

    /// <summary>The model's name (<c>minilm</c>, <c>arctic-xs</c>, or a file name).</summary>
    public string ModelName => _model.Name;

    /// <summary>The most tokens a text is read with.</summary>
    public int MaxTokens => _maxTokens;

    /// <summary>Whether the model has been loaded.</summary>
    public bool IsLoaded => _loaded.IsValueCreated;

    /// <summary>The vector length (loads the model).</summary>
    public int Dimensions => _loaded.Value.Dimensions;

    /// <summary>Vectors in the recent-texts cache.</summary>
    public int CachedTexts => _cache.Count;

    /// <summary>Describes the generator.</summary>
    public EmbeddingGeneratorMetadata Metadata { get; }

    /// <summary>Loads the model now rather than on the first call (e.g. in the background at start).</summary>
    public void Warm() => _ = _loaded.Value;

    /// <summary>Encodes one text.</summary>
    public EncodedText Encode(string text) => Encode([text])[0];

    /// <summary>
    /// Encodes a search query: with the model's <see cref="EncoderModel.QueryPrefix"/> in front (retrieval models such as
    /// arctic-embed are trained to match a prefixed query against plain passages; symmetric models such as MiniLM have none).
    /// </summary>
    public EncodedText EncodeQuery(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Encode(_model.QueryPrefix + query);
    }

    /// <summary>Encodes texts, in order; cached texts are not encoded again.</summary>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public EncodedText[] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var results = new EncodedText[texts.Count];
        var pending = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i] ?? throw new ArgumentNullException(nameof(texts), $"Text {i} is null.");
            if (_cache.TryGet(text, out var cached))
            {
                results[i] = cached;
            }
            else if (pending.TryGetValue(text, out var at))
            {
                at.Add(i);
            }
            else
            {
                pending[text] = [i];
            }
        }

        if (pending.Count == 0)
        {
            return results;
        }

        var loaded = _loaded.Value;
        var work = pending.Keys.Select(t => (Text: t, Ids: Tokenize(loaded.Tokenizer, t, out var truncated), Truncated: truncated))
            .OrderBy(w => w.Ids.Count) // similar lengths share a batch, so little padding is computed
            .ToList();
        for (var start = 0; start < work.Count; start += _batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = work.GetRange(start, Math.Min(_batchSize, work.Count - start));
            var vectors = Run(loaded, batch.ConvertAll(b => b.Ids));
            for (var b = 0; b < batch.Count; b++)
            {
                var encoded = new EncodedText(vectors[b], batch[b].Ids.Count, batch[b].Truncated);
                _cache.Add(batch[b].Text, encoded);
                foreach (var index in pending[batch[b].Text])
                {
                    results[index] = encoded;
                }
            }
        }

        return results;
    }

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values as IReadOnlyList<string> ?? [.. values];
        var encoded = Encode(texts, cancellationToken);
        var created = DateTimeOffset.UtcNow;
        var embeddings = new GeneratedEmbeddings<Embedding<float>>(encoded.Length)
        {
            Usage = new UsageDetails { InputTokenCount = encoded.Sum(e => (long)e.Tokens), TotalTokenCount = encoded.Sum(e => (long)e.Tokens) },
        };
        foreach (var e in encoded)
        {
            var embedding = new Embedding<float>(e.Vector) { ModelId = ModelId, CreatedAt = created };
            embedding.AdditionalProperties = new() { [TokensProperty] = e.Tokens };
            if (e.Truncated)
            {
                embedding.AdditionalProperties[TruncatedProperty] = true;
            }

            embeddings.Add(embedding);
        }

        return Task.FromResult(embeddings);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_loaded.IsValueCreated && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _loaded.Value.Session.Dispose();
        }
    }

    private IReadOnlyList<int> Tokenize(BertTokenizer tokenizer, string text, out bool truncated)
    {
        var ids = tokenizer.EncodeToIds(text, _maxTokens, addSpecialTokens: true, out var normalized, out var consumed, considerPreTokenization: true, considerNormalization: true);
        truncated = consumed < (normalized ?? text).Length && (normalized ?? text).AsSpan(consumed).Trim().Length > 0;
        return ids;
    }

    private float[][] Run(Loaded loaded, List<IReadOnlyList<int>> batch)
    {
        var rows = batch.Count;
        var width = batch.Max(ids => ids.Count);
        var inputIds = new long[rows * width];
        var mask = new long[rows * width];
        for (var r = 0; r < rows; r++)
        {
            var ids = batch[r];
            for (var c = 0; c < ids.Count; c++)
            {
                inputIds[r * width + c] = ids[c];
                mask[r * width + c] = 1;
            }

            for (var c = ids.Count; c < width; c++)
            {
                inputIds[r * width + c] = loaded.PaddingId;
            }
        }

        long[] shape = [rows, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = loaded.HasTokenTypes ? OrtValue.CreateTensorValueFromMemory(new long[rows * width], shape) : null;
        var names = loaded.HasTokenTypes ? new[] { "input_ids", "attention_mask", "token_type_ids" } : ["input_ids", "attention_mask"];
        var values = loaded.HasTokenTypes ? new[] { idsValue, maskValue, typesValue! } : [idsValue, maskValue];
        using var runOptions = new RunOptions();
        using var outputs = loaded.Session.Run(runOptions, names, values, [loaded.OutputName]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var dims = loaded.Dimensions;
        var result = new float[rows][];
        for (var r = 0; r < rows; r++)
        {
            var vector = new float[dims];
            var tokens = batch[r].Count;
            if (_model.Pooling == Pooling.Cls)
            {
                hidden.Slice(r * width * dims, dims).CopyTo(vector);
            }
            else
            {
                for (var t = 0; t < tokens; t++)
                {
                    TensorPrimitives.Add(vector, hidden.Slice((r * width + t) * dims, dims), vector);
                }

                TensorPrimitives.Divide(vector, tokens, vector);
            }

            var norm = TensorPrimitives.Norm(vector);
            if (norm > 1e-12f)
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }

            result[r] = vector;
        }

        return result;
    }

    private Loaded Load()
    {
        using var vocab = _model.OpenVocabulary();
        var tokenizer = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true });
        byte[] weights;
        using (var stream = _model.OpenModel())
        {
            // Read once into an array of the exact size (ONNX Runtime copies it into its own session memory).
            weights = new byte[stream.Length];
            stream.ReadExactly(weights);
        }

        using var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = _options.Threads > 0 ? _options.Threads : Environment.ProcessorCount,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        var session = new InferenceSession(weights, sessionOptions);
        if (!session.InputMetadata.ContainsKey("input_ids") || !session.InputMetadata.ContainsKey("attention_mask"))
        {
            session.Dispose();
            throw new InvalidOperationException($"The encoder model '{_model.Name}' has no input_ids/attention_mask inputs; it is not a sentence-transformers export.");
        }

        var output = session.OutputMetadata.FirstOrDefault(o => o.Key == "last_hidden_state").Key
            ?? session.OutputMetadata.FirstOrDefault(o => o.Value.Dimensions.Length == 3).Key
            ?? throw new InvalidOperationException($"The encoder model '{_model.Name}' has no token-vector output (last_hidden_state).");
        var dimensions = session.OutputMetadata[output].Dimensions[^1];
        return new Loaded(session, tokenizer, session.InputMetadata.ContainsKey("token_type_ids"), output, dimensions, tokenizer.PaddingTokenId);
    }

    private sealed record Loaded(InferenceSession Session, BertTokenizer Tokenizer, bool HasTokenTypes, string OutputName, int Dimensions, int PaddingId);
}
