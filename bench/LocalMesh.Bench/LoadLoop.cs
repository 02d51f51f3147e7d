using System.Diagnostics;
using System.Text;

namespace LocalMesh.Bench;

/// <summary>A closed-loop load generator: <c>concurrency</c> workers each send a request, read the whole answer, and repeat until time is up.</summary>
internal static class LoadLoop
{
    private static readonly Dictionary<string, string> EmptyHeaders = [];

    /// <summary>What one load run measured. <paramref name="OwnP50"/> and <paramref name="OwnP99"/> are the gateway's own time per request as it reports it (LocalMesh's <c>x-localmesh-overhead-ms</c>), when it does.</summary>
    public sealed record Result(double Rps, double P50, double P99, int Errors, int Count = 0, double? OwnP50 = null, double? OwnP99 = null);

    private const string OverheadHeader = "x-localmesh-overhead-ms";

    public static async Task<Result> RunAsync(string baseUrl, string body, int concurrency, TimeSpan duration, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { Timeout = TimeSpan.FromSeconds(30) };
        var url = new Uri(baseUrl.TrimEnd('/') + "/chat/completions");
        var payload = Encoding.UTF8.GetBytes(body);
        var latencies = new List<double>[concurrency];
        var reported = new List<double>[concurrency];
        var errors = 0;
        var stop = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            var mine = latencies[w] = new List<double>(4096);
            var own = reported[w] = new List<double>(4096);
            while (stop.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                double? ownTime = null;
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(payload) };
                    request.Content.Headers.ContentType = new("application/json");
                    foreach (var (name, value) in headers ?? EmptyHeaders)
                    {
                        request.Headers.TryAddWithoutValidation(name, value);
                    }

                    using var response = await http.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                        continue;
                    }

                    if (response.Headers.NonValidated.TryGetValues(OverheadHeader, out var reportedOverhead))
                    {
                        ownTime = double.Parse(reportedOverhead.ToString(), System.Globalization.CultureInfo.InvariantCulture);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (ownTime is { } ms)
                {
                    own.Add(ms);
                }
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var elapsed = stop.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var allOwn = reported.SelectMany(l => l).Order().ToArray();
        return all.Length == 0
            ? new Result(0, 0, 0, errors, 0)
            : new Result(all.Length / elapsed, Percentile(all, 0.50), Percentile(all, 0.99), errors, all.Length,
                allOwn.Length == 0 ? null : Percentile(allOwn, 0.50), allOwn.Length == 0 ? null : Percentile(allOwn, 0.99));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * p))];
}
