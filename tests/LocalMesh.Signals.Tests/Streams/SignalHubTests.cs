using System.Collections.Concurrent;
using LocalMesh.Signals.Detection;
using LocalMesh.Signals.Storage;
using LocalMesh.Signals.Streams;

namespace LocalMesh.Signals.Tests.Streams;

public sealed class SignalHubTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    private sealed class RecordingSink : ISignalAlertSink
    {
        public ConcurrentQueue<SignalAlert> Alerts { get; } = new();

        public void Publish(SignalAlert alert, StreamSettings settings) => Alerts.Enqueue(alert);
    }

    private static List<SignalPoint> Points(double[] values, int from = 0, int? count = null) =>
        [.. Enumerable.Range(from, count ?? values.Length - from).Select(i => new SignalPoint(T0 + i * GeneratedSeries.Step, values[i]))];

    private static SignalStore NewStore() => new(Testing.TempDirectories.Create("localmesh-signals-"));

    [Fact]
    public void StepChange_InAStream_RaisesOneAlert_WithItsContext()
    {
        var values = GeneratedSeries.Noise(5000, seed: 11);
        for (int i = 4000; i < values.Length; i++) values[i] += 8;
        var sink = new RecordingSink();
        var hub = new SignalHub(new SignalsOptions(), NewStore(), [sink]);

        hub.Ingest("pump-1.pressure", Points(values, 0, 3900));
        var result = hub.Ingest("pump-1.pressure", Points(values, 3900, 200));

        var alert = Assert.Single(result.Alerts);
        Assert.Equal(T0 + 4000 * GeneratedSeries.Step, alert.Timestamp);
        Assert.Equal(values[4000], alert.Value);
        Assert.True(alert.Score >= 0.5);
        Assert.Equal(new SignalsOptions().ContextPoints - 1, alert.Context.Count);
        Assert.Equal(values[3999], alert.Context[^1].Value);
        Assert.Contains(alert, sink.Alerts);
        Assert.Equal(sink.Alerts.Count, hub.Find("pump-1.pressure")!.State.Alerts);
    }

    [Fact]
    public void MinimumGap_HoldsBackAlertsTooSoonAfterTheLast()
    {
        var values = GeneratedSeries.Noise(3000, seed: 12);
        values[2000] += 30;
        values[2100] += 100; // a second, larger spike 8 h 20 min later
        var loud = new SignalHub(new SignalsOptions(), null, []);
        var gapped = new SignalHub(new SignalsOptions(), null, []);
        loud.Configure("s", new StreamSettings { MinGapSeconds = 0 });
        gapped.Configure("s", new StreamSettings { MinGapSeconds = 12 * 3600 });

        var all = loud.Ingest("s", Points(values)).Alerts.Where(a => a.Timestamp >= T0 + 1900 * GeneratedSeries.Step).ToList();
        var held = gapped.Ingest("s", Points(values)).Alerts.Where(a => a.Timestamp >= T0 + 1900 * GeneratedSeries.Step).ToList();

        Assert.Equal(2, all.Count);
        Assert.Equal(T0 + 2000 * GeneratedSeries.Step, Assert.Single(held).Timestamp);
    }

    [Fact]
    public void Sensitivity_ScalesTheSurprise()
    {
        var values = GeneratedSeries.Noise(3000, seed: 13);
        values[2500] += 10; // an excursion past the range seen so far
        var hub = new SignalHub(new SignalsOptions(), null, []);
        hub.Configure("quiet", new StreamSettings { Sensitivity = 0.05 });
        hub.Configure("keen", new StreamSettings { Sensitivity = 20 });

        var quiet = hub.Ingest("quiet", Points(values), returnScores: true).Scores!;
        var keen = hub.Ingest("keen", Points(values), returnScores: true).Scores!;

        Assert.True(keen[2500] > quiet[2500]);
        Assert.Equal(SignalDetector.ToScore(20 * Surprise(quiet[2500]) / 0.05), keen[2500], 9);
    }

    private static double Surprise(double score) => SignalDetector.AlertSurprise * score / (1 - score);

    public static TheoryData<string, string> BadBatches => new()
    {
        { "nan", "invalid_value" },
        { "infinity", "invalid_value" },
        { "out_of_order", "out_of_order" },
        { "duplicate", "duplicate_timestamp" },
        { "before_stored", "out_of_order" },
        { "same_as_stored", "duplicate_timestamp" },
        { "empty", "empty_batch" },
        { "too_large", "batch_too_large" },
    };

    [Theory]
    [MemberData(nameof(BadBatches))]
    public void BadBatch_IsRefusedWhole_AndNothingOfItIsStored(string kind, string code)
    {
        var store = NewStore();
        var values = GeneratedSeries.Noise(2000, seed: 14);
        var hub = new SignalHub(new SignalsOptions { MaxPointsPerBatch = 1000 }, store, []);
        hub.Ingest("s", Points(values, 0, 500));
        var before = hub.Find("s")!.State;

        var batch = Points(values, 500, 600);
        switch (kind)
        {
            case "nan": batch[300] = batch[300] with { Value = double.NaN }; break;
            case "infinity": batch[599] = batch[599] with { Value = double.PositiveInfinity }; break;
            case "out_of_order": (batch[300], batch[301]) = (batch[301], batch[300]); break;
            case "duplicate": batch[301] = batch[301] with { Timestamp = batch[300].Timestamp }; break;
            case "before_stored": batch[0] = batch[0] with { Timestamp = T0 }; break;
            case "same_as_stored": batch = [.. Points(values, 499, 10)]; break;
            case "empty": batch = []; break;
            case "too_large": batch = Points(values, 500, 1001); break;
        }

        var error = Assert.Throws<SignalInputException>(() => hub.Ingest("s", batch));

        Assert.Equal(code, error.Code);
        Assert.Same(before, hub.Find("s")!.State);
        Assert.Equal(500, new SignalHub(new SignalsOptions(), store, []).Find("s")!.State.Points);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("-leading-dash")]
    [InlineData("slash/inside")]
    public void InvalidStreamName_IsRefused(string name)
    {
        var hub = new SignalHub(new SignalsOptions(), null, []);
        Assert.Equal("invalid_stream", Assert.Throws<SignalInputException>(() => hub.Ingest(name, [new SignalPoint(T0, 1)])).Code);
        Assert.Empty(hub.Streams);
    }

    [Theory]
    [InlineData(0.0, 0, 30)]
    [InlineData(1, -1, 30)]
    [InlineData(1, 0, double.NaN)]
    public void InvalidSettings_AreRefused(double sensitivity, double gap, double retention)
    {
        var hub = new SignalHub(new SignalsOptions(), null, []);
        var settings = new StreamSettings { Sensitivity = sensitivity, MinGapSeconds = gap, RetentionDays = retention };
        Assert.Equal("invalid_settings", Assert.Throws<SignalInputException>(() => hub.Configure("s", settings)).Code);
    }

    [Fact]
    public void RestartedHub_ContinuesEveryStream_ExactlyAsIfItHadNotStopped()
    {
        var values = GeneratedSeries.Noise(6000, seed: 15);
        for (int i = 5000; i < values.Length; i++) values[i] += 6;
        var reference = new SignalHub(new SignalsOptions(), null, []).Ingest("s", Points(values), returnScores: true).Scores!;

        var store = NewStore();
        var first = new SignalHub(new SignalsOptions(), store, []);
        first.Configure("s", new StreamSettings { Domain = "medical", MinGapSeconds = 60 });
        first.Ingest("s", Points(values, 0, 3000));

        var second = new SignalHub(new SignalsOptions(), store, []);
        var stream = second.Find("s")!;
        Assert.Equal(3000, stream.State.Points);
        Assert.Equal("medical", stream.Settings.Domain);
        Assert.Equal(T0 + 2999 * GeneratedSeries.Step, stream.State.LastTimestamp);
        Assert.Equal(values[2999], stream.State.Recent()[^1].Value);
        var rest = second.Ingest("s", Points(values, 3000), returnScores: true).Scores!;

        Assert.Equal(reference.Skip(3000), rest);
        Assert.NotEmpty(second.Alerts("s", 10));
    }

    [Fact]
    public void ThousandConcurrentStreams_EachGetExactlyItsOwnPoints()
    {
        const int streams = 1000, batches = 4, perBatch = 250;
        var store = NewStore();
        var hub = new SignalHub(new SignalsOptions(), store, []);
        var series = Enumerable.Range(0, streams).Select(s => GeneratedSeries.Noise(batches * perBatch, seed: 1000 + s, mean: s)).ToArray();
        var scores = new double[streams][];
        for (int s = 0; s < streams; s++) scores[s] = new double[batches * perBatch];

        // Every stream's batches are sent in order, from many threads at once, interleaved with the other streams'.
        Parallel.For(0, streams, new ParallelOptions { MaxDegreeOfParallelism = 16 }, s =>
        {
            for (int b = 0; b < batches; b++)
            {
                var result = hub.Ingest($"sensor-{s}", Points(series[s], b * perBatch, perBatch), returnScores: true);
                result.Scores!.ToArray().CopyTo(scores[s], b * perBatch);
            }
        });

        Assert.Equal(streams, hub.Streams.Count);
        var reloaded = new SignalHub(new SignalsOptions(), store, []);
        foreach (var s in new[] { 0, 1, 499, 998, 999 })
        {
            Assert.Equal(GeneratedSeries.Scores(series[s]), scores[s]);
            Assert.Equal(batches * perBatch, reloaded.Find($"sensor-{s}")!.State.Points);
        }
    }
}
