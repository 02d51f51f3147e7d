namespace LocalMesh.Mesh.Membership;

/// <summary>
/// The live table of peers: the last card heard from each, stamped with this node's clock when it arrived. A peer not
/// heard from for <paramref name="timeout"/> is gone from every read at once (reads compare with the clock, so a fake
/// clock drives expiry in tests). Silence is measured against this node's own heartbeats as it hears them back: a node
/// that has not heard its own card for a while (its process starved on a busy machine, its messages queued unread) does
/// not take the silence of others for their death — it judges them again once it hears itself, and by the clock alone
/// after <c>5 × timeout</c> without hearing itself (cut off from NATS). Before its first own card comes back, the clock
/// alone. Thread-safe.
/// </summary>
/// <param name="self">This node's id (its own card is not a peer).</param>
/// <param name="timeout">How long a peer stays without a heartbeat.</param>
/// <param name="time">The node's clock.</param>
/// <param name="selfGrace">How long after its own last card this node still judges by the clock (twice its heartbeat; default half the timeout).</param>
public sealed class PeerTable(string self, TimeSpan timeout, TimeProvider time, TimeSpan? selfGrace = null)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Peer> _peers = new(StringComparer.Ordinal);
    private IReadOnlyList<Peer> _snapshot = [];
    private int _version;
    private long _selfSeenTicks; // when this node last heard its own card (UTC ticks; 0: never)

    /// <summary>Raised (outside the lock) when a peer joins, leaves or changes what it serves.</summary>
    public event Action? Changed;

    /// <summary>Bumped on every change; readers compare it to see whether to rebuild what they derive from the table.</summary>
    public int Version => Volatile.Read(ref _version);

    /// <summary>The live peers, by id (a copy).</summary>
    public IReadOnlyList<Peer> Live
    {
        get
        {
            var now = Reference();
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
            Interlocked.Exchange(ref _selfSeenTicks, time.GetUtcNow().UtcTicks);
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

    /// <summary>
    /// Notes that a peer answered a request just now: as good a sign of life as its heartbeat, so a peer busy serving this
    /// node (its cards, or this node's reading of them, late under load) does not drop out of the table while it answers.
    /// Its card, and so what it serves and its health, stay as last heard.
    /// </summary>
    public void Heard(string node)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_peers.TryGetValue(node, out var peer) && now - peer.LastSeen > TimeSpan.FromMilliseconds(50)) // not on every answer of a busy peer
            {
                _peers[node] = peer with { LastSeen = now };
                _snapshot = [.. _peers.Values];
            }
        }
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
        var now = Reference();
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

    /// <summary>
    /// The time peers' silence is measured to: now, or — while this node has not heard its own card for longer than the
    /// grace, and not yet for 5 × timeout — the last time it did plus the grace.
    /// </summary>
    private DateTimeOffset Reference()
    {
        var now = time.GetUtcNow();
        var ticks = Interlocked.Read(ref _selfSeenTicks);
        if (ticks == 0)
        {
            return now;
        }

        var selfSeen = new DateTimeOffset(ticks, TimeSpan.Zero);
        var held = selfSeen + (selfGrace ?? timeout / 2);
        return held < now && now - selfSeen < 5 * timeout ? held : now;
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
