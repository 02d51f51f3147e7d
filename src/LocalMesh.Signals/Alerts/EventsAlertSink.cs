using LocalMesh.Events;
using LocalMesh.Signals.Streams;

namespace LocalMesh.Signals.Alerts;

/// <summary>Puts every alert on the node's event stream (<c>GET /v1/localmesh/events</c>) as a <c>signal.alert</c> event. The event stream stays on the node, so every domain may see it.</summary>
public sealed class EventsAlertSink(NodeEvents events) : ISignalAlertSink
{
    /// <summary>The event type.</summary>
    public const string EventType = "signal.alert";

    /// <inheritdoc />
    public void Publish(SignalAlert alert, StreamSettings settings) => events.Publish(EventType, alert.ToJson());
}
