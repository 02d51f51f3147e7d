using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace LocalMesh.Backends;

/// <summary>Sends each embedding request to the generator for the model it names (<see cref="EmbeddingGenerationOptions.ModelId"/>), creating one per model on first use. Thread-safe.</summary>
public sealed class ModelSelectingEmbeddingGenerator(Func<string, IEmbeddingGenerator<string, Embedding<float>>> create, string defaultModel) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly ConcurrentDictionary<string, IEmbeddingGenerator<string, Embedding<float>>> _byModel = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        _byModel.GetOrAdd(options?.ModelId ?? defaultModel, create).GenerateAsync(values, options, cancellationToken);

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var generator in _byModel.Values)
        {
            generator.Dispose();
        }
    }
}
