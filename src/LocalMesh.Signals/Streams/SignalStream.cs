namespace LocalMesh.Signals.Streams;

/// <summary>One live stream: its name, settings and state. Its <see cref="Gate"/> serialises batches.</summary>
public sealed class SignalStream
{
    internal SignalStream(string name, StreamSettings settings, StreamState state)
    {
        Name = name;
        Settings = settings;
        State = state;
    }

    /// <summary>The stream's name.</summary>
    public string Name { get; }

    /// <summary>Its settings.</summary>
    public StreamSettings Settings { get; internal set; }

    /// <summary>Its state: replaced whole after each stored batch and never changed once published, so readers need no lock.</summary>
    public StreamState State { get; internal set; }

    internal Lock Gate { get; } = new();
}
