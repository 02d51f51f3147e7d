using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Mesh.Routing;

namespace LocalMesh.Mesh.Membership;

/// <summary>The names of the intents the node's specialists answer (registered by the host when specialists run).</summary>
public delegate IReadOnlyList<string> IntentNames();

/// <summary>The node's knowledge collections with their data domains (registered by the host when the knowledge base runs).</summary>
public delegate IReadOnlyDictionary<string, string> CollectionDomains();

/// <summary>Builds this node's <see cref="NodeCard"/> from its live state. Thread-safe.</summary>
/// <remarks>With <paramref name="certificates"/> (its site authority's, <see cref="NodeCertificate"/>) the card carries them and is signed by <paramref name="signingKey"/>.</remarks>
public sealed class NodeCardSource(MeshOptions options, BackendRegistry registry, TimeProvider time, IntentNames? intents = null, CollectionDomains? collections = null, string? modelKey = null,
    IReadOnlyList<Models.ModelKeyRotation>? modelKeyRotations = null, Models.ModelSigningKey? signingKey = null, IReadOnlyList<NodeCertificate>? certificates = null)
{
    private readonly long _startedAt = time.GetUtcNow().ToUnixTimeMilliseconds();
    private long _sequence;

    /// <summary>The node's HTTP address, once it listens.</summary>
    public string? Url { get; set; }

    /// <summary>Set when the node stops: peers stop sending it requests.</summary>
    public bool Draining { get; set; }

    /// <summary>The card now.</summary>
    public NodeCard Build()
    {
        var backends = new List<CardBackend>();
        int inFlight = 0, capacity = 0;
        if (registry.SpecialistsPrimary is { } specialists)
        {
            backends.Add(new CardBackend(specialists.Name, "local", ["auto", specialists.Name], Available: true));
            inFlight += specialists.State.InFlight;
        }

        foreach (var backend in registry.All)
        {
            // The node advertises what it serves itself, never its view of the mesh: a request it takes from a peer does not hop again.
            if (!backend.ServesChat || MeshBackendProvider.IsMeshBackend(backend.Name))
            {
                continue;
            }

            var available = backend.State.IsAvailable(out _);
            backends.Add(new CardBackend(backend.Name, backend.Tier.Name(), [.. backend.State.Models], available));
            inFlight += backend.State.InFlight;
            capacity += backend.State.Config.MaxConcurrency;
        }

        return new NodeCard
        {
            Node = options.EffectiveNodeId,
            Site = options.Site,
            Url = Url,
            StartedAt = _startedAt,
            At = time.GetUtcNow().ToUnixTimeMilliseconds(),
            Sequence = Interlocked.Increment(ref _sequence),
            Health = Draining ? "draining" : "ok",
            Backends = backends,
            Intents = intents?.Invoke() ?? [],
            Knowledge = collections?.Invoke().Select(c => new CardCollection(c.Key, c.Value)).OrderBy(c => c.Name, StringComparer.Ordinal).ToList() ?? [],
            InFlight = inFlight,
            ModelKey = modelKey,
            ModelKeyRotations = modelKeyRotations is { Count: > 0 } ? modelKeyRotations : null,
            Capacity = Math.Max(capacity, registry.SpecialistsPrimary is null ? 0 : 64),
            Certificates = certificates is { Count: > 0 } && signingKey is not null ? certificates : null,
        };
    }

    /// <summary>The card's bytes as put in the bucket: signed when it carries certificates.</summary>
    public byte[] Serialize(NodeCard card) => card.Certificates is { Count: > 0 } && signingKey is not null ? card.ToSignedJson(signingKey) : card.ToJson();
}
