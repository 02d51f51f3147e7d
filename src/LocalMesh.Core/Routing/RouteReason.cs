using LocalMesh.Backends;

namespace LocalMesh.Routing;

/// <summary>
/// The one place a route's reason is written (the <c>reason</c> of <c>x-localmesh-route</c>, the ledger and the body's
/// <c>localmesh</c> field), from the plan and what was tried before: <c>first choice</c>, <c>answered locally: …</c>,
/// <c>escalated: …</c>, <c>failover after …</c>, a degraded local fallback, and why the specialists were skipped.
/// </summary>
internal static class RouteReason
{
    /// <summary>Why <paramref name="context"/>'s request goes to <paramref name="backend"/> now.</summary>
    public static string For(RouteContext context, Backend backend, bool degraded)
    {
        var prefix = degraded ? "no allowed backend reachable; local fallback" : null;
        var failed = context.Attempts.Where(a => a.Error is not null && a.Error != "declined").ToList();
        string reason;
        if (failed.Count == 0)
        {
            var declined = context.Attempts.Any(a => a.Error == "declined");
            var verdict = context.Intent?.Describe();
            reason = prefix ?? (declined
                ? verdict is null ? "local specialists declined; escalated" : $"escalated: {verdict}"
                : backend.IsSpecialists ? verdict is null ? "answered by local specialists" : $"answered locally: {verdict}" : "first choice");
        }
        else
        {
            reason = (prefix ?? "failover") + " after " + string.Join(", ", failed.Select(a => $"{a.Backend} {a.Error}"));
        }

        return context.SpecialistsSkipped is { } why && !backend.IsSpecialists ? $"{reason}; specialists skipped: {why}" : reason;
    }
}
