using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LocalMesh.Privacy.Detection;
using LocalMesh.Privacy.Tests;

namespace LocalMesh.Bench;

/// <summary>
/// Scanning speed on 1 KB texts (clean prose, prose with planted secrets, prose with people and places), with the
/// pattern detectors alone and with the entity tagger too, one thread, against one e-mail regex
/// over the same text as the baseline measured in the same run.
/// </summary>
internal static partial class PrivacyBench
{
    /// <param name="seconds">Measured seconds per cell.</param>
    /// <param name="warmup">Warm-up seconds per cell.</param>
    /// <param name="beforeTagger">A tagger file saved by an earlier version (e.g. main's <c>tagger-{hash}.bin</c>), measured in the same run for a before/after.</param>
    public static int Run(double seconds, double warmup, string? beforeTagger = null)
    {
        var patterns = new PrivacyScanner([new DeclaredSecretsDetector(PlantedSecrets.Declared), .. BuiltInDetectors.All]);
        var tagger = Testing.TestTaggers.BuiltInAsync().GetAwaiter().GetResult();
        var full = new PrivacyScanner([.. patterns.Detectors, tagger]);
        var before = beforeTagger is null ? null : new PrivacyScanner([.. patterns.Detectors, LocalMesh.Privacy.Tagging.EntityTagger.Load(beforeTagger)]);

        // The scan with and without the detectors issue 20's third round added (identity numbers by format, name and
        // place cues, field values), and those alone, measured in the same run: what they cost.
        var withoutAdded = new PrivacyScanner([.. full.Detectors.Where(d => d is not (IdentityNumberDetector or NameCueDetector or PlaceCueDetector or FieldValueDetector))]);
        var addedAlone = new PrivacyScanner([.. full.Detectors.Where(d => d is IdentityNumberDetector or NameCueDetector or PlaceCueDetector or FieldValueDetector)]);
        var prose = "The quarterly review covers the new onboarding flow, the support backlog and the migration plan. "
            + "Teams agreed to ship the dashboard in two phases and to keep the old reports until March. ";
        string Kb(string filler) => new StringBuilder().Insert(0, filler, 1 + (1024 / filler.Length)).ToString()[..1024];
        var clean = Kb(prose);
        var planted = Kb(prose + string.Join(" ", PlantedSecrets.All.Take(6).Select(p => PlantedSecrets.InContext(p.Type, p.Value))) + " ");
        var people = Kb("Maria Gonzalez from Contoso Ltd will visit our Berlin office on Tuesday; send the contract to "
            + "her assistant John Miller at 42 Harbour Road, Portsmouth. " + prose);

        Console.WriteLine($"LocalMesh privacy scan — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, 1 KB texts, one thread");
        Console.WriteLine();
        Console.WriteLine("| text | baseline: one e-mail regex p99 µs | patterns p50 µs | patterns p99 µs | with tagger p50 µs | with tagger p99 µs | ratio (p99, with tagger) | entities | with tagger, without ids/cues/fields p50 µs | … p99 µs | ids/cues/fields alone p50 µs | … p99 µs |"
            + (before is null ? "" : " before: with tagger p50 µs | before: with tagger p99 µs | before: entities |"));
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + (before is null ? "" : "---:|---:|---:|"));
        foreach (var (name, text) in new[] { ("clean prose", clean), ("with planted secrets", planted), ("with people and places", people) })
        {
            var baseline = Latency.Measure(() => Email().Count(text), seconds, warmup);
            var scan = Latency.Measure(() => patterns.Scan(text), seconds, warmup);
            var tagged = Latency.Measure(() => full.Scan(text), seconds, warmup);
            var lean = Latency.Measure(() => withoutAdded.Scan(text), seconds, warmup);
            var added = Latency.Measure(() => addedAlone.Scan(text), seconds, warmup);
            (double P50, double P99)? old = before is null ? null : Latency.Measure(() => before.Scan(text), seconds, warmup);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {baseline.P99:0.0} | {scan.P50:0.0} | {scan.P99:0.0} | {tagged.P50:0.0} | {tagged.P99:0.0} | {tagged.P99 / baseline.P99:0.0} | {full.Scan(text).Count} | {lean.P50:0.0} | {lean.P99:0.0} | {added.P50:0.0} | {added.P99:0.0} |")
                + (before is null ? "" : string.Create(CultureInfo.InvariantCulture, $" {old!.Value.P50:0.0} | {old.Value.P99:0.0} | {before.Scan(text).Count} |")));
        }

        return 0;
    }

    [GeneratedRegex(@"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")]
    private static partial Regex Email();
}
