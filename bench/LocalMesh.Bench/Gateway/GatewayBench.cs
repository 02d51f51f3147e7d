using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Bench.Gateway;

/// <summary>
/// Gateway overhead (issue 3, ../shared/docs/BENCHMARKS.md): one minimal OpenAI-protocol upstream called directly
/// (the baseline), through YARP's forwarder (the floor: one more HTTP hop and nothing else), through a LocalMesh node
/// with one edge backend, and through the Portkey peer when it is installed — side by side in one run, cell by cell,
/// by one closed-loop load generator. Each gateway has its own process: the node runs as users run it (<c>./localmesh
/// up</c>, with the runtime settings it ships) unless <c>--in-process</c> asks for it inside the bench (for profiling;
/// then its allocations are counted), and YARP runs in a child of the bench.
/// Everything shares the machine's cores, so besides throughput and latency the CPU time each path adds per request
/// is reported: the number least moved by the machine's noise. A gateway that reports its own time per request (LocalMesh's
/// <c>x-localmesh-overhead-ms</c>: its work from the handler's start to the response headers, without the wait on the
/// upstream) gets that time's p50/p99 as well, which separates what it does from how the machine schedules it.
/// </summary>
internal static class GatewayBench
{
    /// <summary>One round of one path: its load result, CPU µs and KB allocated per request.</summary>
    private sealed record Measurement(LoadLoop.Result Load, double Cpu, double Allocated)
    {
        /// <summary>Each number's median over the rounds (so a row may mix rounds; each number is one that was measured).</summary>
        public static Measurement Median(IReadOnlyList<Measurement> rounds)
        {
            static double Mid(IEnumerable<double> values)
            {
                var sorted = values.Order().ToArray();
                return sorted[sorted.Length / 2];
            }

            var ok = rounds.Where(r => r.Load.Count > 0).ToArray() is { Length: > 0 } some ? some : [.. rounds];
            var own = ok.Where(r => r.Load.OwnP50 is not null).ToArray();
            var load = new LoadLoop.Result(Mid(ok.Select(r => r.Load.Rps)), Mid(ok.Select(r => r.Load.P50)), Mid(ok.Select(r => r.Load.P99)), ok.Sum(r => r.Load.Errors), ok.Sum(r => r.Load.Count),
                own.Length == 0 ? null : Mid(own.Select(r => r.Load.OwnP50!.Value)), own.Length == 0 ? null : Mid(own.Select(r => r.Load.OwnP99!.Value)));
            return new(load, Mid(ok.Select(r => r.Cpu)), Mid(ok.Select(r => r.Allocated)));
        }
    }

    /// <summary>What to run: seconds and warm-up per cell, rounds, client counts, the upstream's wait before it answers, whether the peer runs, where the node runs, and its environment.</summary>
    public sealed record Options(double Seconds, double Warmup, int Rounds, int[] Concurrencies, TimeSpan UpstreamLatency, bool WithPeer, bool InProcess, IReadOnlyList<string> NodeEnvironment);

    /// <summary>One way to the upstream; <paramref name="MetricsUrl"/>, where a gateway in its own process reports the bytes it allocated (LocalMesh's <c>/metrics</c>).</summary>
    private sealed record Path(string Name, string BaseUrl, IReadOnlyDictionary<string, string>? Headers = null, Process? External = null, bool Peer = false, string? MetricsUrl = null);

    public static async Task<int> RunAsync(Options options)
    {
        var (seconds, warmup, rounds, concurrencies) = (options.Seconds, options.Warmup, options.Rounds, options.Concurrencies);
        var (withPeer, inProcess, nodeEnvironment) = (options.WithPeer, options.InProcess, options.NodeEnvironment);
        await using var upstream = await MinimalUpstream.StartAsync(options.UpstreamLatency);
        using var yarp = await YarpFloor.StartProcessAsync(upstream.BaseUrl);
        await using var inProcessNode = inProcess ? await BenchNode.StartInProcessAsync(upstream.BaseUrl) : null;
        using var nodeProcess = inProcess ? null : await BenchNode.StartProcessAsync(RepositoryRoot(), upstream.BaseUrl, nodeEnvironment);
        using var peer = withPeer ? await PortkeyPeer.StartAsync(RepositoryRoot()) : null;
        if (withPeer && peer is null)
        {
            Console.Error.WriteLine($"Portkey is not installed ({PortkeyPeer.StartScript(RepositoryRoot())} is missing): run bench/peers/install.sh, or leave out --peer.");
            return 2;
        }

        Path[] paths =
        [
            new("direct", upstream.BaseUrl),
            new("YARP forwarder (floor)", yarp.BaseUrl, External: yarp.Process),
            inProcessNode is null
                ? new("LocalMesh (./localmesh up)", nodeProcess!.BaseUrl, External: nodeProcess.Process, MetricsUrl: nodeProcess.BaseUrl[..^"/v1".Length] + "/metrics")
                : new("LocalMesh (in the bench process)", inProcessNode.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1"),
            .. peer is null ? Array.Empty<Path>() : [new Path("Portkey (peer)", peer.BaseUrl, PortkeyPeer.Headers(upstream.BaseUrl), peer.Process, Peer: true)],
        ];

        // Warm every path in both modes first: the first seconds of a fresh node (tiered JIT, start-up work) are not its steady state.
        foreach (var path in paths)
        {
            foreach (var stream in new[] { false, true })
            {
                await LoadLoop.RunAsync(path.BaseUrl, Body(stream), concurrencies.Max(), TimeSpan.FromSeconds(warmup), path.Headers);
            }
        }

        Console.WriteLine($"Gateway overhead — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {seconds}s per cell after {warmup}s warm-up, median of {rounds} interleaved round(s)"
            + (options.UpstreamLatency > TimeSpan.Zero ? $", upstream answers after {options.UpstreamLatency.TotalMilliseconds} ms" : ""));
        Console.WriteLine();
        Console.WriteLine("| mode | concurrency | path | req/s | ratio to direct | p50 ms | added p50 ms | p99 ms | added p99 ms | own p50 / p99 ms | added CPU µs/req | added KB allocated/req |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var errors = 0;
        foreach (var stream in new[] { false, true })
        {
            foreach (var concurrency in concurrencies)
            {
                // Rounds interleave the paths (direct, floor, node, peer, direct, …) so drift on the machine hits all of them;
                // each path's row is its median round.
                var body = Body(stream);
                var measured = paths.ToDictionary(p => p, _ => new List<Measurement>());
                for (var round = 0; round < rounds; round++)
                {
                    foreach (var path in paths)
                    {
                        await LoadLoop.RunAsync(path.BaseUrl, body, concurrency, TimeSpan.FromSeconds(warmup), path.Headers);
                        var (cpuBefore, allocatedBefore) = (CpuTime(path.External), GC.GetTotalAllocatedBytes() + await ExternalAllocatedAsync(path));
                        var load = await LoadLoop.RunAsync(path.BaseUrl, body, concurrency, TimeSpan.FromSeconds(seconds), path.Headers);
                        var requests = Math.Max(1, load.Count);
                        var allocated = GC.GetTotalAllocatedBytes() + await ExternalAllocatedAsync(path) - allocatedBefore;
                        measured[path].Add(new(load, (CpuTime(path.External) - cpuBefore).TotalMicroseconds / requests, allocated / 1024.0 / requests));
                    }
                }

                var direct = Measurement.Median(measured[paths[0]]);
                foreach (var path in paths)
                {
                    var failed = measured[path].Sum(m => m.Load.Errors);
                    if (measured[path].All(m => m.Load.Count == 0))
                    {
                        Console.WriteLine($"| {(stream ? "stream" : "json")} | {concurrency} | {path.Name} | every request failed ({failed}) | | | | | | | | |");
                        errors += path.Peer ? 0 : failed; // a peer that cannot do this mode is reported, not a failure of the run
                        continue;
                    }

                    var m = Measurement.Median(measured[path]);
                    var ownText = m.Load.OwnP50 is { } ownP50 ? string.Create(CultureInfo.InvariantCulture, $"{ownP50:0.000} / {m.Load.OwnP99:0.000}") : "–";
                    var allocatedText = path.External is null || path.MetricsUrl is not null ? (m.Allocated - direct.Allocated).ToString("0.0", CultureInfo.InvariantCulture) : "(other process)";
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {(stream ? "stream" : "json")} | {concurrency} | {path.Name} | {m.Load.Rps:0} | {m.Load.Rps / direct.Load.Rps:0.00} | {m.Load.P50:0.000} | {m.Load.P50 - direct.Load.P50:0.000} | {m.Load.P99:0.000} | {m.Load.P99 - direct.Load.P99:0.000} | {ownText} | {m.Cpu - direct.Cpu:0} | {allocatedText} |"));
                    if (failed > 0 && !path.Peer)
                    {
                        Console.WriteLine($"  ({path.Name}: {failed} errors)");
                        errors += failed;
                    }
                }
            }
        }

        if (inProcessNode is not null)
        {
            await inProcessNode.StopAsync();
        }

        return errors == 0 ? 0 : 1;
    }

    private static string Body(bool stream) =>
        $$"""{"model":"bench-model","stream":{{(stream ? "true" : "false")}},"messages":[{"role":"user","content":"Say something short."}]}""";

    /// <summary>
    /// Bytes a gateway in its own process has allocated so far, from the runtime's meter on its <c>/metrics</c>
    /// (<c>dotnet_gc_heap_total_allocated_bytes_total</c>); 0 for a path that does not report it.
    /// </summary>
    private static async Task<long> ExternalAllocatedAsync(Path path)
    {
        if (path.MetricsUrl is null)
        {
            return 0;
        }

        const string Name = "dotnet_gc_heap_total_allocated_bytes_total";
        var text = await Metrics.GetStringAsync(path.MetricsUrl);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.StartsWith(Name) && line.Length > Name.Length && line[Name.Length] is ' ' or '{')
            {
                var rest = line[(line.IndexOf('}') is var close and >= 0 ? close + 1 : Name.Length)..].TrimStart();
                var value = rest.IndexOf(' ') is var space and >= 0 ? rest[..space] : rest; // a timestamp may follow
                return (long)double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"{path.Name} reports no {Name} at {path.MetricsUrl}.");
    }

    private static readonly HttpClient Metrics = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>CPU time of this process (load generator, upstream, YARP, node) plus the external gateway's, if any.</summary>
    private static TimeSpan CpuTime(Process? external)
    {
        using var self = Process.GetCurrentProcess();
        external?.Refresh();
        return self.TotalProcessorTime + (external?.TotalProcessorTime ?? TimeSpan.Zero);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LocalMesh.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
