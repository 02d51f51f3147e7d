namespace LocalMesh.Configuration;

/// <summary>How the node orders the backends a request may use (<c>LocalMesh:Routing</c>).</summary>
public sealed record RoutingConfig
{
    /// <summary>The routing policy's name: the built-in <c>tier-order</c>, or one registered as a keyed <c>IRoutingPolicy</c>.</summary>
    public string Policy { get; init; } = Routing.Policies.TierOrderRoutingPolicy.PolicyName;

    /// <summary>The tiers in the order they are tried (the built-in policy's first key). Which tiers a request may reach is the domain's rule (<c>LocalMesh:Policy:Domains</c>).</summary>
    public string[] TierOrder { get; init; } = ["local", "edge", "remote", "cloud"];

    /// <summary>The tiers of <see cref="TierOrder"/>, skipping names that are not tiers (the validator reports them).</summary>
    public IReadOnlyList<Tier> ParsedTierOrder() =>
        [.. TierOrder.Select(t => TierNames.TryParse(t, out var tier) ? tier : (Tier?)null).OfType<Tier>().Distinct()];
}
