using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Channels;
using LocalMesh.Mesh.Transport;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Routing;

/// <summary>
/// The one reply subscription of every hop this node starts: <c>{inbox prefix}.hops-{id}.*</c>, subscribed once; a hop's
/// reply subject is a number under it (<see cref="OpenAsync"/>). Each answer message is handed to its hop's queue in the
/// NATS connection's read loop. (A subscription per hop to <c>NewInbox()</c> sends no SUB either, since NATS.Net
/// multiplexes inbox subscriptions on the client, but each one is a subscription object with its own channel, message
/// reader and registration, made and torn down per request.) NATS re-subscribes it after a reconnect; when the
/// connection closes every open hop's read fails ("hop closed") and the next hop subscribes again. Thread-safe.
/// </summary>
public sealed class HopInbox(MeshConnection connection)
{
    /// <summary>
    /// Most answer messages a hop holds unread (a stream whose client does not read): past that the hop fails rather than
    /// holding more or stalling the connection's read loop, which every other hop shares.
    /// </summary>
    public const int Capacity = 8192;

    private readonly ConcurrentDictionary<long, HopReplies> _hops = new();
    private readonly SemaphoreSlim _subscribing = new(1, 1);
    private volatile Subscription? _sub;

    /// <summary>Hops waiting for answers now (for tests).</summary>
    public int Open => _hops.Count;

    /// <summary>A new hop's reply subject and queue; dispose it when the hop ends.</summary>
    public async ValueTask<HopReplies> OpenAsync(CancellationToken cancellationToken)
    {
        var sub = _sub ?? await SubscribeAsync(cancellationToken).ConfigureAwait(false);
        // A random id, not a counter: a peer learns the prefix from the one request it is sent, and any site may publish
        // on _INBOX.> (docs/mesh-nats.conf); with numbers in sequence it could answer the hops sent to other peers.
        while (true)
        {
            var id = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long))) & long.MaxValue;
            var replies = new HopReplies(this, id, sub.Prefix + id.ToString(CultureInfo.InvariantCulture));
            if (_hops.TryAdd(id, replies))
            {
                if (!ReferenceEquals(_sub, sub))
                {
                    replies.Close(new ChannelClosedException("the NATS connection closed")); // it ended while this hop was opened
                }

                return replies;
            }
        }
    }

    private async ValueTask<Subscription> SubscribeAsync(CancellationToken cancellationToken)
    {
        await _subscribing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_sub is { } existing)
            {
                return existing;
            }

            var nats = connection.Nats;
            // Not under the connection's own inbox prefix (NewInbox()): NATS.Net would register that subject with its
            // client-side inbox multiplexer, which matches replies by exact subject, not by wildcard.
            var sub = new Subscription(this, nats, $"{nats.Opts.InboxPrefix}.hops-{Guid.NewGuid():N}.");
            await nats.AddSubAsync(sub, cancellationToken).ConfigureAwait(false);
            _sub = sub;
            return sub;
        }
        finally
        {
            _subscribing.Release();
        }
    }

    private void Deliver(long id, NatsMsg<byte[]> message)
    {
        if (_hops.TryGetValue(id, out var hop))
        {
            hop.Deliver(message);
        }

        // else: an answer to a hop that has ended (given up, or its client left): nobody reads it.
    }

    private void Ended(Subscription sub)
    {
        Interlocked.CompareExchange(ref _sub, null, sub);
        foreach (var hop in _hops.Values)
        {
            hop.Close(new ChannelClosedException("the NATS connection closed"));
        }
    }

    internal void Remove(long id) => _hops.TryRemove(id, out _);

    /// <summary>The subscription to <c>{prefix}*</c>; dispatches in the read loop.</summary>
    private sealed class Subscription(HopInbox inbox, NatsConnection nats, string prefix)
        : NatsSubBase(nats, nats.SubscriptionManager, prefix + "*", queueGroup: null, opts: null)
    {
        public string Prefix { get; } = prefix;

        protected override ValueTask ReceiveInternalAsync(string subject, string? replyTo, ReadOnlySequence<byte>? headersBuffer, ReadOnlySequence<byte> payloadBuffer)
        {
            if (subject.Length > Prefix.Length && long.TryParse(subject.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                var message = NatsMsg<byte[]>.Build(subject, replyTo, headersBuffer, payloadBuffer, Connection, Connection.HeaderParser, NatsRawSerializer<byte[]>.Default);
                inbox.Deliver(id, message);
            }

            return ValueTask.CompletedTask;
        }

        protected override void TryComplete() => inbox.Ended(this);
    }
}

/// <summary>One hop's reply subject and the answer messages that came to it, in order. Not thread-safe: one reader.</summary>
public sealed class HopReplies : IDisposable
{
    private readonly HopInbox _inbox;
    private readonly long _id;
    private readonly Channel<NatsMsg<byte[]>> _messages = Channel.CreateBounded<NatsMsg<byte[]>>(new BoundedChannelOptions(HopInbox.Capacity)
    {
        SingleReader = true,
        SingleWriter = true, // the connection's read loop
        FullMode = BoundedChannelFullMode.Wait, // TryWrite fails when full rather than dropping silently
    });

    internal HopReplies(HopInbox inbox, long id, string subject)
    {
        _inbox = inbox;
        _id = id;
        Subject = subject;
    }

    /// <summary>Where the peer sends the answer.</summary>
    public string Subject { get; }

    /// <summary>The answer's messages.</summary>
    public ChannelReader<NatsMsg<byte[]>> Messages => _messages.Reader;

    internal void Deliver(NatsMsg<byte[]> message)
    {
        if (!_messages.Writer.TryWrite(message))
        {
            Close(new ChannelClosedException(string.Create(CultureInfo.InvariantCulture,
                $"sent more than {HopInbox.Capacity} messages the client has not read yet")));
        }
    }

    internal void Close(Exception reason) => _messages.Writer.TryComplete(reason);

    /// <inheritdoc />
    public void Dispose()
    {
        _inbox.Remove(_id);
        _messages.Writer.TryComplete();
    }
}
