using LocalMesh.Configuration;
using LocalMesh.Routing;

namespace LocalMesh.Mesh.Routing;

/// <summary>
/// What travels with a request across the mesh, on the request's async flow: on the entry node, the request's route
/// context (so the peer backend knows the domain and tiers, and can name the node that served) and, on a serving node,
/// what the entry node allowed. An <see cref="AsyncLocal{T}"/> because the peer backend sits below the HTTP client
/// stack, where only the flow reaches.
/// </summary>
public static class MeshHop
{
    private static readonly AsyncLocal<OutgoingHop?> OutgoingValue = new();
    private static readonly AsyncLocal<IncomingHop?> IncomingValue = new();

    /// <summary>The request leaving this node for a peer, if any.</summary>
    public static OutgoingHop? Outgoing { get => OutgoingValue.Value; set => OutgoingValue.Value = value; }

    /// <summary>The request a peer sent this node, if this flow serves one.</summary>
    public static IncomingHop? Incoming { get => IncomingValue.Value; set => IncomingValue.Value = value; }
}

/// <summary>A request that may leave for a peer: its context in, the node that served it out.</summary>
/// <param name="Context">The request's route context on the entry node.</param>
public sealed class OutgoingHop(RouteContext context)
{
    /// <summary>The request's route context.</summary>
    public RouteContext Context { get; } = context;

    /// <summary>The peer that answered, once one has.</summary>
    public string? Node { get; set; }

    /// <summary>Its site.</summary>
    public string? Site { get; set; }

    /// <summary>The backend that answered on the peer, from its route header.</summary>
    public string? Backend { get; set; }

    /// <summary>Peers tried before, with why they failed.</summary>
    public List<string> Failed { get; } = [];
}

/// <summary>A request another node sent here.</summary>
/// <param name="EntryNode">The node the client called.</param>
/// <param name="EntryTiers">The tiers the entry node allowed the request.</param>
public sealed record IncomingHop(string EntryNode, IReadOnlySet<Tier> EntryTiers)
{
    /// <summary>
    /// What the request may reach here: this node's own local and edge backends (it is a peer the entry node's policy
    /// already let the data reach), its cloud only if the entry node allowed cloud, and never the mesh again.
    /// </summary>
    public IReadOnlySet<Tier> AllowedHere { get; } = EntryTiers.Contains(Tier.Cloud) ? new HashSet<Tier> { Tier.Local, Tier.Edge, Tier.Cloud } : new HashSet<Tier> { Tier.Local, Tier.Edge };
}
