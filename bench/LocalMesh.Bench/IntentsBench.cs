using System.Diagnostics;
using System.Globalization;
using LocalMesh.Embeddings;
using LocalMesh.Evaluation.Intents;
using LocalMesh.Specialists.Intents;
using LocalMesh.Server.Hosting;
using LocalMesh.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Bench;

/// <summary>
/// The local tier's speed: (1) intent classification on one thread, against feature extraction alone as the
/// baseline: the lexical fast path (confident texts, no encoder) and the encoder path (one sentence encoded, both halves
/// blended); (2) the sentence encoder's throughput, one sentence at a time and in batches of 32, and the process's
/// resident memory before and after loading it; (3) a skill answer through the HTTP API on loopback, against a minimal
/// Kestrel server returning a fixed completion (the floor of any HTTP answer on this machine), side by side in one run.
/// </summary>
internal static class IntentsBench
{
    private static readonly string ClincDir = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "shared", "data", "clinc150");

    /// <summary>The process's resident memory (RSS) in bytes, after a full collection.</summary>
    private static long Resident()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    /// <summary>Sentences encoded per second, <paramref name="batch"/> per call, for <paramref name="seconds"/>.</summary>
    private static double Throughput(SentenceEncoder encoder, string[] texts, int batch, double seconds)
    {
        var done = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            encoder.Encode([.. Enumerable.Range(done, batch).Select(k => texts[k % texts.Length])]);
            done += batch;
        }

        return done / clock.Elapsed.TotalSeconds;
    }

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

        // The encoder's cache of recent texts is off, so every encoder-path call really encodes; CLINC150's validation
        // texts (never trained on) are the sentences, split by the path the model takes for them.
        var memoryBefore = Resident();
        using var encoder = new SentenceEncoder(new EncoderOptions { CacheEntries = 0 });
        var loadStarted = Stopwatch.StartNew();
        encoder.Warm();
        var loadMs = loadStarted.Elapsed.TotalMilliseconds;
        var memoryAfter = Resident();
        var val = IntentTrainingSet.ReadPairs(Path.Combine(ClincDir, "val.json")).Concat(IntentTrainingSet.ReadPairs(Path.Combine(ClincDir, "oos_val.json"))).Select(e => e.Text).ToArray();
        var fast = val.Where(t => !model.Classify(t, model.Info.Threshold, encoder).Encoded).ToArray();
        var slow = val.Where(t => model.Classify(t, model.Info.Threshold, encoder).Encoded).ToArray();

        Console.WriteLine("| step (one thread) | p50 µs | p99 µs | ratio to baseline p99 |");
        Console.WriteLine("|---|---:|---:|---:|");
        var i = 0;
        var featurize = Latency.Measure(() => model.Vocabulary.Vectorize(texts[i++ % texts.Length]), seconds, warmup);
        var classify = Latency.Measure(() => model.Classify(texts[i++ % texts.Length]), seconds, warmup);
        var fastPath = Latency.Measure(() => model.Classify(fast[i++ % fast.Length], model.Info.Threshold, encoder), seconds, warmup);
        var encoderPath = Latency.Measure(() => model.Classify(slow[i++ % slow.Length], model.Info.Threshold, encoder), seconds, warmup);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| feature extraction only (baseline) | {featurize.P50:0.0} | {featurize.P99:0.0} | 1.00 |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| lexical half (features + {model.Networks.Count} networks) | {classify.P50:0.0} | {classify.P99:0.0} | {classify.P99 / featurize.P99:0.00} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| fast path: lexical margin ≥ {model.Info.FastPath:0.000}, no encoder ({fast.Length * 100.0 / val.Length:0}% of CLINC val) | {fastPath.P50:0.0} | {fastPath.P99:0.0} | {fastPath.P99 / featurize.P99:0.00} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| encoder path: one sentence encoded + blend ({slow.Length * 100.0 / val.Length:0}% of CLINC val) | {encoderPath.P50:0.0} | {encoderPath.P99:0.0} | {encoderPath.P99 / featurize.P99:0.00} |"));

        Console.WriteLine();
        Console.WriteLine("| sentence encoder ({0}, {1} dims) | sentences/s | p50 ms per call | p99 ms per call |", encoder.ModelId, encoder.Dimensions);
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var batch in new[] { 1, 32 })
        {
            var k = 0;
            var calls = Latency.Measure(() =>
            {
                var texts = new string[batch];
                for (var b = 0; b < batch; b++)
                {
                    texts[b] = val[k++ % val.Length];
                }

                encoder.Encode(texts);
            }, seconds, warmup);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {(batch == 1 ? "one sentence per call" : $"batches of {batch}")} | {Throughput(encoder, val, batch, seconds):0} | {calls.P50 / 1000:0.00} | {calls.P99 / 1000:0.00} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Resident memory: {memoryBefore / 1e6:0} MB with the intent model loaded, {memoryAfter / 1e6:0} MB after loading the encoder (+{(memoryAfter - memoryBefore) / 1e6:0} MB; loaded in {loadMs:0} ms), {Resident() / 1e6:0} MB after the runs above."));

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
