namespace LocalMesh.Routing;

/// <summary>
/// No backend the policy allows could answer: all were rejected (policy, capability, health, load) or failed.
/// The message lists each of them; callers turn it into a 503, a queued job, or a degraded answer.
/// </summary>
public sealed class NoRouteException : Exception
{
    /// <summary>Creates the exception from what the router saw.</summary>
    public NoRouteException(RouteContext context, Exception? lastError = null)
        : base(BuildMessage(context), lastError)
    {
        Context = context;
    }

    /// <summary>The request's routing context.</summary>
    public RouteContext Context { get; }

    private static string BuildMessage(RouteContext context)
    {
        var parts = new List<string>();
        var declined = context.Intent is { Reason: { } why } ? $"local specialists declined ({why})" : "local specialists declined";
        parts.AddRange(context.Attempts.Where(a => a.Error is not null)
            .Select(a => a.Error == "declined" ? declined : $"{a.Backend} ({a.Tier.ToString().ToLowerInvariant()}) failed: {a.Error}")
            .Distinct());
        parts.AddRange(context.Rejections);
        if (context.Rejections.Count == 0 && context.Attempts.All(a => a.Error == "declined"))
        {
            parts.Add("no backend is configured for the tiers it may reach");
        }

        var detail = string.Join("; ", parts);
        var tiers = string.Join(", ", context.AllowedTiers.Order().Select(t => t.ToString().ToLowerInvariant()));
        return $"No backend available for domain '{context.Domain}' (allowed tiers: {tiers}): {detail}.";
    }
}
