using System.Globalization;
using LocalMesh.Caching;
using LocalMesh.Embeddings;
using LocalMesh.Evaluation.Caching;
using LocalMesh.Specialists.Intents;

namespace LocalMesh.Bench;

/// <summary>
/// The semantic cache's match rule, measured: on the hand-written pairs of bench/data/cache-calibration (cal.tsv, on
/// which the default threshold was chosen; eval.tsv, written at the same time and never tuned on) the share of
/// rewordings that hit and of near misses (another entity, number, direction, antonym or topic) that wrongly hit, by the
/// cosine alone and with the <see cref="QuestionGuard"/>; then a cache holding CLINC150's 15,000 training questions,
/// asked its 3,000 validation questions and 100 out-of-scope ones (data nobody here wrote).
/// </summary>
internal static class CacheEvalBench
{
    public static int Run(string? dataDir, string? clincDir)
    {
        var root = dataDir ?? Find(Path.Combine("bench", "data", "cache-calibration")) ?? throw new ArgumentException("bench/data/cache-calibration was not found above the working directory; pass --data DIR.");
        var threshold = SemanticCacheOptions.DefaultThreshold;
        Console.WriteLine($"LocalMesh semantic cache on {root} — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}; default threshold {threshold.ToString(CultureInfo.InvariantCulture)}");
        using var encoder = new SentenceEncoder(new EncoderOptions());
        float[][] Encode(IReadOnlyList<string> texts) => [.. encoder.Encode(texts).Select(e => e.Vector)];
        var verbose = Environment.GetEnvironmentVariable("LOCALMESH_BENCH_VERBOSE") == "1";

        foreach (var set in new[] { "cal", "eval" })
        {
            var pairs = SemanticCacheEvaluation.ReadPairs(Path.Combine(root, set + ".tsv"));
            var cosines = SemanticCacheEvaluation.Cosines(pairs, Encode);
            var rows = SemanticCacheEvaluation.Pairs(pairs, cosines, SemanticCacheEvaluation.Thresholds);
            Console.WriteLine();
            Console.WriteLine($"{set}.tsv: {pairs.Count(p => p.ShouldHit)} rewordings, {pairs.Count(p => !p.ShouldHit)} near misses ({string.Join(", ", pairs.Where(p => !p.ShouldHit).GroupBy(p => p.Kind).Select(g => $"{g.Count()} {g.Key}"))})");
            Console.WriteLine();
            Console.WriteLine("| threshold | rewordings hit, cosine | near misses hit, cosine | precision, cosine | rewordings hit, + guard | near misses hit, + guard | precision, + guard |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in rows)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Threshold:0.00}{(Math.Abs(r.Threshold - threshold) < 1e-9 ? " (default)" : string.Empty)} | {r.RewordingHitsCosine}/{r.Rewordings} | {r.FalseHitsCosine}/{r.NearMisses} | {r.PrecisionCosine:0.000} | {r.RewordingHitsGuarded}/{r.Rewordings} | {r.FalseHitsGuarded}/{r.NearMisses} | {r.PrecisionGuarded:0.000} |"));
            }

            if (verbose)
            {
                for (var i = 0; i < pairs.Count; i++)
                {
                    var why = QuestionGuard.Conflict(pairs[i].Cached, pairs[i].Asked);
                    var hit = cosines[i] >= threshold && why is null;
                    if (hit != pairs[i].ShouldHit)
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(hit ? "FALSE HIT" : "missed")} ({pairs[i].Kind}, cosine {cosines[i]:0.000}, guard: {why ?? "-"}): {pairs[i].Cached} | {pairs[i].Asked}"));
                    }
                }
            }
        }

        var clinc = clincDir ?? Find(Path.Combine("..", "shared", "data", "clinc150"));
        if (clinc is null || !File.Exists(Path.Combine(clinc, "train.json")))
        {
            Console.WriteLine();
            Console.WriteLine("CLINC150 not found (pass --clinc DIR, e.g. ../shared/data/clinc150): skipped.");
            return 0;
        }

        var train = IntentTrainingSet.ReadPairs(Path.Combine(clinc, "train.json")).Select(p => (p.Text, p.Intent)).ToList();
        var queries = IntentTrainingSet.ReadPairs(Path.Combine(clinc, "val.json")).Select(p => (p.Text, Intent: (string?)p.Intent))
            .Concat(IntentTrainingSet.ReadPairs(Path.Combine(clinc, "oos_val.json")).Select(p => (p.Text, Intent: (string?)null))).ToList();
        var vectorDir = Path.Combine(Path.GetTempPath(), "localmesh-intent-vectors"); // shared with `localmesh bench intents`: encoded once per machine
        Directory.CreateDirectory(vectorDir);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var trainVectors = IntentVectorCache.Encode(encoder, [.. train.Select(t => t.Text)], vectorDir);
        var queryVectors = IntentVectorCache.Encode(encoder, [.. queries.Select(q => q.Text)], vectorDir);
        var wrong = new List<(string Query, string Cached, double Cosine)>();
        var retrieval = SemanticCacheEvaluation.Retrieval(train, trainVectors, queries, queryVectors, [threshold, .. SemanticCacheEvaluation.Thresholds.Where(t => Math.Abs(t - threshold) > 1e-9)], wrong);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CLINC150 ({clinc}): a cache holding the {train.Count} training questions, asked the {queries.Count(q => q.Intent is not null)} validation questions and {queries.Count(q => q.Intent is null)} out-of-scope ones ({started.Elapsed.TotalSeconds:0} s). A hit is counted right when the cached question has the same intent (generous: a slot may still differ)."));
        Console.WriteLine();
        Console.WriteLine("| threshold | hit rate, cosine | same intent, cosine | out-of-scope hit, cosine | hit rate, + guard | same intent, + guard | out-of-scope hit, + guard |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in retrieval.OrderBy(r => r.Threshold))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Threshold:0.00}{(Math.Abs(r.Threshold - threshold) < 1e-9 ? " (default)" : string.Empty)} | {(double)r.HitsCosine / r.InScope:0.000} | {r.PrecisionCosine:0.000} | {r.OosHitsCosine}/{r.OutOfScope} | {(double)r.HitsGuarded / r.InScope:0.000} | {r.PrecisionGuarded:0.000} | {r.OosHitsGuarded}/{r.OutOfScope} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"Guarded hits with another intent at the default threshold: {wrong.Count}{(verbose ? ":" : " (LOCALMESH_BENCH_VERBOSE=1 lists them)")}");
        if (verbose)
        {
            foreach (var (query, cached, cosine) in wrong.OrderByDescending(w => w.Cosine))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {cosine:0.000}: {query} | {cached}"));
            }
        }

        return 0;
    }

    /// <summary>A folder found upwards from the working directory (the repository root when run with dotnet run).</summary>
    private static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
