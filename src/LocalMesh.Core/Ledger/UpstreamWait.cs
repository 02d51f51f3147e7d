namespace LocalMesh.Ledger;

/// <summary>
/// The time one request spent waiting on backends across the network: from sending each request to a backend until
/// its response headers arrived, plus the time blocked reading its body. What is left of the request's time in the
/// node is the node's own (the <c>x-localmesh-overhead-ms</c> response header). Thread-safe.
/// </summary>
/// <remarks>
/// It holds durations, not timestamps, so it needs no clock of its own: whoever measures a wait does so with the node's
/// <see cref="TimeProvider"/> (tests use a fake one), and the total is exact whatever that clock's tick frequency is.
/// </remarks>
public sealed class UpstreamWait
{
    private long _ticks;

    /// <summary>The total so far.</summary>
    public TimeSpan Total => new(Interlocked.Read(ref _ticks));

    /// <summary>Adds one wait.</summary>
    public void Add(TimeSpan waited) => Interlocked.Add(ref _ticks, waited.Ticks);
}
