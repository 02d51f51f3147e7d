using Microsoft.Extensions.AI;

namespace LocalMesh.Pipeline;

/// <summary>
/// Adds a stage in front of the router (e.g. an answer cache or a classifier). Stages see every request with its
/// <see cref="Routing.RouteContext"/> before routing. Register implementations in DI; the first registered is outermost.
/// </summary>
public interface IChatPipelineStage
{
    /// <summary>Adds this stage to the request pipeline.</summary>
    void Configure(ChatClientBuilder builder);
}
