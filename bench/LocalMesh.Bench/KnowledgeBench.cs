using System.Diagnostics;
using System.Globalization;
using LocalMesh.Knowledge.Answering;
using LocalMesh.Evaluation.Knowledge;
using LocalMesh.Knowledge.Index;

namespace LocalMesh.Bench;

/// <summary>
/// The knowledge index: retrieval quality (hit@1, hit@5, MRR) of lexical, dense and fused search on the generated
/// corpus; ingestion speed; and search latency at 10,000+ passages on one thread, with the lexical search as the
/// baseline measured in the same run.
/// </summary>
internal static class KnowledgeBench
{
    /// <summary>A "page" for the ingestion rate: 2,000 characters (about 300 words).</summary>
    private const int PageChars = 2_000;

    public static int Run(double seconds, double warmup)
    {
        Console.WriteLine($"LocalMesh knowledge index — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine();

        var quality = new KnowledgeIndex(Directory.CreateTempSubdirectory("localmesh-bench-kb-").FullName);
        var corpus = KnowledgeCorpus.Generate(200);
        foreach (var document in corpus)
        {
            quality.AddText("plant", "general", document.Name, document.Text);
        }

        var questions = corpus.SelectMany(d => d.Questions).ToList();
        var policies = PolicyCorpus.Generate();
        var policyIndex = new KnowledgeIndex(Directory.CreateTempSubdirectory("localmesh-bench-kb-").FullName);
        foreach (var document in policies)
        {
            policyIndex.AddText("policies", "general", document.Name, document.Text);
        }

        var policyQuestions = policies.SelectMany(d => d.Questions).ToList();
        Console.WriteLine($"Retrieval on the generated corpora: runbooks ({corpus.Count} documents, {questions.Count} questions) and office policies ({policies.Count} documents, {policyQuestions.Count} questions, harder):");
        Console.WriteLine();
        Console.WriteLine("| corpus | mode | hit@1 | hit@5 | MRR |");
        Console.WriteLine("|---|---|---:|---:|---:|");
        foreach (var (name, index, collection, asked) in new[] { ("runbooks", quality, "plant", questions), ("policies", policyIndex, "policies", policyQuestions) })
        {
            foreach (var s in RetrievalEvaluation.Evaluate(index, collection, asked))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {s.Mode} | {s.HitAt1:0.000} | {s.HitAt5:0.000} | {s.Mrr:0.000} |"));
            }
        }

        Console.WriteLine();
        Console.WriteLine("Extractive answers (no language model, 5 passages, up to 3 sentences, best first):");
        Console.WriteLine();
        Console.WriteLine("| corpus | hold the fact, cited to the right document | in the first sentence | no passage found | words |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, index, collection, asked) in new[] { ("runbooks", quality, "plant", questions), ("policies", policyIndex, "policies", policyQuestions) })
        {
            var a = AnswerEvaluation.Evaluate(index, collection, asked);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {a.Answered:0.000} | {a.FirstSentence:0.000} | {a.NoPassage:0.000} | {a.MeanWords:0.0} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Answer cache: every question once (a hit is a wrong answer), then reworded (a hit should be its own answer):");
        Console.WriteLine();
        Console.WriteLine("| question similarity | hit rate | reworded questions answered from the cache | wrong answers per lookup |");
        Console.WriteLine("|---:|---:|---:|---:|");
        foreach (var threshold in new[] { 0.70, 0.80, 0.85, 0.90, 0.95 })
        {
            var c = CacheEvaluation.Evaluate(quality, "plant", questions, threshold);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {threshold:0.00} | {c.HitRate:0.000} | {c.RewordedHits:0.000} | {c.WrongHits:0.0000} |"));
        }

        var p = CacheEvaluation.Evaluate(policyIndex, "policies", policyQuestions, 0.85);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| 0.85 on the policies | {p.HitRate:0.000} | {p.RewordedHits:0.000} | {p.WrongHits:0.0000} |"));

        var big = new KnowledgeIndex(Directory.CreateTempSubdirectory("localmesh-bench-kb-").FullName);
        var large = KnowledgeCorpus.Generate(2_000, seed: 11);
        var clock = Stopwatch.StartNew();
        foreach (var document in large)
        {
            big.AddText("plant", "general", document.Name, document.Text);
        }

        var pages = large.Sum(d => d.Text.Length) / (double)PageChars;
        var chunks = big.Collections().Single().Chunks;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ingestion: {large.Count} documents, {pages:0} pages of {PageChars} characters, {chunks} passages in {clock.Elapsed.TotalSeconds:0.0} s: {pages / clock.Elapsed.TotalSeconds:0} pages/s (target ≥ 50)."));
        MeasurePdf(large);

        var probes = large.SelectMany(d => d.Questions).Take(500).Select(q => q.Question).ToArray();
        Console.WriteLine();
        Console.WriteLine($"Search latency at {chunks} passages, one thread, top 5:");
        Console.WriteLine();
        Console.WriteLine("| mode | p50 ms | p99 ms | p99 vs lexical |");
        Console.WriteLine("|---|---:|---:|---:|");
        var baseline = 0.0;
        foreach (var mode in new[] { SearchMode.Lexical, SearchMode.Dense, SearchMode.Fused })
        {
            var i = 0;
            var (p50, p99) = Latency.Measure(() => big.Search(probes[i++ % probes.Length], ["plant"], mode, 5), seconds, warmup);
            baseline = mode == SearchMode.Lexical ? p99 : baseline;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {mode} | {p50 / 1000:0.00} | {p99 / 1000:0.00} | {p99 / baseline:0.0} |"));
        }

        // What the knowledge tier adds to a search when no language model answers: the relevance filter and the sentence choice.
        var domains = new Dictionary<string, string>(StringComparer.Ordinal) { ["plant"] = "general" };
        var j = 0;
        var (a50, a99) = Latency.Measure(() =>
        {
            var question = probes[j++ % probes.Length];
            _ = ExtractiveAnswer.Compose(question, new LocalMesh.Routing.Grounding(["plant"], PassageFinder.Find(big, question, domains, 5)), 3);
        }, seconds, warmup);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| extractive answer (fused search of 10, filter, 5 passages, sentences) | {a50 / 1000:0.00} | {a99 / 1000:0.00} | {a99 / baseline:0.0} |"));

        return 0;
    }

    /// <summary>PDF ingestion: the corpus's runbooks typeset as a 200-page PDF (one runbook a page, 40 lines), read and indexed.</summary>
    private static void MeasurePdf(List<CorpusDocument> documents)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var characters = 0;
        foreach (var document in documents.Take(200))
        {
            var page = builder.AddPage(595, 842);
            // Helvetica (a standard font, not embedded) has no '°': the text is kept to ASCII.
            var ascii = new string([.. document.Text.Select(c => c < 127 ? c : ' ')]);
            var lines = ascii.Split('\n').SelectMany(l => l.Chunk(90).Select(c => new string(c))).Where(l => l.Trim().Length > 0).Take(40).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                page.AddText(lines[i], 9, new UglyToad.PdfPig.Core.PdfPoint(40, 800 - (i * 12)), font);
                characters += lines[i].Length;
            }
        }

        var folder = Directory.CreateTempSubdirectory("localmesh-bench-pdf-").FullName;
        File.WriteAllBytes(Path.Combine(folder, "runbooks.pdf"), builder.Build());
        var index = new KnowledgeIndex(Directory.CreateTempSubdirectory("localmesh-bench-kb-").FullName);
        var clock = Stopwatch.StartNew();
        var result = index.AddPath("pdf", "general", folder);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PDF ingestion: 200 pages ({characters / 200} characters a page) read and indexed in {seconds:0.00} s: {200 / seconds:0} pages/s, {result.Failed.Count} failed."));
    }
}
