using LocalMesh.Evaluation.Signals;

namespace LocalMesh.Signals.Tests.Evaluation;

/// <summary>
/// NAB's scoring rules on series small enough to score by hand: 200 rows, the first 30 (15%) probationary, one
/// window over rows 100-104 (width 5). Long enough that the null detector's best is to detect nothing (raw -1 per
/// window): detecting every row would cost 70 false positives before the window.
/// </summary>
public sealed class NabScorerTests
{
    private static readonly DateTime T0 = new(2026, 1, 1);

    private static NabSeries Series(double[] scores, params (int Start, int End)[] windows) => new(
        "test/series.csv",
        [.. Enumerable.Range(0, scores.Length).Select(i => T0.AddMinutes(5 * i))],
        scores,
        [.. windows.Select(w => new NabWindow(T0.AddMinutes(5 * w.Start), T0.AddMinutes(5 * w.End)))]);

    private static double[] Zeros(int n) => new double[n];

    [Fact]
    public void ScaledSigmoid_HasNabsPublishedValues()
    {
        Assert.Equal(0.98661, NabScorer.ScaledSigmoid(-1.0), 5);
        Assert.Equal(0.84828, NabScorer.ScaledSigmoid(-0.5), 5);
        Assert.Equal(0.0, NabScorer.ScaledSigmoid(0.0), 12);
        Assert.Equal(-0.98661, NabScorer.ScaledSigmoid(1.0), 5);
        Assert.Equal(-1.0, NabScorer.ScaledSigmoid(3.5));
    }

    [Fact]
    public void ProbationaryLength_Is15Percent_AtMost750()
    {
        Assert.Equal(3, NabScorer.ProbationaryLength(20));
        Assert.Equal(600, NabScorer.ProbationaryLength(4000));
        Assert.Equal(750, NabScorer.ProbationaryLength(22_000));
    }

    [Fact]
    public void DetectionAtTheWindowsLeftEdge_ScoresAFullTruePositive_AndNormalisesTo100()
    {
        var scores = Zeros(200);
        scores[100] = 1;

        var result = NabScorer.Score([Series(scores, (100, 104))], NabProfile.Standard);

        // Row 100 is at position -(104-100+1)/5 = -1: scaledSigmoid(-1) * tpWeight / maxTP = 1.
        Assert.Equal(1.0, result.Raw, 12);
        Assert.Equal(-1.0, result.NullRaw, 12);
        Assert.Equal(100.0, result.Normalized, 9);
        Assert.Equal(1.0, result.Threshold);
    }

    [Fact]
    public void OnlyTheFirstDetectionInAWindowCounts()
    {
        var scores = Zeros(200);
        scores[102] = 0.9; // position -(104-102+1)/5 = -0.6
        scores[103] = 0.8; // later, lower score: adds nothing

        var result = NabScorer.Score([Series(scores, (100, 104))], NabProfile.Standard);

        double expected = NabScorer.ScaledSigmoid(-0.6) / NabScorer.ScaledSigmoid(-1.0);
        Assert.Equal(expected, result.Raw, 12);
        Assert.Equal(0.9, result.Threshold); // 0.8 adds nothing, and of equal scores the optimiser keeps the higher threshold
        Assert.Equal(100 * (expected + 1) / 2, result.Normalized, 9);
    }

    [Fact]
    public void FalsePositive_CostsTheProfilesWeight_ByDistanceFromThePreviousWindow()
    {
        var scores = Zeros(200);
        scores[100] = 1;  // the window's first row: +1
        scores[107] = 1;  // 3 rows past the window's right edge (104): position 3/(5-1) = 0.75
        scores[50] = 0.5; // before any window: -1 x fpWeight; a lower score, so the optimiser may leave it out

        var series = Series(scores, (100, 104));
        var standard = NabScorer.Score([series], NabProfile.Standard);
        var lowFp = NabScorer.Score([series], NabProfile.RewardLowFalsePositives);

        double late = NabScorer.ScaledSigmoid(0.75);
        Assert.Equal(1.0, standard.Threshold);
        Assert.Equal(1 + 0.11 * late, standard.Raw, 12);
        Assert.Equal(1 + 0.22 * late, lowFp.Raw, 12);
        var all = NabScorer.Score([series], NabProfile.Standard, threshold: 0.5);
        Assert.Equal(1 + 0.11 * late - 0.11, all.Raw, 12);
    }

    [Fact]
    public void MissedWindow_CostsTheFnWeight_AndProbationaryRowsAreNotScored()
    {
        var scores = Zeros(200);
        scores[10] = 1; // inside the probationary period (rows 0-29): neither a true nor a false positive

        var standard = NabScorer.Score([Series(scores, (100, 104))], NabProfile.Standard);
        var lowFn = NabScorer.Score([Series(scores, (100, 104))], NabProfile.RewardLowFalseNegatives);

        Assert.Equal(-1.0, standard.Raw, 12);
        Assert.Equal(-2.0, lowFn.Raw, 12);
        Assert.Equal(0.0, standard.Normalized, 12);
        Assert.Equal(0.0, lowFn.Normalized, 12);
    }

    [Fact]
    public void Threshold_IsOptimisedOverTheWholeCorpus()
    {
        // Series A wants a low threshold (its window's detection scores 0.4); series B has a false positive at 0.6.
        var a = Zeros(200);
        a[100] = 0.4;
        var b = Zeros(200);
        b[50] = 0.6;

        var result = NabScorer.Score([Series(a, (100, 104)) with { Name = "t/a.csv" }, Series(b, (100, 104)) with { Name = "t/b.csv" }], NabProfile.Standard);

        // At 0.4 both rows are detections: +1 (A's window), -0.11 (B's false positive), -1 (B's missed window).
        Assert.Equal(0.4, result.Threshold);
        Assert.Equal(1 - 0.11 - 1, result.Raw, 12);
        Assert.Equal(-2.0, result.NullRaw, 12);
        Assert.Equal(100 * (-0.11 + 2) / 4, result.Normalized, 9);
    }
}
