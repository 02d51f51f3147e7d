using LocalMesh.Configuration;
using LocalMesh.Knowledge.Answering;
using LocalMesh.Knowledge.Index;
using LocalMesh.Knowledge.Ingestion;
using LocalMesh.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalMesh.Knowledge;

/// <summary>Registers the knowledge base: the index in the node's data directory and the knowledge tier of the chat pipeline.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Adds the knowledge base (call before the node is built).</summary>
    public static IServiceCollection AddLocalMeshKnowledge(this IServiceCollection services, KnowledgeOptions options, LocalMeshOptions mesh)
    {
        var errors = options.Errors().ToList();
        var domains = mesh.Policy.EffectiveDomains();
        for (var i = 0; i < options.Watch.Count; i++)
        {
            var watch = options.Watch[i];
            if (!string.IsNullOrWhiteSpace(watch.Collection) && !KnowledgeModels.IsValidCollection(watch.Collection))
            {
                errors.Add($"{KnowledgeOptions.SectionName}:Watch:{i}:Collection: '{watch.Collection}' is not a collection name (letters, digits, '-', '_', '.').");
            }

            if (!string.IsNullOrWhiteSpace(watch.Domain) && !domains.ContainsKey(watch.Domain))
            {
                errors.Add($"{KnowledgeOptions.SectionName}:Watch:{i}:Domain: '{watch.Domain}' is not a policy domain.");
            }
        }

        if (options.EmbeddingModel is { } model && !mesh.Backends.Values.Any(b => b.EmbeddingModels.Contains(model, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add($"{KnowledgeOptions.SectionName}:EmbeddingModel: no backend lists '{model}' in its EmbeddingModels.");
        }

        services.AddValidatedOptions<KnowledgeOptions>(options, _ => errors); // reported when the node starts (ValidateOnStart), with the other modules' errors
        services.AddSingleton(sp => new KnowledgeIndex(mesh.DataDir, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(_ => new AnswerCache(options.CacheEntries, options.CacheSimilarity, TimeSpan.FromMinutes(options.CacheMinutes)));
        if (options.EmbeddingModel is { } embeddingModel)
        {
            services.AddSingleton(sp => new ModelVectors(mesh.DataDir, embeddingModel, sp.GetRequiredService<KnowledgeIndex>()));
            services.AddSingleton<EmbeddingBackfill>();
            services.AddHostedService(sp => sp.GetRequiredService<EmbeddingBackfill>());
        }

        services.AddSingleton(sp => new KnowledgeSearch(
            sp.GetRequiredService<KnowledgeIndex>(), options.EmbeddingModel is null ? null : sp.GetRequiredService<ModelVectors>(),
            sp.GetRequiredService<Routing.EmbeddingRouter>(), sp.GetRequiredService<DomainResolver>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<KnowledgeSearch>>()));
        services.AddSingleton(sp => new FolderWatchStore(mesh.DataDir, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(TimeProvider.System); // the watches' settle and rescan clock, unless the node set one
        services.AddSingleton<FolderWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<FolderWatcher>());
        return services;
    }
}
