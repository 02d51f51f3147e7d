using LocalMesh.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalMesh.Caching;

/// <summary>Registers the semantic cache of escalated answers.</summary>
public static class SemanticCacheServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="SemanticCache"/> with its settings, validated when the node starts (a bad threshold, TTL or size,
    /// or the cache on without the encoder, stops it with one line each). Add <c>UseSemanticCache()</c> to the pipeline.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="options">The settings (<c>LocalMesh:SemanticCache</c>).</param>
    /// <param name="encoderEnabled">Whether the node has its sentence encoder.</param>
    public static IServiceCollection AddLocalMeshSemanticCache(this IServiceCollection services, SemanticCacheOptions options, bool encoderEnabled)
    {
        var errors = options.Errors(encoderEnabled).ToList();
        services.AddValidatedOptions(options, _ => errors);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new SemanticCache(options, sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
