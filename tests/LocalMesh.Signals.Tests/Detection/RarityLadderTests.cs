using LocalMesh.Signals.Detection;

namespace LocalMesh.Signals.Tests.Detection;

public sealed class RarityLadderTests
{
    [Fact]
    public void NearlyAsRareAValue_IsRemembered_ButALessRareOneDoesNotCount()
    {
        var ladder = new RarityLadder();
        ladder.Mark(rarity: -0.5, near: 1, count: 10); // a near-rare value (half a decade short of the floor)
        ladder.Mark(rarity: 1.0, near: 1, count: 20);  // a value a decade past the floor

        Assert.Equal(20, ladder.LastNear(rarity: 0.5, near: 1));  // the decade-rare value of point 20 is as rare as 0.5 − 1
        Assert.Equal(20, ladder.LastNear(rarity: 2.0, near: 1));  // ... and as 2.0 − 1
        Assert.Equal(0, ladder.LastNear(rarity: 2.5, near: 1));   // nothing has been within a decade of 2.5
        ladder.Mark(rarity: 0.2, near: 1, count: 30);
        Assert.Equal(30, ladder.LastNear(rarity: 1.0, near: 1));  // 0.2 is within a decade of 1.0
        Assert.Equal(20, ladder.LastNear(rarity: 2.0, near: 1));  // but not of 2.0: the older, rarer value still answers
    }

    [Fact]
    public void SavedAndLoaded_AndCloned_KeepTheRungs()
    {
        var ladder = new RarityLadder();
        ladder.Mark(rarity: 1.7, near: 1, count: 42);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) ladder.Save(writer);
        Assert.Equal(RarityLadder.StateBytes, buffer.Length);
        buffer.Position = 0;
        var loaded = RarityLadder.Load(new BinaryReader(buffer));
        var copy = loaded.Clone();
        copy.Mark(rarity: 3, near: 1, count: 50);

        Assert.Equal(42, loaded.LastNear(rarity: 2.5, near: 1));
        Assert.Equal(0, loaded.LastNear(rarity: 3, near: 1));
        Assert.Equal(50, copy.LastNear(rarity: 3, near: 1));
    }
}
