using System.Globalization;
using LocalMesh.Bench.Gateway;
using LocalMesh.Mesh.Hosting;
using LocalMesh.Mesh.Membership;
using LocalMesh.Server.Hosting;
using LocalMesh.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Bench;

/// <summary>
/// The mesh's cost and scaling, side by side in one run against a real nats-server on loopback, every node in this
/// process. Hop cost: the same request answered by node B from its own backend (in-process serving) and entering node A,
/// which has no backend, and crossing NATS to B; p50/p99 at concurrency 1, throughput at 64, and the differences, in
/// <c>--rounds</c> interleaved rounds (their medians: one round's p99 difference is noise on a small machine).
/// Scaling: an entry node with 1, 2 and 3 serving peers, each backend a model-like upstream of 100 ms that works on 4
/// requests at a time (the rest wait), offered the same 32 clients; the throughput ratios against one peer.
/// </summary>
internal static class MeshBench
{
    /// <summary>
    /// A nats-server on loopback for a mesh bench, with the shared intent model and tagger caches ready (each node
    /// would otherwise train its own); null, after saying so, when nats-server is not installed.
    /// </summary>
    internal static async Task<NatsServerProcess?> StartNatsAsync(string bench)
    {
        if (NatsServerProcess.FindExecutable() is null)
        {
            Console.Error.WriteLine($"{bench}: nats-server is not installed (apt-get install -y nats-server).");
            return null;
        }

        await TestIntentModels.EnsureCachedAsync();
        await TestTaggers.BuiltInAsync();
        var nats = new NatsServerProcess(Directory.CreateTempSubdirectory("localmesh-bench-nats-").FullName, port: 0);
        try
        {
            await nats.StartAsync(TimeSpan.FromSeconds(30));
            return nats;
        }
        catch
        {
            await nats.DisposeAsync();
            throw;
        }
    }

    public static async Task<int> RunAsync(double seconds, double warmup, int rounds = 1)
    {
        await using var nats = await MeshBench.StartNatsAsync("mesh bench");
        if (nats is null)
        {
            return 1;
        }

        Console.WriteLine($"Mesh bench: {Environment.ProcessorCount} cores, nats-server {nats.Url}, {seconds:0.#} s per cell after {warmup:0.#} s warm-up");

        await using (var fast = await MinimalUpstream.StartAsync())
        {
            var b = await StartAsync(nats.Url, "hop", "b", fast.BaseUrl, maxConcurrency: 1024);
            var a = await StartAsync(nats.Url, "hop", "a", upstream: null, maxConcurrency: 0);
            await WaitForPeersAsync(a, 1);
            var body = $$"""{"model":"{{MinimalUpstream.Model}}","messages":[{"role":"user","content":"hello"}]}""";
            var headers = new Dictionary<string, string> { ["x-localmesh-domain"] = "general" };
            Console.WriteLine("| round | path | c=1 p50 ms | c=1 p99 ms | c=64 req/s | errors |");
            Console.WriteLine("|---|---|---|---|---|---|");
            var added = new List<(double P50, double P99, double Ratio)>();
            for (var round = 1; round <= rounds; round++)
            {
                var rows = new List<(LoadLoop.Result One, LoadLoop.Result Many)>();
                foreach (var (name, node) in new[] { ("in-process (B serves its own backend)", b), ("hop (A → NATS → B)", a) })
                {
                    var url = Url(node) + "/v1";
                    await LoadLoop.RunAsync(url, body, 8, TimeSpan.FromSeconds(warmup), headers);
                    var one = await LoadLoop.RunAsync(url, body, 1, TimeSpan.FromSeconds(seconds), headers);
                    var many = await LoadLoop.RunAsync(url, body, 64, TimeSpan.FromSeconds(seconds), headers);
                    rows.Add((one, many));
                    Console.WriteLine($"| {round} | {name} | {F(one.P50)} | {F(one.P99)} | {many.Rps:0} | {one.Errors + many.Errors} |");
                }

                added.Add((rows[1].One.P50 - rows[0].One.P50, rows[1].One.P99 - rows[0].One.P99, rows[1].Many.Rps / rows[0].Many.Rps));
                Console.WriteLine($"hop adds (round {round}): p50 {F(added[^1].P50)} ms, p99 {F(added[^1].P99)} ms at c=1; throughput at c=64 is {added[^1].Ratio:0.00}x in-process");
            }

            if (rounds > 1)
            {
                Console.WriteLine($"hop adds, median of {rounds} rounds: p50 {F(Median(added.Select(x => x.P50)))} ms, p99 {F(Median(added.Select(x => x.P99)))} ms at c=1; throughput at c=64 {Median(added.Select(x => x.Ratio)):0.00}x in-process");
            }

            foreach (var node in new[] { a, b })
            {
                await node.StopAsync();
                await node.DisposeAsync();
            }
        }

        var entry = await StartAsync(nats.Url, "scale", "entry", upstream: null, maxConcurrency: 0);
        var peers = new List<WebApplication>();
        var models = new List<MinimalUpstream>();
        var baseline = 0.0;
        Console.WriteLine("| serving peers (each model: 100 ms, 4 at a time) | clients | req/s | x one peer | errors |");
        Console.WriteLine("|---|---|---|---|---|");
        for (var n = 1; n <= 3; n++)
        {
            var model = await MinimalUpstream.StartAsync(TimeSpan.FromMilliseconds(100), parallel: 4);
            models.Add(model);
            peers.Add(await StartAsync(nats.Url, "scale", $"peer{n}", model.BaseUrl, maxConcurrency: 1024));
            await WaitForPeersAsync(entry, n);
            var url = Url(entry) + "/v1";
            var body = $$"""{"model":"{{MinimalUpstream.Model}}","messages":[{"role":"user","content":"hello"}]}""";
            var headers = new Dictionary<string, string> { ["x-localmesh-domain"] = "general" };
            await LoadLoop.RunAsync(url, body, 32, TimeSpan.FromSeconds(warmup), headers);
            var result = await LoadLoop.RunAsync(url, body, 32, TimeSpan.FromSeconds(seconds), headers);
            baseline = n == 1 ? result.Rps : baseline;
            Console.WriteLine($"| {n} | {32} | {result.Rps:0} | {result.Rps / baseline:0.00} | {result.Errors} |");
        }

        foreach (var peer in peers.Append(entry))
        {
            await peer.StopAsync();
            await peer.DisposeAsync();
        }

        foreach (var model in models)
        {
            await model.DisposeAsync();
        }
        return 0;
    }

    internal static async Task<WebApplication> StartAsync(string natsUrl, string site, string node, string? upstream, int maxConcurrency, string model = MinimalUpstream.Model)
    {
        var settings = new Dictionary<string, string?>
        {
            ["LocalMesh:Mesh:Url"] = natsUrl,
            ["LocalMesh:Mesh:Site"] = site,
            ["LocalMesh:Mesh:NodeId"] = node,
            ["LocalMesh:Mesh:HeartbeatSeconds"] = "0.2",
            ["LocalMesh:Specialists:Enabled"] = "false",
            ["LocalMesh:Privacy:ModelCache"] = TestIntentModels.CacheDir,
        };
        if (upstream is not null)
        {
            settings["LocalMesh:Backends:edge:Tier"] = "edge";
            settings["LocalMesh:Backends:edge:Endpoint"] = upstream;
            settings["LocalMesh:Backends:edge:Models:0"] = model;
            settings["LocalMesh:Backends:edge:MaxConcurrency"] = maxConcurrency.ToString(CultureInfo.InvariantCulture);
        }

        var app = LocalMeshNode.Build(new LocalMeshNodeSettings
        {
            Urls = "http://127.0.0.1:0",
            DataDir = Directory.CreateTempSubdirectory("localmesh-bench-mesh-").FullName,
            LogLevel = Microsoft.Extensions.Logging.LogLevel.Error,
            Overrides = settings,
        });
        await app.StartAsync();
        await app.Services.GetRequiredService<LocalMesh.Privacy.Tagging.TaggerDetector>().Ready;
        return app;
    }

    internal static async Task WaitForPeersAsync(WebApplication node, int count)
    {
        var table = node.Services.GetRequiredService<PeerTable>();
        for (var i = 0; i < 600 && table.Live.Count(p => p.Card.Backends.Any(b => b.Available)) < count; i++)
        {
            await Task.Delay(50);
        }
    }

    internal static string Url(WebApplication app) => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>The median of the values that are numbers (NaN when none is).</summary>
    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
