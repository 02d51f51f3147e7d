using LocalMesh.Backends;

namespace LocalMesh.Routing;

/// <summary>
/// Orders the backends a request may use, after the planner has left out what the data domain's rule, the request's
/// needs (model, streaming, tools, context length) and live health forbid. Chat and embeddings share the one policy
/// the node is configured with (<c>LocalMesh:Routing:Policy</c>), in the spirit of YARP's <c>ILoadBalancingPolicy</c>:
/// add one with <c>services.AddKeyedSingleton&lt;IRoutingPolicy, MyPolicy&gt;("my-policy")</c> and name it in the
/// configuration, without touching the router. Implementations must be thread-safe and must not block.
/// </summary>
public interface IRoutingPolicy
{
    /// <summary>
    /// The order in which to try <paramref name="eligible"/> for <paramref name="context"/> (the first that answers wins;
    /// the rest are failovers). Backends left out of the result are not tried.
    /// </summary>
    /// <param name="context">The request: its domain, allowed tiers, model, size.</param>
    /// <param name="eligible">Backends that may take it, in configuration order.</param>
    IEnumerable<Backend> Order(RouteContext context, IReadOnlyList<Backend> eligible);
}
