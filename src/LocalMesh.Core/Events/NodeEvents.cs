using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace LocalMesh.Events;

/// <summary>Something that happened on the node (an alarm fired, a smart-home command, a new model version).</summary>
/// <param name="Id">Increasing per process.</param>
/// <param name="Type">Dotted name, e.g. <c>alarm.fired</c>, <c>smart_home.command</c>.</param>
/// <param name="At">When.</param>
/// <param name="Data">The event's fields.</param>
public sealed record NodeEvent(long Id, string Type, DateTimeOffset At, JsonObject Data);

/// <summary>
/// The node's event stream: publishers never block; each subscriber has its own bounded buffer (the oldest events are
/// dropped for a subscriber that does not keep up), and the last 200 events are kept for late readers.
/// Thread-safe.
/// </summary>
/// <param name="time">The clock that stamps events (the node's); <see cref="TimeProvider.System"/> when null.</param>
public sealed class NodeEvents(TimeProvider? time = null)
{
    private const int Keep = 200;
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly LinkedList<NodeEvent> _recent = new();
    private readonly List<Channel<NodeEvent>> _subscribers = [];
    private long _nextId;
    private int _subscriberCount;

    /// <summary>
    /// Whether anyone reads the stream now. A publisher of frequent events that are not kept (one per request) checks it
    /// to skip building events nobody would read.
    /// </summary>
    public bool HasSubscribers => Volatile.Read(ref _subscriberCount) > 0;

    /// <summary>Publishes an event to every subscriber.</summary>
    /// <param name="type">The event's type.</param>
    /// <param name="data">Its fields.</param>
    /// <param name="keep">Whether late readers get it from <see cref="Recent"/>; false for frequent events (one per
    /// request) that would push the rare ones (a fired alarm) out of the kept window.</param>
    public NodeEvent Publish(string type, JsonObject data, bool keep = true)
    {
        var e = new NodeEvent(Interlocked.Increment(ref _nextId), type, _time.GetUtcNow(), data);
        lock (_gate)
        {
            if (keep)
            {
                _recent.AddLast(e);
                if (_recent.Count > Keep)
                {
                    _recent.RemoveFirst();
                }
            }

            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(e);
            }
        }

        return e;
    }

    /// <summary>The most recent events, oldest first.</summary>
    public IReadOnlyList<NodeEvent> Recent()
    {
        lock (_gate)
        {
            return [.. _recent];
        }
    }

    /// <summary>Streams events published from now on until <paramref name="cancellationToken"/> fires.</summary>
    public async IAsyncEnumerable<NodeEvent> SubscribeAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<NodeEvent>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            _subscribers.Add(channel);
            _subscriberCount = _subscribers.Count;
        }

        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var e))
                {
                    yield return e;
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                _subscribers.Remove(channel);
                _subscriberCount = _subscribers.Count;
            }
        }
    }
}
