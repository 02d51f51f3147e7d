using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using LocalMesh.Signals.Detection;
using LocalMesh.Evaluation.Signals;

namespace LocalMesh.Cli.Commands;

/// <summary>
/// <c>localmesh bench nab --data DIR --out DIR</c>: runs the signal detector over NAB's 58 series as streams, writes NAB's
/// results format and prints the NAB score for the three profiles, computed with NAB's published scoring rules.
/// </summary>
internal static class NabBenchCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "A NAB folder (data/, labels/combined_windows.json), e.g. ../shared/data/nab.", Required = true };
        var output = new Option<string?>("--out") { Description = $"Write results in NAB's format to DIR/{NabBenchmark.DetectorName}/<category>/{NabBenchmark.DetectorName}_<file>.csv." };
        var score = new Option<string?>("--score") { Description = "Score another detector's NAB results instead (DIR/<detector>/...): give DIR/<detector>." };
        var halves = new Option<bool>("--halves") { Description = "Also print each profile's score on the even-indexed files (half A, 29 series in sorted order) and on the odd ones (half B), each with its own threshold: tune on one half, check on the other." };
        var command = new Command("nab", "Run the signal detector over the Numenta Anomaly Benchmark and print its NAB scores (standard, reward_low_FP_rate, reward_low_FN_rate).") { data, output, score, halves };
        command.SetAction((parse, ct) => CliRunner.RunAsync(() =>
        {
            IReadOnlyList<NabDataFile> corpus;
            try
            {
                corpus = NabCorpus.Load(parse.GetValue(data)!);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                throw new CliException(ex.Message, 2);
            }

            IReadOnlyList<NabSeries> series;
            string detector = NabBenchmark.DetectorName;
            var clock = Stopwatch.StartNew();
            if (parse.GetValue(score) is { } scored)
            {
                var full = Path.GetFullPath(scored.TrimEnd('/', '\\'));
                detector = Path.GetFileName(full);
                try
                {
                    series = [.. corpus.Select(f => new NabSeries(f.Name, f.Timestamps, NabResults.Read(Path.GetDirectoryName(full)!, detector, f), f.Windows))];
                }
                catch (InvalidDataException ex)
                {
                    throw new CliException(ex.Message, 2);
                }
            }
            else
            {
                series = NabBenchmark.Detect(corpus, SignalDetectorOptions.Default);
                long points = corpus.Sum(f => (long)f.Values.Length);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Detected {corpus.Count} series, {points:N0} points in {clock.Elapsed.TotalSeconds:0.00} s (all cores)."));
                if (parse.GetValue(output) is { } outDir)
                {
                    for (int i = 0; i < corpus.Count; i++) NabResults.Write(outDir, detector, corpus[i], series[i].Scores);
                    Console.WriteLine($"Results in NAB's format: {Path.Combine(outDir, detector)}");
                }
            }

            Console.WriteLine();
            Console.WriteLine($"| profile | NAB score ({detector}) | threshold | raw | null raw | perfect raw | windows found |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var result in NabBenchmark.Score(series))
            {
                int windows = corpus.Sum(f => f.Windows.Count);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {result.Profile.Name} | {result.Normalized:0.00} | {result.Threshold:0.######} | {result.Raw:0.000} | {result.NullRaw:0.###} | {result.PerfectRaw:0.###} | {NabBenchmark.WindowsFound(series, result.Threshold)}/{windows} |"));
            }

            if (parse.GetValue(halves))
            {
                // The halves of docs/signals.md: files in sorted order, even indexes are A, odd ones B.
                var a = series.Where((_, i) => i % 2 == 0).ToList();
                var b = series.Where((_, i) => i % 2 == 1).ToList();
                Console.WriteLine();
                Console.WriteLine("| profile | half A (even files) | half B (odd files) |");
                Console.WriteLine("|---|---:|---:|");
                foreach (var profile in NabProfile.All)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {profile.Name} | {NabScorer.Score(a, profile).Normalized:0.00} | {NabScorer.Score(b, profile).Normalized:0.00} |"));
            }

            return Task.FromResult(0);
        }));
        return command;
    }
}
