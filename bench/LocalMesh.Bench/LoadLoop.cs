using System.Diagnostics;
using System.Text;

namespace LocalMesh.Bench;

/// <summary>A closed-loop load generator: <c>concurrency</c> workers each send a request, read the whole answer, and repeat until time is up.</summary>
internal static class LoadLoop
{
    public sealed record Result(double Rps, double P50, double P99, int Errors);

    public static async Task<Result> RunAsync(string baseUrl, string body, int concurrency, TimeSpan duration)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { Timeout = TimeSpan.FromSeconds(30) };
        var url = new Uri(baseUrl.TrimEnd('/') + "/chat/completions");
        var payload = Encoding.UTF8.GetBytes(body);
        var latencies = new List<double>[concurrency];
        var errors = 0;
        var stop = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            var mine = latencies[w] = new List<double>(4096);
            while (stop.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(payload);
                    content.Headers.ContentType = new("application/json");
                    using var response = await http.PostAsync(url, content);
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                        continue;
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var elapsed = stop.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return all.Length == 0
            ? new Result(0, 0, 0, errors)
            : new Result(all.Length / elapsed, all[(int)(all.Length * 0.50)], all[Math.Min(all.Length - 1, (int)(all.Length * 0.99))], errors);
    }
}
