namespace LocalMesh.Mesh.Membership;

/// <summary>
/// The live table of peers: the last card heard from each, stamped with this node's clock when it arrived. A peer not
/// heard from for <paramref name="timeout"/> is gone from every read at once (reads compare with the clock, so a fake
/// clock drives expiry in tests). Thread-safe.
/// </summary>
/// <param name="self">This node's id (its own card is not a peer).</param>
/// <param name="timeout">How long a peer stays without a heartbeat.</param>
/// <param name="time">The node's clock.</param>
public sealed class PeerTable(string self, TimeSpan timeout, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Peer> _peers = new(StringComparer.Ordinal);
    private IReadOnlyList<Peer> _snapshot = [];
    private int _version;

    /// <summary>Raised (outside the lock) when a peer joins, leaves or changes what it serves.</summary>
    public event Action? Changed;

    /// <summary>Bumped on every change; readers compare it to see whether to rebuild what they derive from the table.</summary>
    public int Version => Volatile.Read(ref _version);

    /// <summary>The live peers, by id (a copy).</summary>
    public IReadOnlyList<Peer> Live
    {
        get
        {
            var now = time.GetUtcNow();
            var snapshot = _snapshot;
            if (snapshot.All(p => now - p.LastSeen < timeout))
            {
                return snapshot;
            }

            Sweep();
            return _snapshot;
        }
    }

    /// <summary>Records a card from a peer; returns false for this node's own card.</summary>
    public bool Observe(NodeCard card)
    {
        if (card.Node == self)
        {
            return false;
        }

        bool changed;
        lock (_lock)
        {
            var known = _peers.GetValueOrDefault(card.Node);
            changed = known is null || !SameCapabilities(known.Card, card);
            _peers[card.Node] = new Peer(card, time.GetUtcNow(), known?.Suspect ?? default);
            _snapshot = [.. _peers.Values];
        }

        if (changed)
        {
            Interlocked.Increment(ref _version);
            Changed?.Invoke();
        }

        return true;
    }

    /// <summary>Removes a peer that said it left (or whose key was deleted).</summary>
    public void Remove(string node)
    {
        bool removed;
        lock (_lock)
        {
            removed = _peers.Remove(node);
            _snapshot = [.. _peers.Values];
        }

        if (removed)
        {
            Interlocked.Increment(ref _version);
            Changed?.Invoke();
        }
    }

    /// <summary>
    /// Marks a peer as failed (it went silent serving a request) for <paramref name="forAtLeast"/>: routing skips it at
    /// once, before the heartbeat timeout would drop it.
    /// </summary>
    public void Suspect(string node, TimeSpan forAtLeast)
    {
        lock (_lock)
        {
            if (_peers.TryGetValue(node, out var peer))
            {
                _peers[node] = peer with { Suspect = time.GetUtcNow() + forAtLeast };
                _snapshot = [.. _peers.Values];
            }
        }
    }

    /// <summary>Drops every peer not heard from within the timeout.</summary>
    public void Sweep()
    {
        var now = time.GetUtcNow();
        var removed = false;
        lock (_lock)
        {
            foreach (var (id, peer) in _peers.ToList())
            {
                if (now - peer.LastSeen >= timeout)
                {
                    removed |= _peers.Remove(id);
                }
            }

            _snapshot = [.. _peers.Values];
        }

        if (removed)
        {
            Interlocked.Increment(ref _version);
            Changed?.Invoke();
        }
    }

    /// <summary>Whether <paramref name="peer"/> is marked failed now.</summary>
    public bool IsSuspect(Peer peer) => peer.Suspect > time.GetUtcNow();

    private static bool SameCapabilities(NodeCard a, NodeCard b) =>
        a.Site == b.Site && a.Health == b.Health && a.Backends.Count == b.Backends.Count
        && a.Backends.Zip(b.Backends).All(p => p.First.Name == p.Second.Name && p.First.Tier == p.Second.Tier && p.First.Available == p.Second.Available && p.First.Models.SequenceEqual(p.Second.Models));
}

/// <summary>A live peer: its last card, when it arrived (this node's clock), and until when it is suspected dead.</summary>
/// <param name="Card">The card.</param>
/// <param name="LastSeen">When it arrived.</param>
/// <param name="Suspect">Until when routing skips it (it went silent serving a request).</param>
public sealed record Peer(NodeCard Card, DateTimeOffset LastSeen, DateTimeOffset Suspect);
