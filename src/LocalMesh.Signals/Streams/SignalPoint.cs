namespace LocalMesh.Signals.Streams;

/// <summary>One reading of a stream: when, and the (finite) value.</summary>
public readonly record struct SignalPoint(DateTimeOffset Timestamp, double Value);
