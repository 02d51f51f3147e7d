using Microsoft.Extensions.AI;

namespace LocalMesh.Pipeline;

/// <summary>The node's whole chat pipeline: the <see cref="IChatPipelineStage"/>s around the router. Thread-safe.</summary>
/// <param name="client">The built pipeline.</param>
public sealed class LocalMeshChatPipeline(IChatClient client)
{
    /// <summary>Call this with a <see cref="Routing.RouteContext"/> attached to the options.</summary>
    public IChatClient Client { get; } = client;
}
