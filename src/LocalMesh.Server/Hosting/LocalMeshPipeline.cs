using LocalMesh.Caching;
using LocalMesh.Mesh;
using LocalMesh.Knowledge.Answering;
using LocalMesh.Pipeline;
using LocalMesh.Routing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Server.Hosting;

/// <summary>
/// The node's chat pipeline, composed in one place and read top to bottom as a request goes through it, each stage a
/// <see cref="DelegatingChatClient"/> that can be tested alone:
/// <list type="number">
/// <item><c>UseRouteTracing</c>: one span per routed request (LocalMesh.Core, Telemetry/RouteTracingChatClient).</item>
/// <item><c>UseMeshHop</c>: on a mesh, a request that may leave for a peer opens a hop; one a peer sent here is narrowed
/// to what its entry node allowed (LocalMesh.Mesh, Routing/MeshHopChatClient).</item>
/// <item><c>UseKnowledge</c>: requests for model <c>kb</c>, and <c>auto</c> requests about a collection the caller may
/// see, get passages, the answer cache and a grounded prompt (LocalMesh.Knowledge, Answering/KnowledgeChatClient).</item>
/// <item><c>UseSemanticCache</c>: an answer an edge, remote or cloud backend gave is given again to a question with the
/// same meaning from the same key, domain, model and settings (LocalMesh.Core, Caching/SemanticCacheChatClient).</item>
/// <item>the <see cref="LocalMeshRouter"/>: plans the backends and fails over between them; each backend has its own
/// pipeline (concurrency and ledger, redaction before a redacted tier, GenAI telemetry, the protocol client).</item>
/// </list>
/// </summary>
public static class LocalMeshPipeline
{
    /// <summary>Registers the <see cref="LocalMeshChatPipeline"/> the chat endpoint and the queue use.</summary>
    public static IServiceCollection AddLocalMeshChatPipeline(this IServiceCollection services) =>
        services.AddSingleton(sp => new LocalMeshChatPipeline(
            new ChatClientBuilder(sp.GetRequiredService<LocalMeshRouter>())
                .UseRouteTracing() // outermost: its span covers every later stage
                .UseMeshHop() // a no-op without a mesh; first, so a request a peer sent is narrowed (and known as one) before anything answers it
                .UseKnowledge()
                .UseSemanticCache() // after the knowledge tier, whose answers have their own cache; a no-op when off
                .Build(sp)));
}
