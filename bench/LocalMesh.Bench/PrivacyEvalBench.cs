using System.Globalization;
using System.Text;
using System.Text.Json;
using LocalMesh.Privacy.Detection;
using LocalMesh.Evaluation.Privacy;
using LocalMesh.Server.Hosting;
using LocalMesh.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Bench;

/// <summary>
/// The privacy guard on an evaluation set written by someone who never read the detectors (bench/data/privacy-eval):
/// precision, recall and F2 per entity type, exact spans and overlapping spans, false positives on the texts without
/// personal data; then the leak rate through the chat path — every text with personal data sent through a node to a
/// recording fake cloud that echoes what it got (every other request streamed in 3-character chunks): how many of the
/// labelled values reached the cloud, among the requests the policy let leave, and how many answers came back
/// restored exactly.
/// </summary>
internal static class PrivacyEvalBench
{
    private sealed record Span(string Type, int Start, int End, string Value);

    private sealed record Item(string Id, string Shape, string Text, IReadOnlyList<Span> Entities, IReadOnlyList<Span> NonPersonal);

    public static async Task<int> RunAsync(string path, int chat, string? misses = null)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"error: '{path}' does not exist (the set is bench/data/privacy-eval/privacy-eval-v1.jsonl).");
            return 2;
        }

        var items = File.ReadLines(path).Where(l => l.Length > 0).Select(Parse).ToList();
        var tagger = await TestTaggers.BuiltInAsync();
        var scanner = new PrivacyScanner([.. BuiltInDetectors.All, tagger]);
        Console.WriteLine($"LocalMesh privacy evaluation — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {Path.GetFileName(path)}: {items.Count} texts, {items.Sum(i => i.Entities.Count)} labelled spans");
        Console.WriteLine();

        var predictions = items.Select(i => scanner.Scan(i.Text).Select(m => new Span(m.Type, m.Start, m.End, m.Value)).ToList()).ToList();
        PrintScores(items, predictions);
        PrintCoveredWithMentions(items, scanner);
        PrintFalsePositives(items, predictions);
        using var log = misses is null ? null : new StreamWriter(misses, append: false, new System.Text.UTF8Encoding(false)); // a span cutting a surrogate pair is written as U+FFFD, not thrown on
        if (log is not null)
        {
            WriteMisses(items, predictions, log);
        }

        if (chat > 0)
        {
            await PrintLeaksAsync(items.Where(i => i.Entities.Count > 0).Take(chat).ToList(), log);
        }

        return 0;
    }

    private static void PrintScores(List<Item> items, List<List<Span>> predictions)
    {
        var exact = new Dictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        var overlap = new Dictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        var covered = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(Dictionary<string, (int Tp, int Fp, int Fn)> into, string type, int tp, int fp, int fn)
        {
            var c = into.GetValueOrDefault(type);
            into[type] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
        }

        for (var n = 0; n < items.Count; n++)
        {
            var gold = items[n].Entities;
            var found = predictions[n];
            foreach (var g in gold)
            {
                Add(exact, g.Type, found.Any(p => Same(p, g)) ? 1 : 0, 0, found.Any(p => Same(p, g)) ? 0 : 1);
                Add(overlap, g.Type, found.Any(p => p.Type == g.Type && Overlaps(p, g)) ? 1 : 0, 0, found.Any(p => p.Type == g.Type && Overlaps(p, g)) ? 0 : 1);
                covered[g.Type] = covered.GetValueOrDefault(g.Type) + (found.Any(p => Overlaps(p, g)) ? 1 : 0);
            }

            foreach (var p in found)
            {
                if (!gold.Any(g => Same(p, g)))
                {
                    Add(exact, p.Type, 0, 1, 0);
                }

                if (!gold.Any(g => g.Type == p.Type && Overlaps(p, g)))
                {
                    Add(overlap, p.Type, 0, 1, 0);
                }
            }
        }

        Console.WriteLine("Entity level. Exact: same type, same start and end. Overlap: same type, spans overlap. Covered: the share of labelled spans that some prediction of any type overlaps (what redaction hides).");
        Console.WriteLine();
        Console.WriteLine("| type | labelled | exact P | exact R | exact F2 | overlap P | overlap R | overlap F2 | covered |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var type in exact.Keys.Order(StringComparer.Ordinal).Append("ALL"))
        {
            var e = type == "ALL" ? Sum(exact) : exact[type];
            var o = type == "ALL" ? Sum(overlap) : overlap[type];
            var labelled = e.Tp + e.Fn;
            var cover = type == "ALL" ? covered.Values.Sum() : covered.GetValueOrDefault(type);
            var es = new EntityScore(type, e.Tp, e.Fp, e.Fn);
            var os = new EntityScore(type, o.Tp, o.Fp, o.Fn);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(type == "ALL" ? "**ALL**" : type)} | {labelled} | {es.Precision:0.000} | {es.Recall:0.000} | {es.F2:0.000} | {os.Precision:0.000} | {os.Recall:0.000} | {os.F2:0.000} | {(labelled == 0 ? "-" : ((double)cover / labelled).ToString("0.000", CultureInfo.InvariantCulture))} |"));
        }

        Console.WriteLine();
    }

    /// <summary>For a development set: each text's missed spans and wrong predictions (exact spans).</summary>
    private static void WriteMisses(List<Item> items, List<List<Span>> predictions, StreamWriter log)
    {
        for (var n = 0; n < items.Count; n++)
        {
            var missed = items[n].Entities.Where(g => !predictions[n].Any(p => Same(p, g))).ToList();
            var wrong = predictions[n].Where(p => !items[n].Entities.Any(g => Same(p, g))).ToList();
            if (missed.Count + wrong.Count == 0)
            {
                continue;
            }

            log.WriteLine($"## {items[n].Id} ({items[n].Shape}) {JsonSerializer.Serialize(items[n].Text)}");
            foreach (var g in missed)
            {
                log.WriteLine($"  missed {g.Type} '{g.Value}'{(predictions[n].Any(p => Overlaps(p, g)) ? " (overlapped)" : "")}");
            }

            foreach (var p in wrong)
            {
                log.WriteLine($"  wrong  {p.Type} '{p.Value}'{(items[n].Entities.Any(g => Overlaps(p, g)) ? " (overlaps a label)" : "")}");
            }
        }
    }

    /// <summary>
    /// What redaction hides, which is more than the scanner's matches: a redaction session learns every entity of the
    /// text and redacts its other mentions too ("Jane Smith ... Jane"). The share of labelled spans it covers, per type.
    /// </summary>
    private static void PrintCoveredWithMentions(List<Item> items, PrivacyScanner scanner)
    {
        var labelled = new Dictionary<string, int>(StringComparer.Ordinal);
        var covered = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => i.Entities.Count > 0))
        {
            var session = new LocalMesh.Privacy.Redaction.RedactionSession(scanner);
            session.Learn(item.Text);
            session.Redact(item.Text);
            foreach (var g in item.Entities)
            {
                labelled[g.Type] = labelled.GetValueOrDefault(g.Type) + 1;
                if (session.Redacted.Any(m => m.Start < g.End && g.Start < m.End))
                {
                    covered[g.Type] = covered.GetValueOrDefault(g.Type) + 1;
                }
            }
        }

        var all = (double)covered.Values.Sum() / Math.Max(1, labelled.Values.Sum());
        Console.WriteLine("Covered by redaction (the scanner's matches plus every other mention of an entity found in the same text): "
            + string.Join(", ", labelled.Keys.Order(StringComparer.Ordinal).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t} {(double)covered.GetValueOrDefault(t) / labelled[t]:0.000}")))
            + string.Create(CultureInfo.InvariantCulture, $"; all {all:0.000}."));
        Console.WriteLine();
    }

    private static void PrintFalsePositives(List<Item> items, List<List<Span>> predictions)
    {
        var clean = Enumerable.Range(0, items.Count).Where(n => items[n].Entities.Count == 0).ToList();
        var strict = clean.Count(n => predictions[n].Count > 0);
        var lenient = clean.Count(n => predictions[n].Any(p => !items[n].NonPersonal.Any(np => Overlaps(p, np))));
        var types = clean.SelectMany(n => predictions[n]).GroupBy(p => p.Type).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Texts without personal data: {clean.Count}; with any prediction {strict} ({200.0 * strict / Math.Max(1, clean.Count):0.0} per 200 texts); ignoring predictions on the set's non-personal mentions (countries, brands) {lenient} ({200.0 * lenient / Math.Max(1, clean.Count):0.0} per 200). Predicted types: {string.Join(", ", types)}."));
        Console.WriteLine();
    }

    private static async Task PrintLeaksAsync(List<Item> items, StreamWriter? log)
    {
        await using var cloud = await FakeLlmServer.StartAsync("cloud");
        cloud.Echo = true;
        cloud.StreamChunkChars = 3;
        await TestIntentModels.EnsureCachedAsync();
        var node = LocalMeshNode.Build(new LocalMeshNodeSettings
        {
            Urls = "http://127.0.0.1:0",
            DataDir = Directory.CreateTempSubdirectory("localmesh-privacy-eval-").FullName,
            LogLevel = Microsoft.Extensions.Logging.LogLevel.Warning,
            Overrides = new Dictionary<string, string?>
            {
                ["LocalMesh:Backends:cloud:Tier"] = "cloud",
                ["LocalMesh:Backends:cloud:Endpoint"] = cloud.BaseUrl,
                ["LocalMesh:Backends:cloud:Models:0"] = "gpt-4o",
                ["LocalMesh:Specialists:ModelCache"] = TestIntentModels.CacheDir,
                ["LocalMesh:Privacy:ModelCache"] = TestIntentModels.CacheDir,
            },
        });
        await node.StartAsync();
        try
        {
            await node.Services.GetRequiredService<LocalMesh.Privacy.Tagging.TaggerDetector>().Ready;
            var address = node.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            int left = 0, kept = 0, entities = 0, leaked = 0, restored = 0;
            var leakedByType = new Dictionary<string, int>(StringComparer.Ordinal);
            var entitiesByType = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var n = 0; n < items.Count; n++)
            {
                var item = items[n];
                var stream = n % 2 == 1;
                var before = cloud.Requests.Count;
                using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
                {
                    Content = new StringContent(JsonSerializer.Serialize(new { model = "gpt-4o", stream, messages = new[] { new { role = "user", content = item.Text } } }), Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("x-localmesh-domain", "general");
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode || cloud.Requests.Count == before)
                {
                    kept++; // the policy kept it off the cloud (e.g. classified medical with no local tier to take it)
                    continue;
                }

                left++;
                var sent = string.Join("\n", cloud.Requests.Skip(before).Select(r => OpenAIBodies.AllStrings(r.Body)));
                log?.WriteLine($"## chat {item.Id} sent: {JsonSerializer.Serialize(sent)}");
                foreach (var e in item.Entities)
                {
                    entities++;
                    entitiesByType[e.Type] = entitiesByType.GetValueOrDefault(e.Type) + 1;
                    if (sent.Contains(e.Value, StringComparison.Ordinal))
                    {
                        leaked++;
                        leakedByType[e.Type] = leakedByType.GetValueOrDefault(e.Type) + 1;
                        log?.WriteLine($"  leaked {e.Type} '{e.Value}'");
                    }
                }

                var answer = stream ? OpenAIBodies.StreamedContent(body) : JsonDocument.Parse(body).RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
                if (answer == item.Text)
                {
                    restored++;
                }
                else
                {
                    log?.WriteLine($"  not restored: {JsonSerializer.Serialize(answer)}");
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Chat path ({items.Count} texts with personal data, declared general, domain classifier on, every other one streamed in 3-character chunks): {left} reached the cloud, {kept} were kept off it by the policy."));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Leak rate: {leaked} of {entities} labelled values in the requests that left reached the cloud verbatim ({100.0 * leaked / Math.Max(1, entities):0.00}%). Answers restored exactly: {restored} of {left}."));
            Console.WriteLine();
            Console.WriteLine("| type | values in requests that left | reached the cloud | leak rate |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var (type, count) in entitiesByType.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {type} | {count} | {leakedByType.GetValueOrDefault(type)} | {100.0 * leakedByType.GetValueOrDefault(type) / count:0.0}% |"));
            }
        }
        finally
        {
            await node.StopAsync();
            await node.DisposeAsync();
        }
    }

    private static (int Tp, int Fp, int Fn) Sum(Dictionary<string, (int Tp, int Fp, int Fn)> counts) =>
        (counts.Values.Sum(c => c.Tp), counts.Values.Sum(c => c.Fp), counts.Values.Sum(c => c.Fn));

    private static bool Same(Span p, Span g) => p.Type == g.Type && p.Start == g.Start && p.End == g.End;

    private static bool Overlaps(Span a, Span b) => a.Start < b.End && b.Start < a.End;

    private static Item Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        List<Span> Spans(string name) => root.TryGetProperty(name, out var list)
            ? [.. list.EnumerateArray().Select(e => new Span(e.GetProperty("type").GetString()!, e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("value").GetString()!))]
            : [];
        return new Item(root.GetProperty("id").GetString()!, root.GetProperty("shape").GetString()!, root.GetProperty("text").GetString()!, Spans("entities"), Spans("non_personal"));
    }
}
