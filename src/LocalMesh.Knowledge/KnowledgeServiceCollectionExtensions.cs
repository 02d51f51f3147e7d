using LocalMesh.Configuration;
using LocalMesh.Knowledge.Answering;
using LocalMesh.Knowledge.Index;
using LocalMesh.Knowledge.Ingestion;
using LocalMesh.Pipeline;
using LocalMesh.Policy;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh;

/// <summary>Registers the knowledge base: the index in the node's data directory and the knowledge tier of the chat pipeline.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Adds the knowledge base (call before the node is built).</summary>
    /// <exception cref="LocalMeshConfigurationException">The settings have errors (all are listed).</exception>
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

        if (errors.Count > 0)
        {
            throw new LocalMeshConfigurationException(errors);
        }

        services.AddSingleton(options);
        services.AddSingleton(_ => new KnowledgeIndex(mesh.DataDir));
        services.AddSingleton(_ => new AnswerCache(options.CacheEntries, options.CacheSimilarity, TimeSpan.FromMinutes(options.CacheMinutes)));
        services.AddSingleton<IChatPipelineStage, KnowledgeStage>();
        services.AddSingleton(_ => new FolderWatchStore(mesh.DataDir));
        services.AddSingleton<FolderWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<FolderWatcher>());
        return services;
    }

    private sealed class KnowledgeStage(KnowledgeIndex index, AnswerCache cache, DomainResolver domains, LocalMeshOptions mesh, KnowledgeOptions options, Telemetry.LocalMeshTelemetry telemetry)
        : IChatPipelineStage
    {
        public void Configure(ChatClientBuilder builder) => builder.Use(inner => new KnowledgeChatClient(inner, index, cache, domains, mesh, options, telemetry));
    }
}
