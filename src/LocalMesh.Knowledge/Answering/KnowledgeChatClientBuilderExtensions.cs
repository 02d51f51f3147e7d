using LocalMesh.Configuration;
using LocalMesh.Knowledge.Index;
using LocalMesh.Policy;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Knowledge.Answering;

/// <summary>The knowledge tier as a <see cref="ChatClientBuilder"/> extension.</summary>
public static class KnowledgeChatClientBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="KnowledgeChatClient"/>: requests for model <c>kb</c> or <c>kb/&lt;collection&gt;</c> are answered
    /// from the knowledge base (passages, answer cache, grounded prompt to a language model the router picks); others
    /// pass through. Its services come from the provider the pipeline is built with (<c>AddLocalMeshKnowledge</c>).
    /// </summary>
    public static ChatClientBuilder UseKnowledge(this ChatClientBuilder builder) => builder.Use((inner, services) => new KnowledgeChatClient(
        inner,
        services.GetRequiredService<KnowledgeSearch>(),
        services.GetRequiredService<AnswerCache>(),
        services.GetRequiredService<DomainResolver>(),
        services.GetRequiredService<LocalMeshOptions>(),
        services.GetRequiredService<KnowledgeOptions>(),
        services.GetRequiredService<Telemetry.LocalMeshTelemetry>(),
        services.GetRequiredService<TimeProvider>()));
}
