namespace LocalMesh.Specialists.Intents.Federation;

/// <summary>
/// One peer's shared version as bound to this node's model: its networks cut down to the intents both nodes share
/// (so their softmax is the peer's view among those intents alone), and where each of them is in this node's model.
/// Immutable and thread-safe.
/// </summary>
public sealed class PeerIntentPart
{
    internal PeerIntentPart(ShareHeader origin, PeerVote vote, IReadOnlyList<SparseMlp> networks, int[] classes, IReadOnlyList<string> intents)
    {
        Origin = origin;
        Vote = vote;
        Networks = networks;
        Classes = classes;
        Intents = intents;
    }

    /// <summary>Where the version comes from (node, site, version).</summary>
    public ShareHeader Origin { get; }

    /// <summary>How it counts here.</summary>
    public PeerVote Vote { get; }

    /// <summary>The intents it votes on (both nodes share them; <c>oos</c> included).</summary>
    public IReadOnlyList<string> Intents { get; }

    /// <summary>Its lexical networks over the shared features, one output per intent of <see cref="Intents"/>.</summary>
    internal IReadOnlyList<SparseMlp> Networks { get; }

    /// <summary>The index in this node's model of each intent of <see cref="Intents"/>.</summary>
    internal int[] Classes { get; }
}
