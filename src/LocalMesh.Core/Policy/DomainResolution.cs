using LocalMesh.Configuration;

namespace LocalMesh.Policy;

/// <summary>A request's data domain, where it came from, and the tiers it may reach.</summary>
/// <param name="Domain">The domain.</param>
/// <param name="Source"><c>header</c>, <c>key</c>, <c>classifier</c> or <c>default</c>.</param>
/// <param name="AllowedTiers">The domain's tiers, narrowed by the key's limits.</param>
/// <param name="Classification">When <paramref name="Source"/> is <c>classifier</c>: its score and reason (for messages).</param>
public sealed record DomainResolution(string Domain, string Source, IReadOnlySet<Tier> AllowedTiers, DomainClassification? Classification = null);
