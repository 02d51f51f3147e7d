using LocalMesh.Telemetry;
using Microsoft.Extensions.AI;

namespace LocalMesh.Pipeline;

/// <summary>The core's stages as <see cref="ChatClientBuilder"/> extensions, the way Microsoft.Extensions.AI composes its own (<c>UseLogging</c>, <c>UseOpenTelemetry</c>).</summary>
public static class LocalMeshChatClientBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="RouteTracingChatClient"/>: one span per routed request on the <c>LocalMesh</c> source (nothing
    /// when no one listens). Add it first, so it is outermost and its span covers every later stage.
    /// </summary>
    public static ChatClientBuilder UseRouteTracing(this ChatClientBuilder builder) => builder.Use(inner => new RouteTracingChatClient(inner));
}
