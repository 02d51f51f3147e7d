using LocalMesh.Caching;
using Microsoft.Extensions.Time.Testing;

namespace LocalMesh.Core.Tests.Caching;

public sealed class SimilarityCacheTests
{
    private static readonly float[] North = [1, 0];
    private static readonly float[] NorthByEast = [0.96f, 0.28f]; // cosine 0.96 with North
    private static readonly float[] East = [0, 1];

    [Fact]
    public void TryGet_ReturnsTheClosestOverTheThreshold_InTheSameKeyOnly()
    {
        var cache = new SimilarityCache<string>(10, TimeSpan.FromHours(1));
        cache.Add("a", North, "north");
        cache.Add("a", East, "east");

        Assert.Equal(new SimilarityHit<string>("north", 0.96), cache.TryGet("a", NorthByEast, 0.9));
        Assert.Null(cache.TryGet("a", NorthByEast, 0.97));
        Assert.Null(cache.TryGet("b", North, 0.5)); // another scope
        Assert.Equal(new SimilarityCacheStats(2, 3, 1), cache.Stats());
    }

    [Fact]
    public void TryGet_AsksTheCallerFromTheClosestDown()
    {
        var cache = new SimilarityCache<string>(10, TimeSpan.FromHours(1));
        cache.Add("a", North, "north");
        cache.Add("a", NorthByEast, "north-by-east");
        var asked = new List<string>();

        var hit = cache.TryGet("a", North, 0.9, v => { asked.Add(v); return v != "north"; });

        Assert.Equal("north-by-east", hit?.Value);
        Assert.Equal(["north", "north-by-east"], asked);
        Assert.Null(cache.TryGet("a", North, 0.9, _ => false));
    }

    [Fact]
    public void Entries_ExpireOnTheGivenClock()
    {
        var time = new FakeTimeProvider();
        var cache = new SimilarityCache<string>(10, TimeSpan.FromMinutes(30), time);
        cache.Add("a", North, "north");

        time.Advance(TimeSpan.FromMinutes(29));
        Assert.NotNull(cache.TryGet("a", North, 0.9));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(cache.TryGet("a", North, 0.9));
        Assert.Equal(0, cache.Stats().Entries); // removed when met
    }

    [Fact]
    public void WhenFull_TheLeastRecentlyUsedGoes()
    {
        var cache = new SimilarityCache<string>(2, TimeSpan.FromHours(1));
        cache.Add("a", North, "first");
        cache.Add("b", North, "second");
        Assert.NotNull(cache.TryGet("a", North, 0.9)); // "first" used: "second" is now the least recent

        cache.Add("c", North, "third");

        Assert.NotNull(cache.TryGet("a", North, 0.9));
        Assert.Null(cache.TryGet("b", North, 0.9));
        Assert.NotNull(cache.TryGet("c", North, 0.9));
        Assert.Equal(2, cache.Stats().Entries);
    }

    [Fact]
    public void ZeroCapacity_KeepsNothing()
    {
        var cache = new SimilarityCache<string>(0, TimeSpan.FromHours(1));
        cache.Add("a", North, "north");
        Assert.Null(cache.TryGet("a", North, 0.5));
        Assert.Equal(new SimilarityCacheStats(0, 0, 0), cache.Stats());
    }
}
