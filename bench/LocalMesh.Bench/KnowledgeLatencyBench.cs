using System.Diagnostics;
using System.Globalization;
using LocalMesh.Evaluation.Knowledge;
using LocalMesh.Knowledge;
using LocalMesh.Knowledge.Answering;
using LocalMesh.Knowledge.Index;

namespace LocalMesh.Bench;

/// <summary>
/// What a knowledge question costs end to end at 10,000+ passages with the node's sentence encoder (issue 19's target:
/// p99 ≤ 50 ms): the generated corpus indexed once with the encoder (every passage and sentence encoded), then on one
/// thread the question encoded (its cache off, so every question pays it), fused search, the refusal model and the
/// extractive answer, as a <c>kb</c> request answers when no language model is reachable. The baseline, measured in the
/// same run on the same index, is the lexical search alone.
/// </summary>
internal static class KnowledgeLatencyBench
{
    public static int Run(int documents, double seconds, double warmup)
    {
        Console.WriteLine($"LocalMesh knowledge answers with the encoder — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var encoder = new LocalMesh.Embeddings.SentenceEncoder(new LocalMesh.Embeddings.EncoderOptions { CacheEntries = 0 });
        var index = new KnowledgeIndex(Directory.CreateTempSubdirectory("localmesh-bench-kb-latency-").FullName, encoder: encoder);
        var corpus = KnowledgeCorpus.Generate(documents, seed: 11);
        var clock = Stopwatch.StartNew();
        var reported = 0;
        for (var i = 0; i < corpus.Count; i++)
        {
            index.AddText("plant", "general", corpus[i].Name, corpus[i].Text);
            if (clock.Elapsed.TotalSeconds - reported >= 30)
            {
                reported = (int)clock.Elapsed.TotalSeconds;
                Console.Error.WriteLine($"  indexing with the encoder: {i + 1} of {corpus.Count} documents, {reported} s");
            }
        }

        var passages = index.Collections().Single().Chunks;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Indexed {corpus.Count} documents, {passages} passages, with the encoder in {clock.Elapsed.TotalSeconds:0} s."));
        Console.WriteLine();

        var probes = corpus.SelectMany(d => d.Questions).Select(q => q.Question).ToArray();
        var domains = new Dictionary<string, string>(StringComparer.Ordinal) { ["plant"] = "general" };
        var options = new KnowledgeOptions();
        Console.WriteLine($"One thread, {probes.Length} different questions in turn:");
        Console.WriteLine();
        Console.WriteLine("| step | p50 ms | p99 ms | p99 vs lexical search |");
        Console.WriteLine("|---|---:|---:|---:|");
        var i1 = 0;
        var (l50, l99) = Latency.Measure(() => index.Search(probes[i1++ % probes.Length], ["plant"], SearchMode.Lexical, 5), seconds, warmup);
        Row("lexical search, top 5 (baseline)", l50, l99, l99);
        var i2 = 0;
        var (e50, e99) = Latency.Measure(() => encoder.Encode(probes[i2++ % probes.Length]), seconds, warmup);
        Row("the question encoded (no cache)", e50, e99, l99);
        var i3 = 0;
        var (a50, a99) = Latency.Measure(() =>
        {
            var question = probes[i3++ % probes.Length];
            var found = PassageFinder.Find(index, question, domains, options.Passages, options.MinEvidence);
            if (found.Passages.Count > 0)
            {
                _ = found.Scored.Count > 0
                    ? ExtractiveAnswer.Compose(question, found.Passages, found.Scored, options.ExtractiveSentences)
                    : ExtractiveAnswer.Compose(question, new LocalMesh.Routing.Grounding(["plant"], found.Passages), options.ExtractiveSentences);
            }
        }, seconds, warmup);
        Row("question to answer: encode, fused search, refusal model, extractive answer", a50, a99, l99);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Target (issue 19): a knowledge question end to end p99 ≤ 50 ms at 10k passages: {(a99 / 1000 <= 50 ? "met" : "missed")} ({a99 / 1000:0.0} ms at {passages} passages)."));
        return 0;
    }

    private static void Row(string step, double p50, double p99, double baseline) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step} | {p50 / 1000:0.00} | {p99 / 1000:0.00} | {p99 / baseline:0.0} |"));
}
