using LocalMesh.Configuration;
using LocalMesh.Mesh.Membership;
using LocalMesh.Mesh.Routing;
using Microsoft.Extensions.Time.Testing;

namespace LocalMesh.Mesh.Tests.Routing;

public sealed class PeerSelectorTests
{
    private static readonly HashSet<Tier> LocalEdge = [Tier.Local, Tier.Edge];

    private static NodeCard Card(string node, string site, string tier = "edge", int inFlight = 0, string health = "ok", params string[] models) => new()
    {
        Node = node,
        Site = site,
        Health = health,
        Backends = [new CardBackend("b", tier, models.Length == 0 ? ["llama"] : models, Available: true)],
        InFlight = inFlight,
        Capacity = 10,
    };

    [Fact]
    public void Candidates_SameSiteScope_OnlyThatSite_LeastLoadedFirst()
    {
        var clock = new FakeTimeProvider();
        var table = new PeerTable("a", TimeSpan.FromSeconds(2), clock);
        table.Observe(Card("busy", "plant", inFlight: 9));
        table.Observe(Card("idle", "plant", inFlight: 1));
        table.Observe(Card("far", "hq"));
        var edge = new PeerSelector(table, "plant", Tier.Edge, clock);
        var remote = new PeerSelector(table, "plant", Tier.Remote, clock);

        Assert.Equal(["idle", "busy"], edge.Candidates("llama", LocalEdge).Select(p => p.Card.Node));
        Assert.Equal(["far"], remote.Candidates("llama", LocalEdge).Select(p => p.Card.Node));
    }

    [Fact]
    public void Candidates_PeerWhoseModelIsOnItsCloud_OnlyWhenCloudAllowed()
    {
        var clock = new FakeTimeProvider();
        var table = new PeerTable("a", TimeSpan.FromSeconds(2), clock);
        table.Observe(Card("b", "plant", tier: "cloud", models: "gpt"));
        var edge = new PeerSelector(table, "plant", Tier.Edge, clock);

        Assert.Empty(edge.Candidates("gpt", LocalEdge));
        Assert.Single(edge.Candidates("gpt", new HashSet<Tier> { Tier.Local, Tier.Edge, Tier.Cloud }));
    }

    [Fact]
    public void Candidates_SkipDrainingSuspectedAndRefusingPeers()
    {
        var clock = new FakeTimeProvider();
        var table = new PeerTable("a", TimeSpan.FromSeconds(2), clock);
        table.Observe(Card("draining", "plant", health: "draining"));
        table.Observe(Card("suspect", "plant"));
        table.Observe(Card("liar", "plant"));
        table.Observe(Card("good", "plant"));
        var edge = new PeerSelector(table, "plant", Tier.Edge, clock);
        table.Suspect("suspect", TimeSpan.FromSeconds(1));
        edge.Stats("liar").Refused("llama", clock.GetUtcNow().AddSeconds(60));

        Assert.Equal(["good"], edge.Candidates("llama", LocalEdge).Select(p => p.Card.Node));
        Assert.Equal(["good", "liar"], edge.Candidates("auto", LocalEdge).Select(p => p.Card.Node));

        clock.Advance(TimeSpan.FromSeconds(1)); // suspicion over (the card is still fresh enough: 1 s < 2 s)
        Assert.Contains("suspect", edge.Candidates("llama", LocalEdge).Select(p => p.Card.Node));
    }

    [Fact]
    public void Models_AutoFirst_UnionOfAvailableBackends()
    {
        var clock = new FakeTimeProvider();
        var table = new PeerTable("a", TimeSpan.FromSeconds(2), clock);
        table.Observe(Card("b", "plant", models: ["qwen", "llama"]));
        table.Observe(Card("c", "plant", models: "phi"));
        var edge = new PeerSelector(table, "plant", Tier.Edge, clock);

        Assert.Equal(["auto", "llama", "phi", "qwen"], edge.Models());
        Assert.Empty(new PeerSelector(table, "plant", Tier.Remote, clock).Models());
    }
}
