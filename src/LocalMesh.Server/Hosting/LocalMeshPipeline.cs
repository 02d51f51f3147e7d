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
/// <item><c>UseKnowledge</c>: requests for model <c>kb</c> get passages, the answer cache and a grounded prompt
/// (LocalMesh.Knowledge, Answering/KnowledgeChatClient).</item>
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
                .UseKnowledge()
                .UseMeshHop() // a no-op without a mesh
                .Build(sp)));
}
