using System.Diagnostics;
using System.Globalization;
using System.Text;
using LocalMesh.Bench;
using LocalMesh.Server.Hosting;
using LocalMesh.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

// Gateway overhead: the same OpenAI-protocol upstream called directly and through LocalMesh, side by side in one run.
// Usage: dotnet run -c Release --project bench/LocalMesh.Bench -- [--seconds 5] [--warmup 2] [--concurrency 1,64]
//        dotnet run -c Release --project bench/LocalMesh.Bench -- intents [--seconds 5] [--warmup 2]   (the local tier's speed)
//        dotnet run -c Release --project bench/LocalMesh.Bench -- privacy [--seconds 5] [--warmup 2]   (scanning speed)
//        dotnet run -c Release --project bench/LocalMesh.Bench -- kb [--seconds 5] [--warmup 2]        (knowledge index)
var seconds = Arg("--seconds", 5.0);
var warmup = Arg("--warmup", 2.0);
if (args.FirstOrDefault() == "intents")
{
    return await IntentsBench.RunAsync(seconds, warmup);
}

if (args.FirstOrDefault() == "privacy")
{
    return PrivacyBench.Run(seconds, warmup);
}

if (args.FirstOrDefault() == "kb")
{
    return KnowledgeBench.Run(seconds, warmup);
}

var concurrencies = (ArgText("--concurrency") ?? "1,64").Split(',').Select(int.Parse).ToArray();

await using var upstream = await FakeLlmServer.StartAsync("upstream");
upstream.Reply = "The quick brown fox jumps over the lazy dog.";
var dataDir = Directory.CreateTempSubdirectory("localmesh-bench-").FullName;
var node = LocalMeshNode.Build(new LocalMeshNodeSettings
{
    Urls = "http://127.0.0.1:0",
    DataDir = dataDir,
    LogLevel = Microsoft.Extensions.Logging.LogLevel.Warning,
    Overrides = new Dictionary<string, string?>
    {
        ["LocalMesh:Backends:edge:Tier"] = "edge",
        ["LocalMesh:Backends:edge:Endpoint"] = upstream.BaseUrl,
        ["LocalMesh:Backends:edge:Models:0"] = "bench-model",
        ["LocalMesh:Backends:edge:MaxConcurrency"] = "1024",
        ["LocalMesh:Specialists:ModelCache"] = TestIntentModels.CacheDir,
    },
});
await TestIntentModels.EnsureCachedAsync(); // never measure while the intent model trains on the same cores
await node.StartAsync();
await node.Services.GetRequiredService<LocalMesh.Intents.IntentModelStore>().Ready;
var nodeUrl = node.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";

Console.WriteLine($"LocalMesh gateway overhead — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {seconds}s per cell after {warmup}s warm-up");
Console.WriteLine();
Console.WriteLine("| mode | concurrency | direct req/s | via LocalMesh req/s | ratio | direct p50 ms | added p50 ms | direct p99 ms | added p99 ms |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var stream in new[] { false, true })
{
    foreach (var concurrency in concurrencies)
    {
        var body = $$"""{"model":"bench-model","stream":{{(stream ? "true" : "false")}},"messages":[{"role":"user","content":"Say something short."}]}""";
        await LoadLoop.RunAsync(upstream.BaseUrl, body, concurrency, TimeSpan.FromSeconds(warmup));
        var direct = await LoadLoop.RunAsync(upstream.BaseUrl, body, concurrency, TimeSpan.FromSeconds(seconds));
        await LoadLoop.RunAsync(nodeUrl, body, concurrency, TimeSpan.FromSeconds(warmup));
        var gateway = await LoadLoop.RunAsync(nodeUrl, body, concurrency, TimeSpan.FromSeconds(seconds));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {(stream ? "stream" : "json")} | {concurrency} | {direct.Rps:0} | {gateway.Rps:0} | {gateway.Rps / direct.Rps:0.00} | {direct.P50:0.000} | {gateway.P50 - direct.P50:0.000} | {direct.P99:0.000} | {gateway.P99 - direct.P99:0.000} |"));
        if (direct.Errors + gateway.Errors > 0)
        {
            Console.WriteLine($"  (errors: direct {direct.Errors}, gateway {gateway.Errors})");
        }
    }
}

await node.StopAsync();
await node.DisposeAsync();
return 0;

double Arg(string name, double fallback) => ArgText(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
string? ArgText(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
