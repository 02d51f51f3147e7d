using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Ledger;
using LocalMesh.Mesh.Membership;
using LocalMesh.Mesh.Transport;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Mesh.Routing;

/// <summary>
/// Adds the mesh to the node's backends as two OpenAI-protocol backends whose HTTP goes over NATS: <c>mesh-edge</c>
/// (tier <c>edge</c>: peers of this node's site, the data stays in the site) and <c>mesh-remote</c> (tier
/// <c>remote</c>: peers of other sites, reached only by domains that list <c>remote</c>, redacted per
/// <c>Privacy:RedactTiers</c>). The router treats each like any backend (policy, failover, ledger, redaction); which
/// peer serves is chosen per request inside (<see cref="PeerRoutingHandler"/>). Their models and health follow the
/// membership table as it changes.
/// </summary>
public sealed partial class MeshBackendProvider(MeshOptions options, MeshConnection connection, PeerTable table, TimeProvider time, ILogger<MeshBackendProvider> logger) : IBackendProvider
{
    /// <summary>The same-site backend's name.</summary>
    public const string EdgeName = "mesh-edge";

    /// <summary>The other-sites backend's name.</summary>
    public const string RemoteName = "mesh-remote";

    private readonly List<(BackendState State, PeerSelector Selector)> _backends = [];
    private readonly PeerLiveness _liveness = new(connection, time, table); // one watch per peer, for both scopes
    private readonly HopInbox _inbox = new(connection); // one reply subscription for every hop, both scopes

    /// <summary>Whether <paramref name="backend"/> is one of the mesh's own backends.</summary>
    public static bool IsMeshBackend(string? backend) =>
        string.Equals(backend, EdgeName, StringComparison.OrdinalIgnoreCase) || string.Equals(backend, RemoteName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The watch on the peers this node has requests at (declares a dead one gone).</summary>
    public PeerLiveness Liveness => _liveness;

    /// <summary>The selectors, by scope (for the nodes endpoint and tests).</summary>
    public IReadOnlyList<PeerSelector> Selectors => [.. _backends.Select(b => b.Selector)];

    /// <inheritdoc />
    public IEnumerable<Backend> CreateBackends(BackendFactory factory)
    {
        foreach (var (name, tier) in new[] { (EdgeName, Tier.Edge), (RemoteName, Tier.Remote) })
        {
            var config = new BackendConfig
            {
                Tier = tier,
                Type = BackendTypes.OpenAI,
                Endpoint = $"http://{name}.mesh/v1",
                MaxConcurrency = 100_000, // each peer keeps its own limits and says when it is full
                TimeoutSeconds = 600,
            };
            var state = new BackendState(name, config);
            var selector = new PeerSelector(table, options.Site, tier, time);
            var tunnel = new NatsTunnelHandler(connection, _inbox, _liveness, TimeSpan.FromSeconds(options.HopTimeoutSeconds), time); // what a peer sends on a hop counts as a sign of life
            var http = new HttpClient(new PeerRoutingHandler(selector, table, options, time) { InnerHandler = new LedgerHttpHandler(time) { InnerHandler = tunnel } })
            {
                Timeout = Timeout.InfiniteTimeSpan,
            };
            _backends.Add((state, selector));
            Refresh(state, selector);
            yield return factory.Create(state, http);
        }

        table.Changed += RefreshAll;
        _liveness.Failed += (node, reason) => LogPeerGone(logger, node, reason);
    }

    private void RefreshAll()
    {
        foreach (var (state, selector) in _backends)
        {
            Refresh(state, selector);
        }
    }

    private void Refresh(BackendState state, PeerSelector selector)
    {
        var models = selector.Models();
        var now = time.GetUtcNow();
        state.ReportProbe(models.Count > 0
            ? new ProbeResult(HealthStatus.Healthy, now, 0, null)
            : new ProbeResult(HealthStatus.Unhealthy, now, null, selector.Scope == Tier.Edge ? "no mesh peer in this site" : "no mesh peer in another site"), models);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mesh peer {Node} {Reason}: its requests in flight here go to other nodes")]
    private static partial void LogPeerGone(ILogger logger, string node, string reason);
}
