using System.Diagnostics;
using System.Globalization;
using LocalMesh.Embeddings;
using LocalMesh.Knowledge.Index;
using LocalMesh.Pipeline;
using LocalMesh.Policy;
using LocalMesh.Routing;
using LocalMesh.Server.Hosting;
using LocalMesh.Specialists.Intents;
using LocalMesh.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalMesh.Bench;

/// <summary>
/// What model <c>auto</c>'s look at the knowledge base costs and does. Two in-process nodes with the built-in intents and
/// no language model, one with <c>Knowledge:Auto</c> off (the baseline) and one with it on, each with its own encoder
/// (so neither warms the other's cache of recent texts), are asked CLINC150 validation questions (not about any
/// document) through the chat pipeline, alternately: the difference of their p50 is the check's cost, first with an
/// empty knowledge base, then with a few public documents (the licences in /usr/share/common-licenses). Then: how many
/// of CLINC150's validation and out-of-scope questions the knowledge base wrongly takes, and how many of
/// bench/data/kb-auto's questions about the licences it answers.
/// </summary>
internal static class KnowledgeAutoBench
{
    private static readonly string[] Licences = ["Apache-2.0", "GPL-3", "LGPL-3", "MPL-2.0", "Artistic"];

    public static async Task<int> RunAsync(string? clincDir, string? docsDir, int count)
    {
        var clinc = clincDir ?? Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "shared", "data", "clinc150");
        var docs = docsDir ?? "/usr/share/common-licenses";
        var val = IntentTrainingSet.ReadPairs(Path.Combine(clinc, "val.json")).Select(p => p.Text).ToList();
        var oos = IntentTrainingSet.ReadPairs(Path.Combine(clinc, "oos_val.json")).Select(p => p.Text).ToList();
        var onTopic = File.ReadLines(FindData()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Console.WriteLine($"LocalMesh model auto and the knowledge base — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        await TestIntentModels.EnsureCachedAsync();

        var off = await StartAsync(auto: false);
        var on = await StartAsync(auto: true);
        await using var stopping = new Stopping(off, on); // stopped before disposed: a host disposed while running logs its background services as failed
        var sample = val.Take(count).ToList();
        var (offEmpty, onEmpty) = await CompareAsync(off, on, sample);
        var index = on.Services.GetRequiredService<KnowledgeIndex>();
        var ingested = Licences.Where(l => File.Exists(Path.Combine(docs, l))).ToList();
        foreach (var licence in ingested)
        {
            index.AddText("licences", "general", licence + ".txt", await File.ReadAllTextAsync(Path.Combine(docs, licence)));
        }

        var passages = index.Collections().Sum(c => c.Chunks);
        var (offDocs, onDocs) = await CompareAsync(off, on, sample);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Pipeline time of {sample.Count} CLINC150 validation questions (not about any document; the intents answer or escalate, no language model), alternating the two nodes; ms:"));
        Console.WriteLine();
        Console.WriteLine("| knowledge base | questions | auto off p50 | auto on p50 | added p50 | auto off p99 | auto on p99 |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var local in new[] { true, false })
        {
            var which = local ? "answered by an intent" : "escalated (no skill, or out of scope)";
            Row("empty", which, offEmpty, onEmpty, local);
            Row($"{ingested.Count} licences, {passages} passages", which, offDocs, onDocs, local);
        }

        var wrongly = 0;
        var wrongOos = 0;
        foreach (var text in val)
        {
            wrongly += await GroundedAsync(on, text) ? 1 : 0;
        }

        foreach (var text in oos)
        {
            wrongOos += await GroundedAsync(on, text) ? 1 : 0;
        }

        var reached = 0;
        foreach (var text in onTopic)
        {
            var grounded = await GroundedAsync(on, text);
            reached += grounded ? 1 : 0;
            if (!grounded && Environment.GetEnvironmentVariable("LOCALMESH_BENCH_VERBOSE") == "1")
            {
                Console.WriteLine($"  not taken: {text}");
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Taken by the knowledge base (evidence ≥ {new LocalMesh.Knowledge.KnowledgeOptions().MinEvidence:0.00}): CLINC150 validation {wrongly}/{val.Count} ({(double)wrongly / val.Count:0.000}) and out-of-scope {wrongOos}/{oos.Count} (neither is about the licences); questions about the licences (bench/data/kb-auto) {reached}/{onTopic.Count}."));
        return 0;

        static void Row(string kb, string which, List<(double Ms, bool Local)> offTimes, List<(double Ms, bool Local)> onTimes, bool local)
        {
            var off = offTimes.Where(t => t.Local == local).Select(t => t.Ms).Order().ToList();
            var on = onTimes.Where(t => t.Local == local).Select(t => t.Ms).Order().ToList();
            double P(List<double> t, double p) => t.Count == 0 ? double.NaN : t[Math.Min(t.Count - 1, (int)Math.Ceiling(p * t.Count) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kb} | {which}: {off.Count} | {P(off, 0.5):0.000} | {P(on, 0.5):0.000} | {P(on, 0.5) - P(off, 0.5):0.000} | {P(off, 0.99):0.000} | {P(on, 0.99):0.000} |"));
        }
    }

    /// <summary>Each question's time on both nodes, and whether the baseline node answered it with an intent (both lists say the baseline's verdict).</summary>
    private static async Task<(List<(double Ms, bool Local)> Off, List<(double Ms, bool Local)> On)> CompareAsync(WebApplication off, WebApplication on, List<string> questions)
    {
        foreach (var text in questions.Take(50))
        {
            await AskAsync(off, text); // warm-up: JIT, and each node's intent model
            await AskAsync(on, text);
        }

        var (a, b) = (new List<(double, bool)>(), new List<(double, bool)>());
        for (var i = 0; i < questions.Count; i++)
        {
            // A question not asked before on either node (its encoding is not in the node's cache of recent texts).
            var text = questions[i] + " " + i.ToString(CultureInfo.InvariantCulture);
            (double Ms, bool Local) x, y;
            if (i % 2 == 0)
            {
                x = await AskAsync(off, text);
                y = await AskAsync(on, text);
            }
            else
            {
                y = await AskAsync(on, text);
                x = await AskAsync(off, text);
            }

            a.Add(x);
            b.Add((y.Ms, x.Local));
        }

        return (a, b);
    }

    /// <summary>Milliseconds the node's chat pipeline takes for a model-auto question, and whether an intent answered it.</summary>
    private static async Task<(double Ms, bool Local)> AskAsync(WebApplication node, string text)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var context = await AnswerAsync(node, text);
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.Decision is { Backend: "specialists", Degraded: false });
        }
        catch (NoRouteException)
        {
            // Escalated with no language model: the time to find out is still the pipeline's.
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, false);
        }
    }

    private static async Task<bool> GroundedAsync(WebApplication node, string text)
    {
        try
        {
            return (await AnswerAsync(node, text)).Grounding is { Passages.Count: > 0 };
        }
        catch (NoRouteException ex)
        {
            return ex.Context.Grounding is { Passages.Count: > 0 };
        }
    }

    private static async Task<RouteContext> AnswerAsync(WebApplication node, string text)
    {
        List<ChatMessage> messages = [new(ChatRole.User, text)];
        var resolution = await node.Services.GetRequiredService<DomainResolver>().ResolveAsync("general", null, null, messages, CancellationToken.None);
        var context = new RouteContext(LocalMesh.Ledger.RequestIds.New("req_"), resolution, null);
        await node.Services.GetRequiredService<LocalMeshChatPipeline>().Client.GetResponseAsync(messages, context.AttachTo(new ChatOptions()));
        return context;
    }

    /// <summary>Stops, then disposes, the nodes.</summary>
    private sealed class Stopping(params WebApplication[] apps) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var app in apps)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
    }

    private static async Task<WebApplication> StartAsync(bool auto)
    {
        var encoder = new SentenceEncoder(new EncoderOptions());
        var app = LocalMeshNode.Build(new LocalMeshNodeSettings
        {
            Urls = "http://127.0.0.1:0",
            DataDir = Directory.CreateTempSubdirectory("localmesh-bench-kbauto-").FullName,
            LogLevel = Microsoft.Extensions.Logging.LogLevel.Warning,
            Overrides = new Dictionary<string, string?>
            {
                ["LocalMesh:Knowledge:Auto"] = auto ? "true" : "false",
                ["LocalMesh:Specialists:ModelCache"] = TestIntentModels.CacheDir,
                ["LocalMesh:Privacy:ModelCache"] = TestIntentModels.CacheDir,
                ["LocalMesh:Privacy:ClassifyDomains"] = "false",
            },
        }, services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IEmbeddingGenerator<string, Embedding<float>>>(encoder));
            services.Replace(ServiceDescriptor.Singleton(encoder));
        });
        await app.StartNodeAsync();
        if (app.Services.GetService<IntentModelStore>() is { } models)
        {
            await models.Ready.WaitAsync(TimeSpan.FromMinutes(5));
        }

        return app;
    }

    private static string FindData()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "data", "kb-auto", "questions.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new ArgumentException("bench/data/kb-auto/questions.txt was not found above the working directory.");
    }
}
