using Microsoft.Extensions.AI;

namespace LocalMesh.Pipeline;

/// <summary>
/// The node's whole chat pipeline: the stages composed in front of the router with <c>UseXxx</c> calls, in the order
/// they read (the node's is in <c>LocalMesh.Server.Hosting.LocalMeshPipeline</c>). Thread-safe.
/// </summary>
public sealed class LocalMeshChatPipeline(IChatClient client)
{
    /// <summary>Call this with a <see cref="Routing.RouteContext"/> attached to the options.</summary>
    public IChatClient Client { get; } = client;
}
