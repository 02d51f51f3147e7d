namespace LocalMesh.Mesh.Routing;

/// <summary>A peer failed a hop: it went silent, said it could not serve, or broke the protocol.</summary>
/// <param name="node">The peer.</param>
/// <param name="reason">What happened.</param>
/// <param name="beforeAnswer">Whether nothing of the answer had come yet (so another peer may be tried).</param>
public sealed class PeerFailedException(string node, string reason, bool beforeAnswer)
    : IOException($"mesh peer '{node}' {reason}")
{
    /// <summary>The peer.</summary>
    public string Node { get; } = node;

    /// <summary>Whether nothing of the answer had come yet.</summary>
    public bool BeforeAnswer { get; } = beforeAnswer;
}
