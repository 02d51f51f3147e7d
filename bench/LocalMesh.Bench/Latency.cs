using System.Diagnostics;

namespace LocalMesh.Bench;

/// <summary>Times a piece of work on this thread, over and over, for a fixed time after a warm-up.</summary>
internal static class Latency
{
    /// <summary>p50 and p99 in microseconds.</summary>
    public static (double P50, double P99) Measure(Action work, double seconds, double warmup)
    {
        var samples = new List<double>(1 << 16);
        foreach (var (span, keep) in new[] { (warmup, false), (seconds, true) })
        {
            var until = Stopwatch.GetTimestamp() + (long)(span * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                work();
                if (keep)
                {
                    samples.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                }
            }
        }

        samples.Sort();
        return (samples[samples.Count / 2], samples[(int)(samples.Count * 0.99)]);
    }
}
