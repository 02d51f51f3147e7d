using LocalMesh.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Caching;

/// <summary>The semantic cache as a <see cref="ChatClientBuilder"/> extension.</summary>
public static class SemanticCacheChatClientBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="SemanticCacheChatClient"/>: escalated answers are kept and given again to questions with the same
    /// meaning in the same scope. Nothing is added when the cache is off (<c>LocalMesh:SemanticCache:Enabled</c>) or
    /// the node has no sentence encoder. Its services come from the provider the pipeline is built with
    /// (<see cref="SemanticCacheServiceCollectionExtensions.AddLocalMeshSemanticCache"/>).
    /// </summary>
    public static ChatClientBuilder UseSemanticCache(this ChatClientBuilder builder) => builder.Use((inner, services) =>
        services.GetService<SemanticCache>() is { Options.Enabled: true } cache && services.GetService<IEmbeddingGenerator<string, Embedding<float>>>() is { } encoder
            ? new SemanticCacheChatClient(inner, cache, encoder, services.GetRequiredService<LocalMeshTelemetry>(), services.GetRequiredService<TimeProvider>())
            : inner);
}
