using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using LocalMesh.Server.Hosting;
using LocalMesh.Signals.Detection;
using LocalMesh.Signals.Streams;
using LocalMesh.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Bench;

/// <summary>
/// The signal detector's speed (points per second on one thread, against a windowed-Gaussian z-score baseline in the
/// same run), its memory per stream (managed bytes per live stream in the hub), and HTTP ingest into a real node
/// (JSON batches of 1,000 points from concurrent clients, each to its own stream, stored in SQLite).
/// </summary>
internal static class SignalsBench
{
    public static async Task<int> RunAsync(double seconds, double warmup)
    {
        Console.WriteLine($"LocalMesh signals — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine();
        Throughput(seconds, warmup);
        Memory();
        await IngestAsync(seconds, warmup);
        return 0;
    }

    private static double[] Series(int n)
    {
        var random = new Random(7);
        var x = new double[n];
        for (int i = 0; i < n; i++) x[i] = 50 + 10 * Math.Sin(i * 2 * Math.PI / 288) + random.NextDouble() * 3 + (i % 5000 == 4999 ? 40 : 0);
        return x;
    }

    private static void Throughput(double seconds, double warmup)
    {
        var x = Series(1 << 20);
        var time = new DateTime[x.Length];
        for (int i = 0; i < x.Length; i++) time[i] = new DateTime(2026, 1, 1).AddMinutes(5 * i);
        var detectors = Enumerable.Range(0, 1000).Select(_ => new SignalDetector()).ToArray();

        double Rate(Func<int, double> step)
        {
            double sink = 0;
            long points = 0;
            foreach (var (span, keep) in new[] { (warmup, false), (seconds, true) })
            {
                var clock = Stopwatch.StartNew();
                long n = 0;
                while (clock.Elapsed.TotalSeconds < span)
                {
                    for (int i = 0; i < 65536; i++) sink += step((int)((n + i) & (x.Length - 1)));
                    n += 65536;
                }

                if (keep) points = (long)(n / clock.Elapsed.TotalSeconds);
            }

            GC.KeepAlive(sink);
            return points;
        }

        // The baseline: NAB's "windowed Gaussian" idea, an exponentially weighted mean and variance and a z-score per point.
        double mean = 0, variance = 1;
        double baseline = Rate(i =>
        {
            double d = x[i] - mean;
            mean += 0.01 * d;
            variance += 0.01 * (d * d - variance);
            return Math.Abs(d) / Math.Sqrt(variance + 1e-12);
        });
        var one = detectors[0];
        double single = Rate(i => one.Update(x[i], time[i]));
        double many = Rate(i => detectors[i % detectors.Length].Update(x[i], time[i]));

        Console.WriteLine("| detector, one thread | points/s | vs. z-score baseline |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| baseline: EWMA z-score | {baseline:N0} | 1.00 |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| SignalDetector, one stream | {single:N0} | {single / baseline:0.00} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| SignalDetector, 1,000 streams interleaved | {many:N0} | {many / baseline:0.00} |"));
        Console.WriteLine();
    }

    private static void Memory()
    {
        const int streams = 10_000;
        var hub = new SignalHub(new SignalsOptions(), store: null, sinks: []);
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var points = Enumerable.Range(0, 100).Select(i => new SignalPoint(t0.AddMinutes(5 * i), i % 7)).ToList();
        hub.Ingest("warm-up", points);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        for (int s = 0; s < streams; s++) hub.Ingest("s" + s.ToString(CultureInfo.InvariantCulture), points);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(hub);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Memory: {streams:N0} live streams in the hub take {(after - before) / (double)streams:N0} managed bytes each (target < 65,536); the detector's saved state is {new SignalDetector().StateBytes:N0} bytes."));
        Console.WriteLine();
    }

    private static async Task IngestAsync(double seconds, double warmup)
    {
        await TestIntentModels.EnsureCachedAsync();
        await TestTaggers.BuiltInAsync();
        var dataDir = Directory.CreateTempSubdirectory("localmesh-bench-signals-").FullName;
        var node = LocalMeshNode.Build(new LocalMeshNodeSettings
        {
            Urls = "http://127.0.0.1:0",
            DataDir = dataDir,
            LogLevel = Microsoft.Extensions.Logging.LogLevel.Warning,
            Overrides = new Dictionary<string, string?>
            {
                ["LocalMesh:Specialists:ModelCache"] = TestIntentModels.CacheDir,
                ["LocalMesh:Privacy:ModelCache"] = TestIntentModels.CacheDir,
                ["LocalMesh:Limits:RequestsPerMinute"] = "0",
            },
        });
        await node.StartAsync();
        try
        {
            var address = new Uri(node.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var x = Series(1 << 20);
            Console.WriteLine("| HTTP ingest, JSON batches of 1,000 points | clients | points/s | batches/s |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var clients in new[] { 1, 4, 16 })
            {
                long done = 0;
                var stop = DateTime.UtcNow + TimeSpan.FromSeconds(warmup + seconds);
                var measureFrom = DateTime.UtcNow + TimeSpan.FromSeconds(warmup);
                long measuredStart = 0;
                var startGate = new object();
                var clock = new Stopwatch();
                var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
                {
                    using var http = new HttpClient { BaseAddress = address };
                    var stream = $"bench-{clients}-{c}";
                    long next = 0;
                    while (DateTime.UtcNow < stop)
                    {
                        var body = new StringBuilder(48_000).Append('[');
                        for (int i = 0; i < 1000; i++, next++)
                        {
                            if (i > 0) body.Append(',');
                            body.Append("{\"timestamp\":").Append((1_700_000_000 + next * 300).ToString(CultureInfo.InvariantCulture))
                                .Append(",\"value\":").Append(x[next & (x.Length - 1)].ToString("R", CultureInfo.InvariantCulture)).Append('}');
                        }

                        using var content = new StringContent(body.Append(']').ToString(), Encoding.UTF8);
                        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                        using var response = await http.PostAsync("/v1/localmesh/signals/" + stream, content);
                        response.EnsureSuccessStatusCode();
                        var total = Interlocked.Add(ref done, 1000);
                        if (DateTime.UtcNow >= measureFrom)
                        {
                            lock (startGate)
                            {
                                if (!clock.IsRunning)
                                {
                                    clock.Start();
                                    measuredStart = total;
                                }
                            }
                        }
                    }
                })).ToArray();
                await Task.WhenAll(tasks);
                clock.Stop();
                double rate = (Interlocked.Read(ref done) - measuredStart) / clock.Elapsed.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| node on this machine (SQLite, one transaction per batch) | {clients} | {rate:N0} | {rate / 1000:N0} |"));
            }
        }
        finally
        {
            await node.StopAsync();
            await node.DisposeAsync();
        }
    }
}
