using System.Text;
using LocalMesh.Mesh.Membership;
using Microsoft.Extensions.Time.Testing;

namespace LocalMesh.Mesh.Tests.Membership;

public sealed class PeerTableTests
{
    private static NodeCard Card(string node, string site = "plant", params string[] models) => new()
    {
        Node = node,
        Site = site,
        Backends = [new CardBackend("ollama", "edge", models.Length == 0 ? ["llama"] : models, Available: true)],
        Capacity = 8,
    };

    [Fact]
    public void Peer_SilentForTheTimeout_LeavesTheTable()
    {
        var clock = new FakeTimeProvider();
        var table = new PeerTable("self", TimeSpan.FromSeconds(2), clock);
        table.Observe(Card("b"));

        clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Equal(["b"], table.Live.Select(p => p.Card.Node));

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Empty(table.Live);
    }

    [Fact]
    public void Peer_Heartbeating_Stays_AndOwnCardIsNotAPeer()
    {
        var clock = new FakeTimeProvider();
        var table = new PeerTable("self", TimeSpan.FromSeconds(2), clock);
        for (var i = 0; i < 10; i++)
        {
            table.Observe(Card("b"));
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.False(table.Observe(Card("self")));
        Assert.Equal(["b"], table.Live.Select(p => p.Card.Node));
    }

    [Fact]
    public void Peer_AnsweringRequests_StaysWithoutHeartbeats_AndLeavesOnceSilent()
    {
        var clock = new FakeTimeProvider();
        var table = new PeerTable("self", TimeSpan.FromSeconds(2), clock);
        table.Observe(Card("b"));
        table.Heard("nobody"); // not a peer: nothing to keep alive

        clock.Advance(TimeSpan.FromMilliseconds(1500));
        table.Heard("b"); // it answered a hop: its cards are late, it is not dead
        clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Equal(["b"], table.Live.Select(p => p.Card.Node));

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Empty(table.Live);
        table.Heard("b"); // gone is gone: only a card brings it back
        Assert.Empty(table.Live);
    }

    [Fact]
    public void Peer_SilentWhileThisNodeHearsItself_LeavesAtTheTimeout()
    {
        var clock = new FakeTimeProvider();
        var table = new PeerTable("self", TimeSpan.FromSeconds(2), clock, selfGrace: TimeSpan.FromSeconds(1));
        table.Observe(Card("b"));
        for (var i = 0; i < 4; i++)
        {
            table.Observe(Card("self"));
            clock.Advance(TimeSpan.FromMilliseconds(499));
        }

        Assert.Equal(["b"], table.Live.Select(p => p.Card.Node)); // 1996 ms
        clock.Advance(TimeSpan.FromMilliseconds(4));
        Assert.Empty(table.Live);
    }

    [Fact]
    public void ThisNodeStalled_DoesNotDropPeersItHadNoTimeToHear_UntilItHearsItselfAgain()
    {
        var clock = new FakeTimeProvider();
        var table = new PeerTable("self", TimeSpan.FromSeconds(2), clock, selfGrace: TimeSpan.FromSeconds(1));
        table.Observe(Card("self"));
        table.Observe(Card("b"));
        table.Observe(Card("c"));

        clock.Advance(TimeSpan.FromSeconds(4)); // the node's process did not run: nobody's cards were read, its own neither
        Assert.Equal(["b", "c"], table.Live.Select(p => p.Card.Node).Order());

        table.Observe(Card("self")); // it catches up with what was queued: its own card, then b's; c sent nothing
        table.Observe(Card("b"));
        Assert.Equal(["b"], table.Live.Select(p => p.Card.Node));
    }

    [Fact]
    public void ThisNodeCutOff_JudgesByTheClockAfterFiveTimeouts()
    {
        var clock = new FakeTimeProvider();
        var table = new PeerTable("self", TimeSpan.FromSeconds(2), clock, selfGrace: TimeSpan.FromSeconds(1));
        table.Observe(Card("self"));
        table.Observe(Card("b"));

        clock.Advance(TimeSpan.FromMilliseconds(9999));
        Assert.Equal(["b"], table.Live.Select(p => p.Card.Node));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Empty(table.Live);
    }

    [Fact]
    public void Changed_OnlyWhenCapabilitiesChange()
    {
        var table = new PeerTable("self", TimeSpan.FromSeconds(2), new FakeTimeProvider());
        var changes = 0;
        table.Changed += () => changes++;

        table.Observe(Card("b"));
        table.Observe(Card("b") with { InFlight = 3 }); // load alone: no rebuild of the models
        table.Observe(Card("b", "plant", "llama", "qwen"));
        table.Remove("b");

        Assert.Equal(3, changes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"node\":\"b\"}")]
    [InlineData("{\"node\":\"b c\",\"site\":\"plant\"}")]
    [InlineData("{\"node\":\"b\",\"site\":\"plant\",\"backends\":[{\"name\":\"x\",\"tier\":\"orbit\",\"models\":[\"m\"],\"available\":true}]}")]
    [InlineData("{\"node\":\"b\",\"site\":\"plant\",\"in_flight\":-4}")]
    [InlineData("[1,2,3]")]
    public void Card_Malformed_IsRefusedNotThrown(string json)
    {
        Assert.Null(NodeCard.TryParse(Encoding.UTF8.GetBytes(json), out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Card_RoundTrips()
    {
        var card = Card("b") with { Knowledge = [new CardCollection("hr", "hr")], Intents = ["alarm_set"] };

        var parsed = NodeCard.TryParse(card.ToJson(), out var error);

        Assert.Null(error);
        Assert.Equal("hr", parsed!.Knowledge.Single().Domain);
        Assert.Equal(["llama"], parsed.Backends.Single().Models);
    }

    [Fact]
    public void Card_TooBig_IsRefused() =>
        Assert.Null(NodeCard.TryParse(new byte[NodeCard.MaxBytes + 1], out _));
}
