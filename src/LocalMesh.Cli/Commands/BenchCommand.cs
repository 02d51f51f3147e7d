using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using LocalMesh.Embeddings;
using LocalMesh.Evaluation.Intents;
using LocalMesh.Privacy;
using LocalMesh.Specialists.Intents;
using Spectre.Console;

namespace LocalMesh.Cli.Commands;

/// <summary><c>localmesh bench intents</c>: trains the built-in intent model and scores it on CLINC150's validation split.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure LocalMesh's own models.");
        command.Subcommands.Add(Intents());
        command.Subcommands.Add(Privacy());
        command.Subcommands.Add(NabBenchCommand.Create());
        return command;
    }

    private static Command Privacy()
    {
        var count = new Option<int>("--count") { Description = "How many synthetic sentences to generate.", DefaultValueFactory = _ => 2000 };
        var seed = new Option<int>("--seed") { Description = "The generator's seed.", DefaultValueFactory = _ => 2026 };
        var dataDir = new Option<string>("--data-dir") { Description = "Where the trained entity tagger is kept (trained on first use).", DefaultValueFactory = _ => "data" };
        var clinc = new Option<string?>("--clinc") { Description = "Also score the domain classifier on CLINC150's validation split in this folder (e.g. ../shared/data/clinc150)." };
        var command = new Command("privacy", "Score the built-in detectors and the entity tagger entity by entity (precision, recall, F2) on generated sentences whose templates and name locales the tagger never saw, then the domain classifier on held-out examples.") { count, seed, dataDir, clinc };
        command.SetAction((parse, ct) => CliRunner.RunAsync(() =>
        {
            if (parse.GetValue(count) is < 1 or > 1_000_000)
            {
                throw new CliException("--count must be between 1 and 1,000,000.", 2);
            }

            var tagger = LocalMesh.Privacy.Tagging.BuiltInTagger.LoadOrTrain([Path.Combine(parse.GetValue(dataDir)!, "privacy")], Console.Error.WriteLine);
            var scanner = new LocalMesh.Privacy.Detection.PrivacyScanner([
                new LocalMesh.Privacy.Detection.DeclaredSecretsDetector(LocalMesh.Evaluation.Privacy.SyntheticEntities.DeclaredTerms),
                .. LocalMesh.Privacy.Detection.BuiltInDetectors.All,
                tagger,
            ]);
            var texts = LocalMesh.Evaluation.Privacy.SyntheticEntities.Generate(parse.GetValue(count), parse.GetValue(seed));
            Console.WriteLine("| type | true positives | false positives | false negatives | precision | recall | F2 |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            var scores = LocalMesh.Evaluation.Privacy.EntityEvaluation.Evaluate(scanner, texts);
            var tagged = scores.Where(s => LocalMesh.Privacy.Tagging.SentenceTemplates.NamedTypes.Contains(s.Type)).ToList();
            var taggerTotal = new LocalMesh.Evaluation.Privacy.EntityScore(
                "(tagger types together)", tagged.Sum(s => s.TruePositives), tagged.Sum(s => s.FalsePositives), tagged.Sum(s => s.FalseNegatives));
            foreach (var s in scores.SkipLast(1).Append(taggerTotal).Append(scores[^1]))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {s.Type} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F2:0.000} |"));
            }

            var policyDomains = LocalMesh.Configuration.PolicyConfig.BuiltInDomains.Keys;
            var domains = new LocalMesh.Privacy.Domains.DomainClassifier(policyDomains, [], dataDir: null);
            var threshold = new PrivacyOptions().DomainThreshold;
            var sets = new List<(string Name, IReadOnlyList<LocalMesh.Privacy.Domains.DomainExample> Examples)>
            {
                ("held-out examples (bench/LocalMesh.Evaluation/Privacy/Data/domain-evaluation.tsv)", LocalMesh.Evaluation.Privacy.DomainEvaluationSet.Examples),
            };
            if (parse.GetValue(clinc) is { } clincDir)
            {
                sets.Add(("CLINC150 val + oos_val (banking, credit_cards = finance; work = hr; the rest general)", ReadClinc(clincDir)));
            }

            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Domain classifier at threshold {threshold:0.00}:"));
            Console.WriteLine();
            Console.WriteLine("| set | texts | top-1 accuracy | sensitive texts flagged | general texts flagged | right per domain |");
            Console.WriteLine("|---|---:|---:|---:|---:|---|");
            foreach (var (name, examples) in sets)
            {
                var score = LocalMesh.Evaluation.Privacy.DomainEvaluation.Evaluate(domains, examples, threshold);
                var perDomain = string.Join(", ", score.PerDomain.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key} {d.Value.Right}/{d.Value.Texts}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {score.Examples} | {score.Accuracy:P1} | {score.SensitiveFlagged:P1} | {score.GeneralFlagged:P1} | {perDomain} |"));
            }

            return Task.FromResult(0);
        }));
        return command;
    }

    /// <summary>CLINC150's validation split with each intent's CLINC domain mapped to a data domain.</summary>
    private static List<LocalMesh.Privacy.Domains.DomainExample> ReadClinc(string dir)
    {
        var domainsFile = Path.Combine(dir, "domains.json");
        if (!File.Exists(domainsFile) || !File.Exists(Path.Combine(dir, "val.json")) || !File.Exists(Path.Combine(dir, "oos_val.json")))
        {
            throw new CliException($"'{dir}' must contain domains.json, val.json and oos_val.json (CLINC150).", 2);
        }

        try
        {
            var groups = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(domainsFile))!;
            var domainOf = groups.SelectMany(g => g.Value.Select(intent => (intent, g.Key switch
            {
                "banking" or "credit_cards" => "finance",
                "work" => "hr",
                _ => "general",
            }))).ToDictionary(x => x.intent, x => x.Item2);
            return [.. IntentTrainingSet.ReadPairs(Path.Combine(dir, "val.json")).Concat(IntentTrainingSet.ReadPairs(Path.Combine(dir, "oos_val.json")))
                .Select(p => new LocalMesh.Privacy.Domains.DomainExample(domainOf.GetValueOrDefault(p.Intent, "general"), p.Text))];
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Text.Json.JsonException)
        {
            throw new CliException($"cannot read CLINC150: {ex.Message}", 2);
        }
    }

    private static Command Intents()
    {
        var data = new Option<string>("--data") { Description = "A folder with CLINC150's val.json and oos_val.json (e.g. ../shared/data/clinc150).", Required = true };
        var model = new Option<string?>("--model") { Description = "Score this model file instead of training the built-in one." };
        var networks = new Option<int>("--networks") { Description = "Networks in the ensemble when training.", DefaultValueFactory = _ => new IntentTrainerOptions().Networks };
        var lexical = new Option<bool>("--lexical") { Description = "Score the lexical half alone (no sentence encoder)." };
        var cv = new Option<int>("--cv") { Description = "Also cross-validate on the built-in training data (CLINC150 train + oos_train) with this many folds and print the settings it chooses; val is not used for that." };
        var vectorCache = new Option<string>("--vector-cache") { Description = "Where encoded training texts are cached.", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "localmesh-intent-vectors") };
        var markdown = new Option<bool>("--markdown") { Description = "Print a Markdown table (for docs/intents.md)." };
        var command = new Command("intents", "Train the built-in intent model (or load --model) and report in-scope accuracy, out-of-scope recall and precision, the cascade shares and latency on CLINC150's validation split, per threshold.")
        {
            data, model, networks, lexical, cv, vectorCache, markdown,
        };
        command.SetAction((parse, ct) => CliRunner.RunAsync(() =>
        {
            var dir = parse.GetValue(data)!;
            var val = Path.Combine(dir, "val.json");
            var oosVal = Path.Combine(dir, "oos_val.json");
            if (!File.Exists(val) || !File.Exists(oosVal))
            {
                throw new CliException($"'{dir}' must contain val.json and oos_val.json (CLINC150's validation split).", 2);
            }

            if (parse.GetValue(cv) is var folds && folds is 1 or < 0 or > 20)
            {
                throw new CliException("--cv takes 2 to 20 folds.", 2);
            }

            List<IntentExample> inScope, outOfScope;
            try
            {
                inScope = IntentTrainingSet.ReadPairs(val);
                outOfScope = IntentTrainingSet.ReadPairs(oosVal);
            }
            catch (Exception ex) when (ex is InvalidDataException or System.Text.Json.JsonException)
            {
                throw new CliException($"cannot read the evaluation data: {ex.Message}", 2);
            }

            using var encoder = parse.GetValue(lexical) ? null : new SentenceEncoder(new EncoderOptions());
            var options = new IntentTrainerOptions { Networks = parse.GetValue(networks) };
            var vectors = parse.GetValue(vectorCache)!;
            if (folds > 1)
            {
                CrossValidate(options, folds, encoder, vectors, ct);
            }

            var started = Stopwatch.StartNew();
            string? path = parse.GetValue(model);
            double trainSeconds = 0;
            if (path is null)
            {
                Console.Error.Write("training the built-in model...");
                var last = -1;
                var set = IntentTrainingSet.BuiltIn();
                var trained = IntentTrainer.Train(set, options, progress: new InlineProgress<double>(p =>
                {
                    var pct = (int)(p * 100) / 10 * 10;
                    if (Interlocked.Exchange(ref last, pct) != pct)
                    {
                        Console.Error.Write($" {pct}%");
                    }
                }), cancellationToken: ct);
                if (encoder is not null)
                {
                    Console.Error.Write(" encoder head...");
                    trained = IntentTrainer.AddHead(trained, set, options, encoder, vectors, ct);
                }

                Console.Error.WriteLine();
                trainSeconds = started.Elapsed.TotalSeconds;
                path = Path.Combine(Path.GetTempPath(), $"localmesh-bench-{Environment.ProcessId}.bin");
                trained.Save(path);
            }
            else if (!File.Exists(path))
            {
                throw new CliException($"model file '{path}' does not exist.", 2);
            }

            var size = new FileInfo(path).Length;
            started.Restart();
            var loaded = IntentModel.Load(path);
            var loadMs = started.Elapsed.TotalMilliseconds;
            if (parse.GetValue(model) is null)
            {
                File.Delete(path);
            }

            var useEncoder = loaded.Head is not null && encoder is not null && loaded.Info.Encoder == encoder.ModelId ? encoder : null;
            IntentEvaluation.Evaluate(loaded, inScope.Take(200).ToList(), outOfScope.Take(20).ToList(), encoder: useEncoder); // warm up the JIT and load the encoder
            var report = IntentEvaluation.Evaluate(loaded, inScope, outOfScope, encoder: useEncoder);
            Print(report, loaded, size, loadMs, trainSeconds, parse.GetValue(markdown));
            return Task.FromResult(0);
        }));
        return command;
    }

    /// <summary>
    /// Cross-validates on the built-in training data and prints, for each blend weight and fast-path margin, the threshold
    /// with the best (in-scope accuracy + oos recall) / 2 out of fold, then how right the lexical fast path is at each margin.
    /// </summary>
    private static void CrossValidate(IntentTrainerOptions options, int folds, SentenceEncoder? encoder, string vectors, CancellationToken ct)
    {
        Console.Error.WriteLine($"cross-validating on CLINC150 train + oos_train ({folds} folds)...");
        var (model, scores) = IntentCrossValidation.Run(IntentTrainingSet.BuiltIn(), options, folds, encoder, vectors, line => Console.Error.WriteLine("  " + line), ct);
        float[] thresholds = [.. Enumerable.Range(0, 19).Select(i => i * 0.05f)];
        string F(float v) => v.ToString("0.00#", CultureInfo.InvariantCulture);
        Console.WriteLine($"Cross-validation ({folds} folds, {scores.Count} out-of-fold scores): the best threshold by (in-scope accuracy + oos recall) / 2");
        Console.WriteLine();
        Console.WriteLine("| encoder weight | fast path | lexical temperature | threshold | in-scope acc % | oos recall % | oos precision % | wrong-local % | encoder runs % |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        float[] weights = encoder is null ? [0f] : [0f, 0.4f, 0.5f, 0.6f, 1f];
        float[] fastPaths = encoder is null ? [2f] : [2f, 0.999f, 0.99f, 0.95f];

        // Every weight and fast path at the default temperature, then the default weight and fast path at other temperatures.
        // Weight 0 is the lexical half alone, which a node never softens (a lexical-only model has no blend).
        var settings = weights.SelectMany(w => (w == 0 ? [2f] : fastPaths).Select(f => (Weight: w, Fast: f, Temperature: w == 0 ? 1f : options.LexicalTemperature))).ToList();
        if (encoder is not null)
        {
            settings.AddRange(new[] { 1f, 1.5f }.Where(t => t != options.LexicalTemperature).Select(t => (options.EncoderWeight, options.FastPath, t)));
        }

        foreach (var (weight, fast, temperature) in settings)
        {
            var best = IntentCrossValidation.Best(model, scores, weight, fast, thresholds, temperature);
            var encoded = weight == 0 ? 0 : IntentEvaluation.Rows(model, scores, [best.Threshold], weight, fast, temperature).EncodedShare;
            var chosen = weight == options.EncoderWeight && fast == options.FastPath && temperature == options.LexicalTemperature ? " (default)" : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {weight:0.0}{chosen} | {(fast > 1 ? "never" : F(fast))} | {(weight == 0 ? "-" : F(temperature))} | {best.Threshold:0.00} | {best.InScopeAccuracy * 100:0.00} | {best.OutOfScopeRecall * 100:0.00} | {best.OutOfScopePrecision * 100:0.00} | {best.WrongLocalShare * 100:0.00} | {encoded * 100:0.0} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| fast path at lexical margin | share of queries | right % | out-of-scope kept local |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var cut in new[] { 0.9f, 0.95f, 0.99f, 0.995f, 0.999f })
        {
            var taken = scores.Where(s => model.LexicalMargin(s.Lexical) >= cut).Select(s => (Predicted: model.Predict(s.Lexical, 0f).Intent, s.Label)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {F(cut)} | {taken.Count * 100.0 / scores.Count:0.0} | {taken.Count(t => t.Predicted == t.Label) * 100.0 / Math.Max(1, taken.Count):0.00} | {taken.Count(t => t.Label == IntentModel.OutOfScope)} |"));
        }

        Console.WriteLine();
    }

    private static void Print(IntentEvaluationReport report, IntentModel model, long size, double loadMs, double trainSeconds, bool markdown)
    {
        string P(double v) => (v * 100).ToString("0.00", CultureInfo.InvariantCulture);
        var header = new[] { "threshold", "in-scope acc %", "oos recall %", "oos precision %", "local %", "wrong-local %", "of which wrong intent %" };
        var rows = report.Rows.Select(r => new[]
        {
            r.Threshold.ToString("0.00", CultureInfo.InvariantCulture) + (r.IsDefault ? " (default)" : string.Empty),
            P(r.InScopeAccuracy), P(r.OutOfScopeRecall), P(r.OutOfScopePrecision), P(r.LocalShare), P(r.WrongLocalShare), P(r.MisroutedShare),
        }).ToList();
        var halves = model.Head is null ? "lexical only" : $"lexical + {model.Info.Encoder} head (weight {model.Info.EncoderWeight:0.00}, lexical temperature {model.Info.LexicalTemperature:0.00}, fast path at margin {model.Info.FastPath:0.00#}; the encoder ran for {report.EncodedShare * 100:0.0}% of queries)";
        var summary = $"CLINC150 val: {report.InScopeCount} in-scope + {report.OutOfScopeCount} out-of-scope queries. Model: {model.Intents.Count} classes, {halves}, "
            + $"{model.Networks.Count} networks, {model.Vocabulary.Count} features, {size / 1e6:0.0} MB on disk, loads in {loadMs:0} ms"
            + (trainSeconds > 0 ? $", trained in {trainSeconds:0.0} s" : string.Empty)
            + $". Classification latency (one thread, encoder included when it ran): p50 {report.P50Microseconds:0} µs, p99 {report.P99Microseconds:0} µs.";
        if (markdown)
        {
            Console.WriteLine("| " + string.Join(" | ", header) + " |");
            Console.WriteLine("|" + string.Concat(header.Select(_ => "---|")));
            foreach (var row in rows)
            {
                Console.WriteLine("| " + string.Join(" | ", row) + " |");
            }

            Console.WriteLine();
            Console.WriteLine(summary);
            return;
        }

        var table = new Table().AddColumns(header);
        foreach (var row in rows)
        {
            table.AddRow(row);
        }

        CliRunner.Out().Write(table);
        Console.WriteLine(summary);
    }
}
