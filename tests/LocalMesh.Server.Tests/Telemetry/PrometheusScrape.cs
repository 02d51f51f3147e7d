using System.Globalization;
using System.Text.RegularExpressions;

namespace LocalMesh.Server.Tests.Telemetry;

/// <summary>
/// Samples read from a node's <c>GET /metrics</c> (Prometheus text format). Several nodes may run in one test process
/// and every meter named <c>LocalMesh</c> is exported by each of them, so tests look samples up by labels only their
/// own node has (a backend name of their own), not by metric name alone.
/// </summary>
internal sealed partial class PrometheusScrape(IReadOnlyList<PrometheusScrape.Sample> samples)
{
    /// <summary>One sample line: metric name, labels and value.</summary>
    internal sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    /// <summary>Every sample of the scrape.</summary>
    public IReadOnlyList<Sample> Samples { get; } = samples;

    /// <summary>Samples of <paramref name="name"/> carrying every label in <paramref name="labels"/> (others may be present).</summary>
    public IEnumerable<Sample> Find(string name, params (string Key, string Value)[] labels) =>
        Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value));

    /// <summary>Scrapes <paramref name="node"/> until <paramref name="until"/> holds (or 20 s have passed: the caller then asserts on the last scrape).</summary>
    public static async Task<PrometheusScrape> UntilAsync(TestNode node, Func<PrometheusScrape, bool> until)
    {
        // Counters are recorded as a request ends, which may be just after its response reached the client; and the
        // exporter may answer from a scrape it cached a moment ago. So scrape again until the expected sample is there.
        PrometheusScrape scrape;
        for (var attempt = 0; ; attempt++)
        {
            scrape = Parse(await node.Http.GetStringAsync("/metrics", TestContext.Current.CancellationToken));
            if (until(scrape) || attempt >= 100)
            {
                return scrape;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Parses Prometheus text.</summary>
    public static PrometheusScrape Parse(string text)
    {
        var samples = new List<Sample>();
        foreach (var line in text.Split('\n'))
        {
            var match = SampleLine().Match(line.TrimEnd('\r'));
            if (!match.Success)
            {
                continue;
            }

            var labels = LabelPair().Matches(match.Groups["labels"].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            if (double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                samples.Add(new Sample(match.Groups["name"].Value, labels, value));
            }
        }

        return new PrometheusScrape(samples);
    }

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>\S+)( \d+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}
