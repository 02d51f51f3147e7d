using System.Collections.Concurrent;
using LocalMesh.Mesh.Membership;
using LocalMesh.Mesh.Transport;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Routing;

/// <summary>
/// Watches the peers this node has requests in flight at, one watch per peer rather than per request: whatever a peer
/// sends on any of its hops counts as hearing from it, and a peer silent for <see cref="MeshOptions.KeepAliveSeconds"/>
/// is pinged (one ping for all of its requests, again at each check while it stays silent, at most four in flight).
/// NATS answers "no responders" at once for a node whose connection closed (SIGKILL, crash, cable): the peer is then declared gone and every request in flight there fails at once, so each can
/// be sent to another node without waiting for its own silence. A ping that gets no answer means the peer is still
/// connected, only slow (a busy machine), so a busy peer is never declared gone; silent for
/// <see cref="MeshOptions.HungPeerSeconds"/> in all, it is given up on. Serving nodes send no keep-alive per request: under
/// 2,000 requests in flight those were thousands of messages a second that the busy nodes had to send and read.
/// Thread-safe.
/// </summary>
public sealed class PeerLiveness(MeshConnection connection, TimeProvider time, PeerTable? table = null)
{
    private const int MaxPings = 4; // in flight per peer
    private readonly ConcurrentDictionary<string, Watch> _watches = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private ITimer? _timer;

    /// <summary>Raised when a peer is declared gone or given up on, with the peer and why (for logs and tests).</summary>
    public event Action<string, string>? Failed;

    private TimeSpan Silence => TimeSpan.FromSeconds(connection.Options.KeepAliveSeconds);

    private TimeSpan GiveUp => TimeSpan.FromSeconds(connection.Options.HungPeerSeconds);

    /// <summary>Starts watching <paramref name="card"/>'s node for one request; dispose the handle when the request is done with it.</summary>
    public Hop Begin(NodeCard card)
    {
        var watch = _watches.GetOrAdd(card.Node, _ => new Watch(card.Site, card.Node));
        if (Interlocked.Increment(ref watch.Hops) == 1)
        {
            watch.Heard(time); // the silence is counted from when this node started waiting on it
        }

        lock (_lock)
        {
            _timer ??= time.CreateTimer(_ => Check(), null, Silence / 2, Silence / 2);
        }

        return new Hop(this, watch, watch.Life);
    }

    private void Check()
    {
        var busy = false;
        foreach (var watch in _watches.Values)
        {
            if (Volatile.Read(ref watch.Hops) <= 0)
            {
                continue;
            }

            busy = true;
            var silent = watch.Silent(time);
            if (silent >= GiveUp)
            {
                Fail(watch, $"went silent for {silent.TotalSeconds:0.#} s");
            }
            else if (silent >= Silence)
            {
                // A ping every check while the peer stays silent, a few at most in flight: one sent after the peer died
                // gets "no responders" at once, even while an earlier one still waits on the peer that was only busy.
                if (Interlocked.Increment(ref watch.Pinging) <= MaxPings)
                {
                    _ = PingAsync(watch);
                }
                else
                {
                    Interlocked.Decrement(ref watch.Pinging);
                }
            }
        }

        if (!busy)
        {
            lock (_lock)
            {
                // Nothing in flight: no timer runs until the next request (a node in a quiet mesh does no work).
                if (_watches.Values.All(w => Volatile.Read(ref w.Hops) <= 0))
                {
                    _timer?.Dispose();
                    _timer = null;
                }
            }
        }
    }

    private async Task PingAsync(Watch watch)
    {
        var life = watch.Life;
        try
        {
            var reply = await connection.Nats.RequestAsync<byte[], byte[]>(MeshSubjects.Ping(watch.Site, watch.Node), [],
                replyOpts: new NatsSubOpts { Timeout = 2 * Silence }).ConfigureAwait(false);
            if (reply.Headers is { Code: 503 })
            {
                Fail(watch, life, $"is gone (silent {watch.Silent(time).TotalMilliseconds:0} ms, no longer connected)");
            }
            else
            {
                Heard(watch); // its process runs and reads its messages: alive, however slow its answers are
            }
        }
        catch (NatsNoRespondersException)
        {
            Fail(watch, life, $"is gone (silent {watch.Silent(time).TotalMilliseconds:0} ms, no longer connected)");
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException or OperationCanceledException or ObjectDisposedException)
        {
            // No word either way: it still listens, it is only slow (or this node's own connection is down).
        }
        finally
        {
            Interlocked.Decrement(ref watch.Pinging);
        }
    }

    private void Heard(Watch watch)
    {
        if (watch.Heard(time) && table is not null)
        {
            table.Heard(watch.Node);
        }
    }

    private void Fail(Watch watch, string reason) => Fail(watch, watch.Life, reason);

    private void Fail(Watch watch, Life life, string reason)
    {
        // A new life for the requests that start after this (the node may come back under the same id).
        if (Interlocked.CompareExchange(ref watch.Life, new Life(), life) != life)
        {
            return; // already failed
        }

        life.Reason = reason;
        table?.Suspect(watch.Node, TimeSpan.FromSeconds(connection.Options.PeerTimeoutSeconds)); // new requests skip it from now
        life.Cancel();
        Failed?.Invoke(watch.Node, reason);
    }

    /// <summary>One request's hold on a peer's watch.</summary>
    public sealed class Hop : IDisposable
    {
        private readonly PeerLiveness _owner;
        private readonly Watch _watch;
        private readonly Life _life;
        private int _disposed;

        internal Hop(PeerLiveness owner, Watch watch, Life life) => (_owner, _watch, _life) = (owner, watch, life);

        /// <summary>Cancelled when the peer is declared gone or given up on.</summary>
        public CancellationToken Gone => _life.Token;

        /// <summary>Why the peer was declared gone (once <see cref="Gone"/> is cancelled).</summary>
        public string Reason => _life.Reason ?? "is gone";

        /// <summary>Notes a message from the peer.</summary>
        public void Heard() => _owner.Heard(_watch);

        /// <summary>The hop got "no responders": nobody listens at the peer's subject any more.</summary>
        public void NoResponders() => _owner.Fail(_watch, _life, "is not listening (no responders)");

        /// <inheritdoc />
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref _watch.Hops);
            }
        }
    }

    internal sealed class Watch(string site, string node)
    {
        public readonly string Site = site;
        public readonly string Node = node;
        public int Hops;
        public int Pinging;
        public Life Life = new();
        private long _heardTicks;
        private long _toldTicks;

        /// <summary>Notes a sign of life; true at most every 50 ms, when the membership table should hear of it too.</summary>
        public bool Heard(TimeProvider time)
        {
            var now = time.GetTimestamp();
            Volatile.Write(ref _heardTicks, now);
            var told = Volatile.Read(ref _toldTicks);
            return time.GetElapsedTime(told, now) > TimeSpan.FromMilliseconds(50) && Interlocked.CompareExchange(ref _toldTicks, now, told) == told;
        }

        public TimeSpan Silent(TimeProvider time) => time.GetElapsedTime(Volatile.Read(ref _heardTicks));
    }

    /// <summary>One life of a peer, as this node sees it: ends when the peer is declared gone.</summary>
    internal sealed class Life : CancellationTokenSource
    {
        public volatile string? Reason;
    }
}
