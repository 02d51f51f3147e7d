using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LocalMesh.Knowledge.Answering;
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
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ingested {Directory.EnumerateFiles(docs).Count() - 1} documents, {passages} passages, in {clock.Elapsed.TotalSeconds:0.0} s."));
        Console.WriteLine();

        int hit1 = 0, hit5 = 0, inReply = 0, refused = 0, wrongDoc = 0;
        double mrr = 0;
        var misses = new List<string>();
        var times = new List<double>();
        foreach (var q in questions)
        {
            var started = Stopwatch.GetTimestamp();
            var answer = knowledge.Answer(q.Question);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var span = Normalize(q.Answer!);
            var rank = answer.Ranked.Select((p, i) => (p, i)).FirstOrDefault(x => Path.GetFileName(x.p.Document) == q.Doc && Normalize(x.p.Text).Contains(span, StringComparison.Ordinal)).i + 1;
            if (answer.Ranked.Count == 0 || !answer.Ranked.Any(p => Path.GetFileName(p.Document) == q.Doc && Normalize(p.Text).Contains(span, StringComparison.Ordinal)))
            {
                rank = 0;
            }

            hit1 += rank == 1 ? 1 : 0;
            hit5 += rank is >= 1 and <= 5 ? 1 : 0;
            mrr += rank > 0 ? 1.0 / rank : 0;
            if (answer.Reply is null)
            {
                refused++;
                misses.Add($"  refused  {q.Id}: {q.Question}");
                continue;
            }

            var cites = answer.Cited.Any(p => Path.GetFileName(p.Document) == q.Doc);
            if (Normalize(answer.Reply).Contains(span, StringComparison.Ordinal) && cites)
            {
                inReply++;
            }
            else
            {
                wrongDoc += cites ? 0 : 1;
                misses.Add($"  miss     {q.Id} (rank {rank}): {q.Question}\n           reply: {Shorten(answer.Reply)}");
            }
        }

        var offRefused = 0;
        foreach (var q in offTopic)
        {
            var started = Stopwatch.GetTimestamp();
            var answer = knowledge.Answer(q.Question);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (answer.Reply is null)
            {
                offRefused++;
            }
            else
            {
                misses.Add($"  answered {q.Id}: {q.Question}\n           reply: {Shorten(answer.Reply)}");
            }
        }

        var n = (double)questions.Count;
        Console.WriteLine("| set | questions | hit@1 | hit@5 | MRR | answer span in reply | answerable refused | off-topic refused |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {set} | {questions.Count} + {offTopic.Count} off-topic | {hit1 / n:0.000} | {hit5 / n:0.000} | {mrr / n:0.000} | {inReply / n:0.000} ({inReply}/{questions.Count}) | {refused / n:0.000} | {(double)offRefused / offTopic.Count:0.000} ({offRefused}/{offTopic.Count}) |"));
        times.Sort();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Answer time per question (search, evidence, sentences; {passages} passages): p50 {times[times.Count / 2]:0.0} ms, p99 {times[(int)(times.Count * 0.99)]:0.0} ms. Replies citing another document only: {wrongDoc}."));
        if (Environment.GetEnvironmentVariable("LOCALMESH_BENCH_VERBOSE") == "1")
        {
            Console.WriteLine();
            Console.WriteLine("Misses:");
            misses.ForEach(Console.WriteLine);
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

/// <summary>What the bench asks of the knowledge tier: an index, and an answer to a question as a <c>kb</c> request with no language model gets it.</summary>
internal sealed class EvalKnowledge
{
    private readonly Dictionary<string, string> _domains = new(StringComparer.Ordinal) { ["eval"] = "general" };

    private EvalKnowledge(KnowledgeIndex index) => Index = index;

    public KnowledgeIndex Index { get; }

    public static EvalKnowledge Create(string dataDir) => new(new KnowledgeIndex(dataDir));

    /// <summary>The passages ranked for the question (best first), the reply (null: refused) and the passages it cites.</summary>
    public (IReadOnlyList<SearchHit> Ranked, string? Reply, IReadOnlyList<LocalMesh.Routing.GroundingPassage> Cited) Answer(string question)
    {
        var ranked = Index.Search(question, ["eval"], SearchMode.Fused, 10);
        var found = PassageFinder.Find(Index, question, _domains, 5);
        if (found.Count == 0)
        {
            return (ranked, null, []);
        }

        var grounding = new LocalMesh.Routing.Grounding(["eval"], found);
        var text = ExtractiveAnswer.Compose(question, grounding, 3);
        return (ranked, text, grounding.CitedIn(text));
    }
}
