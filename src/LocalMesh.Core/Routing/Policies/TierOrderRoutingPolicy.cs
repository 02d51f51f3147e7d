using LocalMesh.Backends;
using LocalMesh.Configuration;

namespace LocalMesh.Routing.Policies;

/// <summary>
/// The built-in policy: tiers in the configured order (<see cref="RoutingConfig.TierOrder"/>, by default local, edge,
/// cloud), then the least loaded, then the cheapest (input + output price), then by name so the order is stable.
/// Thread-safe (reads live backend state).
/// </summary>
/// <param name="tierOrder">The tiers, first tried first; a tier left out comes after those named.</param>
public sealed class TierOrderRoutingPolicy(IReadOnlyList<Tier> tierOrder) : IRoutingPolicy
{
    /// <summary>The policy's name in <c>LocalMesh:Routing:Policy</c>.</summary>
    public const string PolicyName = "tier-order";

    private readonly int[] _rank = Ranks(tierOrder);

    /// <summary>The policy with the tiers of <paramref name="routing"/>.</summary>
    public TierOrderRoutingPolicy(RoutingConfig routing)
        : this(routing.ParsedTierOrder())
    {
    }

    /// <inheritdoc />
    public IEnumerable<Backend> Order(RouteContext context, IReadOnlyList<Backend> eligible) => eligible.Count < 2 ? eligible : eligible
        .OrderBy(b => _rank[(int)b.Tier])
        .ThenBy(b => b.State.Load)
        .ThenBy(b => b.State.Config.InputCostPerMillion + b.State.Config.OutputCostPerMillion)
        .ThenBy(b => b.Name, StringComparer.Ordinal);

    private static int[] Ranks(IReadOnlyList<Tier> order)
    {
        var ranks = Enum.GetValues<Tier>().Select(t => order.Count + (int)t).ToArray();
        for (var i = order.Count - 1; i >= 0; i--)
        {
            ranks[(int)order[i]] = i;
        }

        return ranks;
    }
}
