using LocalMesh.Signals.Detection;

namespace LocalMesh.Signals.Tests.Detection;

public sealed class ValueDensityTests
{
    [Fact]
    public void EmptyBinInsideTheRange_IsRare_AndAFullOneIsNot()
    {
        var density = new ValueDensity(bins: 8, recentHorizon: 0);
        for (int i = 0; i < 1000; i++) density.Learn(i % 2 == 0 ? 0 : 8, lo: 0, hi: 8); // two levels, nothing between

        Assert.True(density.Rarity(4, prior: 1) > 2.5, $"rarity between the levels {density.Rarity(4, 1):0.00}");
        Assert.True(density.Rarity(0, prior: 1) < 0, "a level the stream sits at half the time is not rare");
        Assert.Equal(0, density.Rarity(9, prior: 1)); // outside the range: the range's own novelty speaks there
    }

    [Fact]
    public void LesserSide_IsTheShareOnTheThinnerSide()
    {
        var density = new ValueDensity(bins: 8, recentHorizon: 0);
        for (int i = 0; i < 90; i++) density.Learn(0.5, lo: 0, hi: 8);
        for (int i = 0; i < 10; i++) density.Learn(7.5, lo: 0, hi: 8);

        Assert.Equal(0.1, density.LesserSide(4), 12); // 90 below, 10 above
        Assert.Equal(0, density.LesserSide(0.5));     // nothing below the first bin
        Assert.Equal(0, density.LesserSide(7.9));     // nor above the last
    }

    [Fact]
    public void ValueOutsideTheRange_DoublesIt_KeepingTheCounts()
    {
        var density = new ValueDensity(bins: 4, recentHorizon: 0);
        for (int i = 0; i < 100; i++) density.Learn(0.5, lo: 0, hi: 4);
        density.Learn(7, lo: 0, hi: 4); // [0, 4] → [0, 8]: bins of width 2

        Assert.Equal(101, density.Total);
        Assert.True(density.Rarity(0.5, prior: 0) < 0);
        Assert.True(density.Rarity(5, prior: 1) > 1);
        density.Learn(-5, lo: 0, hi: 8); // [0, 8] → [-8, 8]
        Assert.True(density.Rarity(0.5, prior: 0) < 0);
        Assert.True(density.Rarity(-4, prior: 1) > 1);
    }

    [Fact]
    public void RecentVisits_MakeANewLevelCommon_Quickly()
    {
        var density = new ValueDensity(bins: 8, recentHorizon: 50);
        for (int i = 0; i < 2000; i++) density.Learn(1, lo: 0, hi: 8);
        double first = density.Rarity(6, prior: 1);
        for (int i = 0; i < 10; i++) density.Learn(6, lo: 0, hi: 8);

        Assert.True(first > 2, $"a new level is rare at first ({first:0.00})");
        Assert.True(density.Rarity(6, prior: 1) < 1, $"after 10 recent visits it is not ({density.Rarity(6, 1):0.00})");
    }

    [Fact]
    public void SavedAndLoaded_IsTheSame_AndAnotherSizeStartsFresh()
    {
        var density = new ValueDensity(bins: 8, recentHorizon: 50);
        for (int i = 0; i < 500; i++) density.Learn(i % 7, lo: 0, hi: 6);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) density.Save(writer);
        Assert.Equal(density.StateBytes, buffer.Length);

        buffer.Position = 0;
        var loaded = ValueDensity.Load(new BinaryReader(buffer), bins: 8, recentHorizon: 50);
        for (double x = 0; x <= 6; x += 0.25) Assert.Equal(density.Rarity(x, 1), loaded.Rarity(x, 1));

        buffer.Position = 0;
        Assert.Equal(0, ValueDensity.Load(new BinaryReader(buffer), bins: 16, recentHorizon: 50).Total);
    }
}
