using System.Diagnostics;

namespace LocalMesh.Ledger;

/// <summary>
/// The time one request spent waiting on backends across the network: from sending each request to a backend until
/// its response headers arrived, plus the time blocked reading its body. What is left of the request's time in the
/// node is the node's own (the <c>x-localmesh-overhead-ms</c> response header). Thread-safe.
/// </summary>
public sealed class UpstreamWait
{
    private long _ticks;

    /// <summary>The total so far.</summary>
    public TimeSpan Total => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    /// <summary>Adds the time since <paramref name="startedTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/> value).</summary>
    public void AddSince(long startedTimestamp) => Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - startedTimestamp);
}
