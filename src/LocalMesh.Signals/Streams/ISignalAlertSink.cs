namespace LocalMesh.Signals.Streams;

/// <summary>Where alerts go once their batch is stored: the event stream, the ledger, a webhook. Called on the ingesting thread; must not block.</summary>
public interface ISignalAlertSink
{
    /// <summary>Takes one alert of a stream with <paramref name="settings"/>.</summary>
    void Publish(SignalAlert alert, StreamSettings settings);
}
