namespace LocalMesh.Mesh.Models;

/// <summary>What a node does with a model version another node published.</summary>
public enum ModelPolicy
{
    /// <summary>Leave this node's model as it is.</summary>
    Refuse,

    /// <summary>The peer's version decides among the intents both share.</summary>
    Adopt,

    /// <summary>The peer's version and this node's own are averaged.</summary>
    Merge,
}
