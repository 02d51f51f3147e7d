using System.Collections.Concurrent;
using LocalMesh.Configuration;
using LocalMesh.Mesh.Membership;

namespace LocalMesh.Mesh.Routing;

/// <summary>
/// Picks the peers that may serve a request, best first, for one scope (<see cref="Tier.Edge"/>: peers of this node's
/// site; <see cref="Tier.Remote"/>: peers of other sites). A peer qualifies when it is live, not draining nor suspected,
/// and has an available backend that serves the model on a tier the request may reach there (its local and edge
/// backends always; its cloud only when the request may reach the cloud). Order: load (the peer's own count plus what
/// this node has sent it since), then measured hop latency, then id. Thread-safe.
/// </summary>
public sealed class PeerSelector(PeerTable table, string site, Tier scope, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, PeerStats> _stats = new(StringComparer.Ordinal);

    /// <summary>The scope: edge (same site) or remote (other sites).</summary>
    public Tier Scope => scope;

    /// <summary>The live peers in scope (whatever they serve).</summary>
    public IEnumerable<Peer> InScope() => table.Live.Where(p => (p.Card.Site == site) == (scope == Tier.Edge));

    /// <summary>The chat models peers in scope serve now (<c>auto</c> first when any serves chat).</summary>
    public IReadOnlyList<string> Models()
    {
        var models = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var peer in InScope().Where(p => p.Card.Health == "ok"))
        {
            foreach (var backend in peer.Card.Backends.Where(b => b.Available))
            {
                models.UnionWith(backend.Models);
            }
        }

        var any = models.Remove("auto") | models.Count > 0;
        return any ? ["auto", .. models.Where(m => !m.Equals("specialists", StringComparison.OrdinalIgnoreCase))] : [];
    }

    /// <summary>The peers that may serve <paramref name="model"/> (null or <c>auto</c>: any chat), best first.</summary>
    /// <param name="model">The model asked for.</param>
    /// <param name="allowed">The tiers the request may reach, as the entry node sees them.</param>
    public IReadOnlyList<Peer> Candidates(string? model, IReadOnlySet<Tier> allowed)
    {
        var auto = model is null || model.Equals("auto", StringComparison.OrdinalIgnoreCase);
        var now = time.GetUtcNow();
        return [.. InScope()
            .Where(p => p.Card.Health == "ok" && !table.IsSuspect(p) && !Stats(p.Card.Node).Refuses(model, now))
            .Where(p => p.Card.Backends.Any(b => b.Available && ReachableThere(b.Tier, allowed)
                && (auto || b.Models.Contains(model!, StringComparer.OrdinalIgnoreCase))))
            .OrderBy(p => Math.Min(1, p.Card.Load + ((double)Stats(p.Card.Node).InFlight / Math.Max(1, p.Card.Capacity))))
            .ThenBy(p => Stats(p.Card.Node).LatencyMs)
            .ThenBy(p => p.Card.Node, StringComparer.Ordinal)];
    }

    /// <summary>The live counters of a peer as this node sees it.</summary>
    public PeerStats Stats(string node) => _stats.GetOrAdd(node, _ => new PeerStats());

    private static bool ReachableThere(string tier, IReadOnlySet<Tier> allowed) =>
        TierNames.TryParse(tier, out var t) && (t is Tier.Local or Tier.Edge || allowed.Contains(t));
}

/// <summary>What this node measured of one peer: requests it has in flight there, hop latency, models it lied about.</summary>
public sealed class PeerStats
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _refused = new(StringComparer.OrdinalIgnoreCase);
    private int _inFlight;
    private double _latencyMs;

    /// <summary>Requests this node has sent the peer and not yet seen answered.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Moving average of the time to the peer's first answer (ms); 0 until measured.</summary>
    public double LatencyMs => Volatile.Read(ref _latencyMs);

    /// <summary>Counts a request sent.</summary>
    public void Enter() => Interlocked.Increment(ref _inFlight);

    /// <summary>Counts a request answered or failed.</summary>
    public void Exit() => Interlocked.Decrement(ref _inFlight);

    /// <summary>Adds a latency sample.</summary>
    public void Measured(double ms) => Volatile.Write(ref _latencyMs, _latencyMs == 0 ? ms : (_latencyMs * 0.8) + (ms * 0.2));

    /// <summary>Notes that the peer said it does not serve <paramref name="model"/> although it advertised it (until <paramref name="until"/>).</summary>
    public void Refused(string model, DateTimeOffset until) => _refused[model] = until;

    /// <summary>Whether the peer refused <paramref name="model"/> recently (before <paramref name="now"/>).</summary>
    public bool Refuses(string? model, DateTimeOffset now) => model is not null && _refused.TryGetValue(model, out var until) && until > now;
}
