namespace LocalMesh.Mesh.Models;

/// <summary>
/// The node's model as the mesh exchanges it (registered by the host when the node has one: the intent model). The
/// mesh moves bytes; what they hold, and what is shareable, is the model's business.
/// </summary>
public interface IModelFederation
{
    /// <summary>The model's name in object names and the ledger (e.g. <c>intents</c>).</summary>
    string Model { get; }

    /// <summary>This node's own model version now (0 while it has none).</summary>
    int LocalVersion { get; }

    /// <summary>Raised when this node's own model learned a new version worth publishing.</summary>
    event Action? Learned;

    /// <summary>The publishable form of this node's own model now, or null when it has learned nothing to share.</summary>
    /// <param name="site">This node's site.</param>
    /// <param name="node">This node's id.</param>
    ModelExport? Export(string site, string node);

    /// <summary>The version held from a peer under <paramref name="policy"/>, or 0 (none, or held under another policy).</summary>
    int HeldVersion(string site, string node, ModelPolicy policy);

    /// <summary>Takes a peer's published version under <paramref name="policy"/> (adopt or merge).</summary>
    /// <param name="payload">The published bytes.</param>
    /// <param name="site">The site it was published under.</param>
    /// <param name="node">The node it was published under.</param>
    /// <param name="policy">Adopt or merge.</param>
    /// <exception cref="InvalidDataException">The bytes are malformed, claim another origin, or cannot apply to this node's model.</exception>
    ModelAcceptance Accept(byte[] payload, string site, string node, ModelPolicy policy);

    /// <summary>Stops using a peer's version; false when none was held.</summary>
    bool Forget(string site, string node);
}

/// <summary>A version ready to publish.</summary>
/// <param name="Version">Its version on this node.</param>
/// <param name="Payload">The bytes.</param>
/// <param name="Intents">How many intents it shares.</param>
public sealed record ModelExport(int Version, byte[] Payload, int Intents);

/// <summary>What taking a peer's version did.</summary>
/// <param name="Version">The peer's version.</param>
/// <param name="Changed">False when the version held from that peer was already as new.</param>
/// <param name="Intents">How many intents it votes on here.</param>
/// <param name="Reason">Why nothing changed.</param>
public sealed record ModelAcceptance(int Version, bool Changed, int Intents, string? Reason);
