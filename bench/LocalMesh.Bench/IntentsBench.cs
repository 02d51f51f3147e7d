using System.Globalization;
using LocalMesh.Specialists.Intents;
using LocalMesh.Server.Hosting;
using LocalMesh.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Bench;

/// <summary>
/// The local tier's speed: (1) intent classification on one thread, against feature extraction alone as the
/// baseline; (2) a skill answer through the HTTP API on loopback, against a minimal Kestrel server returning a
/// fixed completion (the floor of any HTTP answer on this machine), side by side in one run.
/// </summary>
internal static class IntentsBench
{
    public static async Task<int> RunAsync(double seconds, double warmup)
    {
        var model = await TestIntentModels.BuiltInAsync();
        var texts = new[]
        {
            "set an alarm for 7", "what's 15% of 80", "add milk to my shopping list", "lights off in the kitchen",
            "what's my card's due date", "who wrote war and peace", "how many ounces are in a cup", "what time is it in tokyo",
            "remind me to call mom at 5pm", "can you tell me a joke about cats",
        };

        Console.WriteLine($"LocalMesh local tier — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| step (one thread) | p50 µs | p99 µs | ratio to baseline p99 |");
        Console.WriteLine("|---|---:|---:|---:|");
        var i = 0;
        var featurize = Latency.Measure(() => model.Vocabulary.Vectorize(texts[i++ % texts.Length]), seconds, warmup);
        var classify = Latency.Measure(() => model.Classify(texts[i++ % texts.Length]), seconds, warmup);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| feature extraction only (baseline) | {featurize.P50:0.0} | {featurize.P99:0.0} | 1.00 |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| classification (features + {model.Networks.Count} networks) | {classify.P50:0.0} | {classify.P99:0.0} | {classify.P99 / featurize.P99:0.00} |"));

        await using var upstream = await FakeLlmServer.StartAsync("fixed");
        upstream.Reply = "4";
        var node = LocalMeshNode.Build(new LocalMeshNodeSettings
        {
            Urls = "http://127.0.0.1:0",
            DataDir = Directory.CreateTempSubdirectory("localmesh-bench-").FullName,
            LogLevel = Microsoft.Extensions.Logging.LogLevel.Warning,
            Overrides = new Dictionary<string, string?> { ["LocalMesh:Specialists:ModelCache"] = TestIntentModels.CacheDir },
        });
        await node.StartAsync();
        await node.Services.GetRequiredService<IntentModelStore>().Ready;
        var nodeUrl = node.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";

        Console.WriteLine();
        Console.WriteLine("| HTTP on loopback | concurrency | fixed-answer server req/s | skill via LocalMesh req/s | ratio | fixed p50 ms | skill p50 ms | fixed p99 ms | skill p99 ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, prompt) in new[] { ("shopping list", "what's on my shopping list"), ("calculator", "what's 2 plus 2"), ("timer", "set a timer for 10 minutes") })
        {
            var body = $$"""{"model":"auto","messages":[{"role":"user","content":"{{prompt}}"}]}""";
            foreach (var concurrency in new[] { 1, 16 })
            {
                await LoadLoop.RunAsync(upstream.BaseUrl, body, concurrency, TimeSpan.FromSeconds(warmup));
                var direct = await LoadLoop.RunAsync(upstream.BaseUrl, body, concurrency, TimeSpan.FromSeconds(seconds));
                await LoadLoop.RunAsync(nodeUrl, body, concurrency, TimeSpan.FromSeconds(warmup));
                var skill = await LoadLoop.RunAsync(nodeUrl, body, concurrency, TimeSpan.FromSeconds(seconds));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {concurrency} | {direct.Rps:0} | {skill.Rps:0} | {skill.Rps / direct.Rps:0.00} | {direct.P50:0.000} | {skill.P50:0.000} | {direct.P99:0.000} | {skill.P99:0.000} |"));
                if (direct.Errors + skill.Errors > 0)
                {
                    Console.WriteLine($"  (errors: fixed {direct.Errors}, skill {skill.Errors})");
                }
            }
        }

        await node.StopAsync();
        await node.DisposeAsync();
        return 0;
    }
}
