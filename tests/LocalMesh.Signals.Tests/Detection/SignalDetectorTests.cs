using LocalMesh.Signals.Detection;

namespace LocalMesh.Signals.Tests.Detection;

public sealed class SignalDetectorTests
{
    // Two weeks of 5-minute points: long enough for the detector to settle (its surprises reach full weight over ~1,000 points).
    private const int Settled = 4000;

    [Fact]
    public void StepChange_IsReportedAtOnce_AndNotEveryHourAfter()
    {
        var x = GeneratedSeries.Noise(Settled + 1000, seed: 1);
        for (int i = Settled; i < x.Length; i++) x[i] += 8; // a level shift of 8 standard deviations

        var alerts = GeneratedSeries.Alerts(GeneratedSeries.Scores(x), from: 1000);

        Assert.Contains(Settled, alerts); // the first point of the new level
        // The new level is learned by every hour of the day at once: no hour reports it again as its own news
        // (before that fix, each of the next 24 hours did). What may remain is a record of the noise at the new level.
        Assert.True(alerts.Count(i => i > Settled) <= 1, $"alerts after the step: {string.Join(", ", alerts.Where(i => i > Settled))}");
    }

    [Fact]
    public void WhiteNoise_StaysQuiet()
    {
        // Range novelty sees a new record of Gaussian noise now and then; at the default threshold that is about one
        // alert per 4,000 points (docs/signals.md), and a stream that must be quieter lowers its sensitivity.
        int total = 0;
        foreach (var seed in new[] { 2, 3, 4 })
        {
            var scores = GeneratedSeries.Scores(GeneratedSeries.Noise(20_000, seed));
            total += GeneratedSeries.Alerts(scores, from: 1000).Count;
            Assert.DoesNotContain(scores.Skip(1000), s => s >= 0.9);
        }

        Assert.True(total <= 19, $"{total} alerts in 3 x 19,000 points of white noise");
    }

    [Fact]
    public void SlowDailyPattern_IsNotAnAlarm()
    {
        var noise = GeneratedSeries.Noise(20_000, seed: 5, mean: 0, sd: 0.5);
        var x = new double[noise.Length];
        for (int i = 0; i < x.Length; i++)
            x[i] = 50 + 10 * Math.Sin(2 * Math.PI * GeneratedSeries.TimeOf(i).TimeOfDay.TotalHours / 24) + noise[i];

        var alerts = GeneratedSeries.Alerts(GeneratedSeries.Scores(x), from: 2 * 288);

        Assert.True(alerts.Count <= 3, $"{alerts.Count} alerts on a plain daily cycle (20,000 points)");
    }

    [Fact]
    public void SpikeAfterLongQuietPeriod_IsReported_AsTheLoudestPoint()
    {
        var x = GeneratedSeries.Noise(Settled + 200, seed: 6);
        int spike = Settled + 100;
        x[spike] += 15;

        var scores = GeneratedSeries.Scores(x);

        Assert.True(scores[spike] >= 0.9, $"spike score {scores[spike]:0.000}");
        Assert.Equal(spike, Array.IndexOf(scores, scores.Skip(1000).Max()));
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
        Assert.Equal(first.StateBytes, buffer.Length);
        buffer.Position = 0;
        var second = SignalDetector.Load(new BinaryReader(buffer));
        Assert.Equal(first.Week, second.Week);
        Assert.Equal(first.JumpRange, second.JumpRange);
        Assert.Equal(first.Jumps.Total, second.Jumps.Total);

        for (int i = 3000; i < x.Length; i++) Assert.Equal(expected[i], second.Update(x[i], GeneratedSeries.TimeOf(i)));
    }

    [Fact]
    public void NewLevelInsideTheRange_IsReportedOnce_AsARareValue()
    {
        // A stream that sits at two levels (0 or 10, noise 0.1) for two weeks, then at a level between them that it has never had.
        var noise = GeneratedSeries.Noise(Settled + 300, seed: 9, mean: 0, sd: 0.1);
        var x = new double[noise.Length];
        for (int i = 0; i < x.Length; i++) x[i] = (i < Settled ? (i / 12 % 2) * 10 : 5) + noise[i];
        var detector = new SignalDetector();
        var scores = GeneratedSeries.Scores(x, detector);

        var alerts = GeneratedSeries.Alerts(scores, from: 1000);
        Assert.Contains(Settled, alerts);
        Assert.True(alerts.Count(i => i > Settled) <= 1, $"alerts after the new level: {string.Join(", ", alerts.Where(i => i > Settled))}");
    }

    [Fact]
    public void GapInsideTheRange_IsReported_ThoughTheStreamIsOftenNearlyRare()
    {
        // Two levels (0 or 10, noise 0.1) with a spike of 2 to 4 every 50 points: the spikes are nearly rare, so the plain
        // rarity is damped all the time. Then one value at 6.5, in a part of the range the stream has never been in.
        const int Gap = Settled;
        var noise = GeneratedSeries.Noise(Settled + 300, seed: 14, mean: 0, sd: 0.1);
        var x = new double[noise.Length];
        for (int i = 0; i < x.Length; i++) x[i] = (i / 12 % 2) * 10 + noise[i] + (i % 50 == 25 ? 2 + i % 7 * 0.33 : 0);
        x[Gap] = 6.5;

        var detector = new SignalDetector();
        var scores = GeneratedSeries.Scores(x, detector);
        var control = GeneratedSeries.Scores(x, new SignalDetector(new SignalDetectorOptions { GapWeight = 0 }));

        Assert.Equal([Gap], GeneratedSeries.Alerts(scores, from: 1000));
        Assert.True(control[Gap] < 0.5, $"without the ladder the gap scores {control[Gap]:0.000}"); // what the ladder adds
        Assert.Empty(GeneratedSeries.Alerts(control, from: 1000));
    }

    [Fact]
    public void RareValuePastTheLastSpikes_IsNoGap()
    {
        // The series of GapInsideTheRange (two levels, nearly rare spikes that keep the plain rarity damped) with two points
        // at 30 early on: the range reaches 30, but a value of 20 is past everything but those two, in the sparse tail of
        // the stream's spikes rather than between parts of the range it has been in.
        var noise = GeneratedSeries.Noise(Settled + 300, seed: 14, mean: 0, sd: 0.1);
        var x = new double[noise.Length];
        for (int i = 0; i < x.Length; i++) x[i] = (i / 12 % 2) * 10 + noise[i] + (i % 50 == 25 ? 2 + i % 7 * 0.33 : 0);
        x[500] = x[501] = 30;
        x[Settled] = 20;

        var scores = GeneratedSeries.Scores(x);
        var control = GeneratedSeries.Scores(x, new SignalDetector(new SignalDetectorOptions { GapSides = 0 }));

        Assert.True(control[Settled] >= 0.5, $"with no share required on each side the tail value scores {control[Settled]:0.000}");
        Assert.True(scores[Settled] < 0.5, $"the tail value scores {scores[Settled]:0.000}");
    }

    [Fact]
    public void NearAlert_StartsTheRecovery_AsAnAlertDoes()
    {
        // Noise with spikes of growing height every 300 points: some score just under ½, the node's alert threshold.
        var x = GeneratedSeries.Noise(Settled + 12_000, seed: 15);
        for (int k = 0; k < 40; k++) x[Settled + 300 * k] += 3 + 0.25 * k;
        double near = SignalDetector.ToScore(SignalDetector.AlertSurprise * SignalDetectorOptions.Default.NearAlert);

        foreach (var options in new[] { SignalDetectorOptions.Default, SignalDetectorOptions.Default with { NearAlert = 1 } })
        {
            var detector = new SignalDetector(options);
            int nearAlerts = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double score = detector.Update(x[i], GeneratedSeries.TimeOf(i));
                if (score < near || score >= 0.5) continue;
                nearAlerts++;
                // Default: the near-alert is counted as an alert; with NearAlert = 1 only an alert (≥ ½) is.
                Assert.Equal(options.NearAlert < 1, detector.LastAlert == detector.Points);
            }

            Assert.True(nearAlerts > 0, "no score fell between the near-alert and the alert threshold");
        }
    }

    [Fact]
    public void RestartedFromAVersion1State_LoadsWithAnEmptyHistogram_AndKeepsItsRanges()
    {
        var x = GeneratedSeries.Noise(3000, seed: 10);
        var detector = new SignalDetector();
        for (int i = 0; i < 2000; i++) detector.Update(x[i], GeneratedSeries.TimeOf(i));
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) detector.Save(writer);
        // A version-1 state is the same bytes without the histogram (and what versions 3 and 4 added after it) at the end.
        var v1 = buffer.ToArray()[..(int)(buffer.Length - RarityLadder.StateBytes - Version3Tail(detector) - 8 - detector.Density.StateBytes)];
        v1[0] = 1;

        var loaded = SignalDetector.Load(new BinaryReader(new MemoryStream(v1)));

        Assert.Equal(detector.Points, loaded.Points);
        Assert.Equal(detector.Value.Max, loaded.Value.Max);
        Assert.Equal(0, loaded.Density.Total);
        loaded.Update(x[2000], GeneratedSeries.TimeOf(2000));
        Assert.Equal(1, loaded.Density.Total);
    }

    [Fact]
    public void RestartedFromAVersion2State_LoadsWithNoWeekOrJumpHistory_AndKeepsTheRest()
    {
        var x = GeneratedSeries.Noise(3000, seed: 12);
        var detector = new SignalDetector();
        for (int i = 0; i < 2000; i++) detector.Update(x[i], GeneratedSeries.TimeOf(i));
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) detector.Save(writer);
        // A version-2 state is the same bytes without the jump histogram, the hour-of-week ranges and the rarity ladder at the end.
        var v2 = buffer.ToArray()[..(int)(buffer.Length - RarityLadder.StateBytes - Version3Tail(detector))];
        v2[0] = 2;

        var loaded = SignalDetector.Load(new BinaryReader(new MemoryStream(v2)));

        Assert.Equal(detector.Points, loaded.Points);
        Assert.Equal(detector.Density.Total, loaded.Density.Total);
        Assert.True(detector.Jumps.Total > 0 && detector.Week.Any(w => w.Count > 0));
        Assert.Equal(0, loaded.Jumps.Total);
        Assert.All(loaded.Week, w => Assert.Equal(0, w.Count));
        loaded.Update(x[2000], GeneratedSeries.TimeOf(2000));
        Assert.Equal(1, loaded.Week.Sum(w => w.Count));
    }

    [Fact]
    public void RestartedFromAVersion3State_LoadsWithAnEmptyLadder_AndKeepsTheRest()
    {
        // The gap series of GapInsideTheRange: its ladder has rungs marked by the nearly rare spikes.
        var noise = GeneratedSeries.Noise(3000, seed: 14, mean: 0, sd: 0.1);
        var x = new double[noise.Length];
        for (int i = 0; i < x.Length; i++) x[i] = (i / 12 % 2) * 10 + noise[i] + (i % 50 == 25 ? 2 + i % 7 * 0.33 : 0);
        var detector = new SignalDetector();
        for (int i = 0; i < 2000; i++) detector.Update(x[i], GeneratedSeries.TimeOf(i));
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) detector.Save(writer);
        // A version-3 state is the same bytes without the rarity ladder at the end.
        var v3 = buffer.ToArray()[..(int)(buffer.Length - RarityLadder.StateBytes)];
        v3[0] = 3;

        var loaded = SignalDetector.Load(new BinaryReader(new MemoryStream(v3)));

        Assert.Equal(detector.Points, loaded.Points);
        Assert.Equal(detector.Jumps.Total, loaded.Jumps.Total);
        Assert.Equal(detector.Week, loaded.Week);
        Assert.NotEqual(0, detector.Gaps.LastNear(0, SignalDetectorOptions.Default.DensityNear));
        Assert.Equal(0, loaded.Gaps.LastNear(0, SignalDetectorOptions.Default.DensityNear));
    }

    [Fact]
    public void BrokenWeeklyPattern_IsReported_AsTheHourOfTheWeek()
    {
        // Weekdays at 50, weekends at 30 (noise 1), for five weeks; then a Wednesday that looks like a Sunday (a holiday).
        // Every value of that day is usual for its hour of the day and for the stream; only the week has never seen it.
        const int Day = 288, Holiday = 37 * Day; // GeneratedSeries starts on a Monday: day 37 is the sixth Wednesday
        double[] Series(bool holiday)
        {
            var x = GeneratedSeries.Noise(38 * Day, seed: 13);
            for (int i = 0; i < x.Length; i++)
                if (i / Day % 7 >= 5 || (holiday && i / Day == 37)) x[i] -= 20;
            return x;
        }

        var detector = new SignalDetector();
        var features = new List<SignalFeature>();
        var scores = Series(holiday: true).Select((v, i) =>
        {
            double s = detector.Update(v, GeneratedSeries.TimeOf(i));
            if (s >= 0.5 && i >= Holiday) features.Add(detector.Last.Feature);
            return s;
        }).ToArray();
        var control = GeneratedSeries.Scores(Series(holiday: false));

        Assert.Contains(SignalFeature.HourOfWeek, features);
        Assert.DoesNotContain(control.Skip(Holiday), s => s >= 0.5);
        Assert.True(GeneratedSeries.Alerts(scores, from: Holiday).Count <= 3, $"alerts on the holiday: {string.Join(", ", GeneratedSeries.Alerts(scores, from: Holiday))}");

        // A restart in the middle of the holiday keeps the once-a-day rule: the rest of the day is not told again.
        var x = Series(holiday: true);
        var before = new SignalDetector();
        int restart = GeneratedSeries.Alerts(scores, from: Holiday)[0] + 12;
        for (int i = 0; i < restart; i++) before.Update(x[i], GeneratedSeries.TimeOf(i));
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) before.Save(writer);
        buffer.Position = 0;
        var after = SignalDetector.Load(new BinaryReader(buffer));
        for (int i = restart; i < x.Length; i++) Assert.Equal(scores[i], after.Update(x[i], GeneratedSeries.TimeOf(i)));
    }

    /// <summary>Bytes version 3 of the state added at its end: the last near-rare jump and hour-of-week alert, the jumps' range and histogram, the hour-of-week ranges.</summary>
    private static int Version3Tail(SignalDetector d) => 16 + RangeNovelty.Bytes + d.Jumps.StateBytes + SignalDetector.WeekBins * RangeNovelty.Bytes;

    [Fact]
    public void SavedAndLoaded_RightAfterARareValue_ContinuesExactly()
    {
        // Two levels, then single points between them: the rarity's weight depends on when the last near-rare point was.
        var noise = GeneratedSeries.Noise(Settled + 400, seed: 11, mean: 0, sd: 0.1);
        var x = new double[noise.Length];
        for (int i = 0; i < x.Length; i++) x[i] = (i / 12 % 2) * 10 + noise[i] + (i > Settled && i % 50 == 0 ? 3 + i % 7 * 0.5 : 0);
        var expected = GeneratedSeries.Scores(x);
        Assert.Contains(expected.Skip(Settled), s => s > 0);

        var first = new SignalDetector();
        for (int i = 0; i <= Settled + 50; i++) first.Update(x[i], GeneratedSeries.TimeOf(i));
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) first.Save(writer);
        buffer.Position = 0;
        var second = SignalDetector.Load(new BinaryReader(buffer));

        for (int i = Settled + 51; i < x.Length; i++) Assert.Equal(expected[i], second.Update(x[i], GeneratedSeries.TimeOf(i)));
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
