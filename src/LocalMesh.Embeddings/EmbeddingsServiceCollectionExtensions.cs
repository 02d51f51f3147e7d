using LocalMesh.Backends;
using LocalMesh.Configuration;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalMesh.Embeddings;

/// <summary>Registers the in-process sentence encoder.</summary>
public static class EmbeddingsServiceCollectionExtensions
{
    /// <summary>The name of the in-process backend that answers <c>/v1/embeddings</c> for the encoder's model id.</summary>
    public const string BackendName = "local-encoder";

    /// <summary>
    /// Adds the <see cref="SentenceEncoder"/> (also as the node's <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>
    /// for other modules) and a <c>local</c>-tier backend serving its model id on <c>/v1/embeddings</c>. The model is
    /// checked now (a bad path stops the node with one line) and loaded on first use.
    /// </summary>
    /// <exception cref="ArgumentException">The options name no usable model, or a configured backend is called <see cref="BackendName"/>.</exception>
    public static IServiceCollection AddLocalMeshEncoder(this IServiceCollection services, EncoderOptions options, LocalMeshOptions node)
    {
        if (node.Backends.ContainsKey(BackendName))
        {
            throw new ArgumentException($"LocalMesh:Backends:{BackendName}: the name is the built-in encoder's; rename that backend or set LocalMesh:Encoder:Enabled to false.");
        }

        // Checked now, so a bad model stops the node at start; the node's own instance is made by the container, which
        // disposes it (and its ONNX session) with the node. A test may register a shared one first.
        _ = new SentenceEncoder(options);
        services.TryAddSingleton(_ => new SentenceEncoder(options));
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => sp.GetRequiredService<SentenceEncoder>());
        services.AddSingleton(sp =>
        {
            var encoder = sp.GetRequiredService<SentenceEncoder>();
            return new InProcessBackend(BackendName, new BackendConfig
            {
                Tier = Tier.Local,
                Type = BackendTypes.Builtin,
                EmbeddingModels = [encoder.ModelId],
                MaxConcurrency = int.MaxValue,
            }, Chat: null, Embeddings: encoder);
        });
        return services;
    }
}
