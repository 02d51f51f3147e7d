using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LocalMesh.Knowledge.Answering;
using LocalMesh.Knowledge;
using LocalMesh.Knowledge.Index;

namespace LocalMesh.Bench;

/// <summary>
/// The knowledge tier on documents nobody here wrote (bench/data/kb-eval, frozen, written blind): the 8 documents are
/// ingested into one collection, each question is answered as a <c>kb</c> chat request with no language model would be
/// (retrieval, the evidence threshold, the extractive answer), and scored: hit@1, hit@5 and MRR of the passages (a hit
/// is a passage of the right document that holds the answer span), the share of replies that hold the span and cite
/// its document, answerable questions wrongly refused, and off-topic questions refused. Spans and replies are compared
/// after the set's whitespace rule (every run of whitespace is one space).
/// </summary>
internal static partial class KnowledgeEvalBench
{
    public static int Run(string? dataDir, string set)
    {
        var root = dataDir ?? FindData();
        var docs = Path.Combine(root, "docs");
        var questions = Read(Path.Combine(root, $"questions-{set}.jsonl"));
        var ingestion = Stopwatch.StartNew();
        var offTopic = Read(Path.Combine(root, $"offtopic-{set}.jsonl"));
        Console.WriteLine($"LocalMesh knowledge answers on {root} ({set}) — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        var knowledge = EvalKnowledge.Create(Directory.CreateTempSubdirectory("localmesh-bench-kbeval-").FullName);
        var clock = Stopwatch.StartNew();
        foreach (var file in Directory.EnumerateFiles(docs).Where(f => Path.GetFileName(f) != "SOURCES.md").Order(StringComparer.Ordinal))
        {
            var result = knowledge.Index.AddPath("eval", "general", file);
            if (result.Failed.Count > 0)
            {
                Console.Error.WriteLine($"bench: {file} was not ingested: {result.Failed[0].Error}");
                return 1;
            }
        }

        var passages = knowledge.Index.Collections().Single().Chunks;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ingested {knowledge.Index.Collections().Single().Documents} documents, {passages} passages, in {clock.Elapsed.TotalSeconds:0.0} s."));
        Console.WriteLine();

        // Every question is answered once with no threshold; a threshold then refuses those whose evidence is below it.
        var times = new List<double>();
        (string Id, string Question, int Rank, double Evidence, bool Holds, bool Cites, string? Reply) Ask(EvalQuestion q)
        {
            var started = Stopwatch.GetTimestamp();
            var answer = knowledge.Answer(q.Question, 0);
            // The refusal model's features of every question, to fit its weights on a development set (never a held-out one).
            if (Environment.GetEnvironmentVariable("LOCALMESH_BENCH_FEATURES") is { Length: > 0 } featureFile)
            {
                var f = PassageFinder.Find(knowledge.Index, q.Question, new Dictionary<string, string> { ["eval"] = "general" }, new KnowledgeOptions().Passages, 0);
                File.AppendAllText(featureFile, f.Features is { } e ? string.Create(CultureInfo.InvariantCulture, $"{q.Id},{(q.Answer is null ? 0 : 1)},{e.BestSentence:0.0000},{e.PassageCosine:0.0000},{(e.UnknownName ? 1 : 0)},{e.Coverage:0.0000}\n") : string.Empty);
            }

            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (q.Answer is null)
            {
                return (q.Id, q.Question, 0, answer.Evidence, false, false, answer.Reply);
            }

            var span = Normalize(q.Answer);
            var rank = 1 + answer.Ranked.ToList().FindIndex(p => Path.GetFileName(p.Document) == q.Doc && Normalize(p.Text).Contains(span, StringComparison.Ordinal));
            var cites = answer.Cited.Any(p => Path.GetFileName(p.Document) == q.Doc);
            return (q.Id, q.Question, rank, answer.Evidence, answer.Reply is { } reply && Normalize(reply).Contains(span, StringComparison.Ordinal), cites, answer.Reply);
        }

        var answered = questions.Select(Ask).ToList();
        var off = offTopic.Select(Ask).ToList();
        var n = (double)questions.Count;
        var minEvidence = new KnowledgeOptions().MinEvidence;
        var hit1 = answered.Count(a => a.Rank == 1 && a.Evidence >= minEvidence);
        var hit5 = answered.Count(a => a.Rank is >= 1 and <= 5 && a.Evidence >= minEvidence);
        var mrr = answered.Where(a => a.Rank > 0 && a.Evidence >= minEvidence).Sum(a => 1.0 / a.Rank);
        Console.WriteLine($"At the default evidence threshold ({minEvidence.ToString(CultureInfo.InvariantCulture)}; a refused question counts as a miss in every column):");
        Console.WriteLine();
        Console.WriteLine("| set | questions | hit@1 | hit@5 | MRR | answer span in reply | answerable refused | off-topic refused |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {set} | {questions.Count} + {offTopic.Count} off-topic | {hit1 / n:0.000} | {hit5 / n:0.000} | {mrr / n:0.000} | {Row(minEvidence)} |"));
        Console.WriteLine();
        Console.WriteLine("By evidence threshold:");
        Console.WriteLine();
        Console.WriteLine("| threshold | answer span in reply | answerable refused | off-topic refused |");
        Console.WriteLine("|---:|---:|---:|---:|");
        foreach (var t in Enumerable.Range(0, 13).Select(i => 0.3 + (i * 0.025)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {t:0.000}{(Math.Abs(t - minEvidence) < 1e-9 ? " (default)" : string.Empty)} | {Row(t)} |"));
        }

        string Row(double t)
        {
            var inReply = answered.Count(a => a.Evidence >= t && a.Holds && a.Cites);
            var refusedAnswerable = answered.Count(a => a.Evidence < t);
            var refusedOff = off.Count(a => a.Evidence < t);
            return string.Create(CultureInfo.InvariantCulture,
                $"{inReply / n:0.000} ({inReply}/{questions.Count}) | {refusedAnswerable / n:0.000} | {(double)refusedOff / offTopic.Count:0.000} ({refusedOff}/{offTopic.Count})");
        }

        var missed = answered.Where(a => a.Evidence >= minEvidence && !(a.Holds && a.Cites)).ToList();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Answered without the span: {missed.Count} (its passage first: {missed.Count(a => a.Rank == 1)}, 2nd-5th: {missed.Count(a => a.Rank is > 1 and <= 5)}, lower or none: {missed.Count(a => a.Rank is 0 or > 5)}). Retrieval alone (no threshold): hit@1 {answered.Count(a => a.Rank == 1) / n:0.000}, hit@5 {answered.Count(a => a.Rank is >= 1 and <= 5) / n:0.000}, span in no single passage: {answered.Count(a => a.Rank == 0)}."));
        times.Sort();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Answer time per question (fused search, re-ranking, sentences; {passages} passages): p50 {times[times.Count / 2]:0.0} ms, p99 {times[(int)(times.Count * 0.99)]:0.0} ms."));
        if (Environment.GetEnvironmentVariable("LOCALMESH_BENCH_VERBOSE") == "1")
        {
            Console.WriteLine();
            Console.WriteLine("Misses at the default threshold:");
            foreach (var a in answered.Where(a => a.Evidence < minEvidence || !a.Holds || !a.Cites))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(a.Evidence < minEvidence ? "refused" : "miss")} {a.Id} (rank {a.Rank}, evidence {a.Evidence:0.000}): {a.Question}\n      reply: {Shorten(a.Reply ?? string.Empty)}"));
            }

            foreach (var a in off.Where(a => a.Evidence >= minEvidence))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  answered {a.Id} (evidence {a.Evidence:0.000}): {a.Question}\n      reply: {Shorten(a.Reply ?? string.Empty)}"));
            }
        }

        return 0;
    }

    /// <summary>The set's whitespace rule: every run of whitespace becomes one space, then the ends are trimmed.</summary>
    internal static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Shorten(string text)
    {
        var flat = Normalize(text);
        return flat.Length > 300 ? flat[..300] + "…" : flat;
    }

    /// <summary>bench/data/kb-eval, found upwards from the working directory (the repository root when run with dotnet run).</summary>
    private static string FindData()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "data", "kb-eval");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new ArgumentException("bench/data/kb-eval was not found above the working directory; pass --data DIR.");
    }

    private static List<EvalQuestion> Read(string path) =>
        [.. File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<EvalQuestion>(l, Json)!)];

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed record EvalQuestion(string Id, string Question, string? Doc, string? Answer);
}

/// <summary>What the bench asks of the knowledge tier: an index with the sentence encoder, and an answer to a question as a <c>kb</c> request with no language model gets it.</summary>
internal sealed class EvalKnowledge
{
    private readonly Dictionary<string, string> _domains = new(StringComparer.Ordinal) { ["eval"] = "general" };

    private EvalKnowledge(KnowledgeIndex index) => Index = index;

    public KnowledgeIndex Index { get; }

    public static EvalKnowledge Create(string dataDir) => new(new KnowledgeIndex(dataDir, encoder: new LocalMesh.Embeddings.SentenceEncoder(new LocalMesh.Embeddings.EncoderOptions())));

    /// <summary>The passages ranked for the question (best first), the evidence, the reply (null: refused at <paramref name="minEvidence"/>) and the passages it cites.</summary>
    public (IReadOnlyList<SearchHit> Ranked, double Evidence, string? Reply, IReadOnlyList<LocalMesh.Routing.GroundingPassage> Cited) Answer(string question, double minEvidence)
    {
        var found = PassageFinder.Find(Index, question, _domains, new KnowledgeOptions().Passages, minEvidence);
        if (found.Passages.Count == 0)
        {
            return (found.Ranked, found.Evidence ?? 0, null, []);
        }

        var text = found.Scored.Count > 0 ? ExtractiveAnswer.Compose(question, found.Passages, found.Scored, new KnowledgeOptions().ExtractiveSentences)
            : ExtractiveAnswer.Compose(question, new LocalMesh.Routing.Grounding(["eval"], found.Passages), new KnowledgeOptions().ExtractiveSentences);
        var grounding = new LocalMesh.Routing.Grounding(["eval"], found.Passages);
        return (found.Ranked, found.Evidence ?? 1, text, grounding.CitedIn(text));
    }
}
