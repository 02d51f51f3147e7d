using LocalMesh.Signals.Detection;

namespace LocalMesh.Signals.Tests.Detection;

public sealed class SignalDetectorTests
{
    // Two weeks of 5-minute points: long enough for the detector to settle (its surprises reach full weight over ~1,000 points).
    private const int Settled = 4000;

    [Fact]
    public void StepChange_IsReportedOnce_AndQuickly()
    {
        var x = GeneratedSeries.Noise(Settled + 1000, seed: 1);
        for (int i = Settled; i < x.Length; i++) x[i] += 8; // a level shift of 8 standard deviations

        var alerts = GeneratedSeries.Alerts(GeneratedSeries.Scores(x), from: 1000);

        var alert = Assert.Single(alerts.Where(i => i >= Settled - 10));
        Assert.InRange(alert - Settled, 0, 5);
        Assert.DoesNotContain(alerts, i => i < Settled);
    }

    [Fact]
    public void WhiteNoise_StaysQuiet()
    {
        foreach (var seed in new[] { 2, 3, 4 })
        {
            var alerts = GeneratedSeries.Alerts(GeneratedSeries.Scores(GeneratedSeries.Noise(20_000, seed)), from: 1000);
            Assert.True(alerts.Count <= 2, $"seed {seed}: {alerts.Count} alerts in 19,000 points of white noise");
        }
    }

    [Fact]
    public void SlowDailyPattern_IsNotAnAlarm()
    {
        var noise = GeneratedSeries.Noise(20_000, seed: 5, mean: 0, sd: 0.5);
        var x = new double[noise.Length];
        for (int i = 0; i < x.Length; i++)
            x[i] = 50 + 10 * Math.Sin(2 * Math.PI * GeneratedSeries.TimeOf(i).TimeOfDay.TotalHours / 24) + noise[i];

        var alerts = GeneratedSeries.Alerts(GeneratedSeries.Scores(x), from: 2 * 288);

        Assert.True(alerts.Count <= 2, $"{alerts.Count} alerts on a plain daily cycle");
    }

    [Fact]
    public void SpikeAfterLongQuietPeriod_IsReported()
    {
        var x = GeneratedSeries.Noise(Settled + 200, seed: 6);
        int spike = Settled + 100;
        x[spike] += 15;

        var alerts = GeneratedSeries.Alerts(GeneratedSeries.Scores(x), from: 1000);

        Assert.Contains(spike, alerts);
        Assert.DoesNotContain(alerts, i => i < spike);
    }

    [Fact]
    public void SavedAndLoadedState_ContinuesExactlyAsAnUninterruptedDetector()
    {
        var x = GeneratedSeries.Noise(6000, seed: 7);
        for (int i = 5000; i < x.Length; i++) x[i] += 5;
        var expected = GeneratedSeries.Scores(x);

        var first = new SignalDetector();
        for (int i = 0; i < 3000; i++) first.Update(x[i], GeneratedSeries.TimeOf(i));
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) first.Save(writer);
        Assert.Equal(SignalDetector.StateBytes, buffer.Length);
        buffer.Position = 0;
        var second = SignalDetector.Load(new BinaryReader(buffer));

        for (int i = 3000; i < x.Length; i++) Assert.Equal(expected[i], second.Update(x[i], GeneratedSeries.TimeOf(i)));
    }

    [Fact]
    public void Clone_LeavesTheOriginalUntouched()
    {
        var x = GeneratedSeries.Noise(3000, seed: 8);
        var original = new SignalDetector();
        for (int i = 0; i < 2000; i++) original.Update(x[i], GeneratedSeries.TimeOf(i));
        var copy = original.Clone();
        for (int i = 2000; i < 3000; i++) copy.Update(x[i] * 3, GeneratedSeries.TimeOf(i));

        var reference = new SignalDetector();
        for (int i = 0; i < 2000; i++) reference.Update(x[i], GeneratedSeries.TimeOf(i));
        for (int i = 2000; i < 3000; i++) Assert.Equal(reference.Update(x[i], GeneratedSeries.TimeOf(i)), original.Update(x[i], GeneratedSeries.TimeOf(i)));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NonFiniteValue_IsRefused_AndNotLearned(double value)
    {
        var detector = new SignalDetector();
        detector.Update(1, GeneratedSeries.TimeOf(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => detector.Update(value, GeneratedSeries.TimeOf(1)));
        Assert.Equal(1, detector.Points);
    }

    [Fact]
    public void ScoreOfHalf_IsTheAlertSurprise()
    {
        Assert.Equal(0.5, SignalDetector.ToScore(SignalDetector.AlertSurprise), 12);
        Assert.Equal(0, SignalDetector.ToScore(0));
        Assert.True(SignalDetector.ToScore(SignalDetector.MaxSurprise) < 1);
    }
}
