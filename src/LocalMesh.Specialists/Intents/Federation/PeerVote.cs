namespace LocalMesh.Specialists.Intents.Federation;

/// <summary>How another node's shared version counts on this node, for the intents both share.</summary>
public enum PeerVote
{
    /// <summary>The peer's version decides among the intents it shares (this node's own model still decides whether a request is one of them).</summary>
    Adopt,

    /// <summary>The peer's version and this node's own are averaged (probabilities of the lexical half, per-intent weights of the semantic half).</summary>
    Merge,
}
