using LocalMesh.Specialists.Intents;
using LocalMesh.Specialists.Intents.Federation;

namespace LocalMesh.Specialists.Tests.Intents.Federation;

/// <summary>How a peer's shared version votes in this node's model: adopt, merge, only on intents both share.</summary>
public sealed class IntentModelPeersTests
{
    private static readonly string[] Texts = ["give the cat a drink", "turn on the porch light", "water the plants please", "explain the porch of the cat", "zarquon blorptastic"];

    [Fact]
    public void Adopt_ThePeerDecidesAmongSharedIntents_WithTheNodesOwnMassForThem()
    {
        var (own, share, space) = Setup(shareable: _ => true);

        var served = own.WithPeers(IntentModelPeers.Bind(own, [(share, PeerVote.Adopt)], _ => true, space));

        foreach (var text in Texts)
        {
            var (mine, peer, result) = Probabilities(own, share, space, served, text);
            for (var k = 0; k < own.Intents.Count; k++)
            {
                var j = IndexIn(share, own.Intents[k]);
                Assert.Equal(peer[j] * mine.Sum(), result[k], 0.0001); // every intent is shared: the peer's view, all of it
            }
        }
    }

    [Fact]
    public void Merge_AveragesSharedIntents_AndLeavesTheOthersTheNodesOwn()
    {
        var (own, share, space) = Setup(shareable: intent => intent != "water_plants");

        var served = own.WithPeers(IntentModelPeers.Bind(own, [(share, PeerVote.Merge)], _ => true, space));

        foreach (var text in Texts)
        {
            var (mine, peer, result) = Probabilities(own, share, space, served, text);
            var water = own.Intents.ToList().IndexOf("water_plants");
            var mass = mine.Sum() - mine[water];
            Assert.Equal(mine[water], result[water], 0.0001);
            for (var k = 0; k < own.Intents.Count; k++)
            {
                if (k != water)
                {
                    Assert.Equal((mine[k] + (mass * peer[IndexIn(share, own.Intents[k])])) / 2, result[k], 0.0001);
                }
            }

            Assert.Equal(1, result.Sum(), 0.0001);
        }
    }

    [Fact]
    public void Adopt_TransfersACorrectionInPublicWords_NotOneInTheNodesOwnWords()
    {
        var node = IntentTrainer.Train(IntentModelShareTests.Public(), IntentModelShareTests.Fast, cancellationToken: TestContext.Current.CancellationToken);
        var space = IntentModelShareTests.Space();
        var share = IntentModelShare.Create(IntentModelShareTests.Taught(), space, _ => true, "plant", "a");

        var served = node.WithPeers(IntentModelPeers.Bind(node, [(share, PeerVote.Adopt)], _ => true, space));

        Assert.NotEqual("feed_cat", node.Classify("give the cat a drink").Intent);
        Assert.Equal("feed_cat", served.Classify("give the cat a drink").Intent);
        Assert.True(IntentModelShareTests.Taught().Classify("zarquon blorptastic") is { Intent: "porch_light", InScope: true });
        Assert.False(served.Classify("zarquon blorptastic").InScope); // its words never left the peer
    }

    [Fact]
    public void Bind_NotesWhatDoesNotApply()
    {
        var (own, share, space) = Setup(shareable: _ => true);
        var other = new SharedFeatures(IntentVocabulary.Build(["something else entirely", "something else"], 1));

        Assert.Null(IntentModelPeers.Bind(own, [(share, PeerVote.Adopt)], _ => true, other)); // another release's feature space
        Assert.Null(IntentModelPeers.Bind(own, [(share, PeerVote.Adopt)], intent => intent == IntentModel.OutOfScope, space)); // nothing taken but oos
        var kept = IntentModelPeers.Bind(own, [(share, PeerVote.Adopt)], intent => intent != "feed_cat", space)!;
        Assert.DoesNotContain("feed_cat", kept.Parts.Single().Intents);
        Assert.Null(kept.Head); // a lexical-only model has no head to vote on
    }

    private static (IntentModel Own, IntentModelShare Share, SharedFeatures Space) Setup(Func<string, bool> shareable)
    {
        var space = IntentModelShareTests.Space();
        var own = IntentTrainer.Train(IntentModelShareTests.Public(), IntentModelShareTests.Fast with { Network = IntentModelShareTests.Fast.Network with { Seed = 99 } });
        return (own, IntentModelShare.Create(IntentModelShareTests.Taught(), space, shareable, "plant", "a"), space);
    }

    private static (float[] Own, float[] Peer, float[] Served) Probabilities(IntentModel own, IntentModelShare share, SharedFeatures space, IntentModel served, string text)
    {
        var mine = new float[own.Intents.Count];
        own.LexicalProbabilities(text, mine);
        var peer = new float[share.Header.Intents.Count];
        SparseMlp.Average(share.Networks, space.Vocabulary.Vectorize(text), peer);
        var result = new float[own.Intents.Count];
        served.LexicalProbabilities(text, result);
        return (mine, peer, result);
    }

    private static int IndexIn(IntentModelShare share, string intent) => share.Header.Intents.ToList().IndexOf(intent);
}
