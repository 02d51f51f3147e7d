using System.Globalization;
using LocalMesh.Ledger;
using Microsoft.AspNetCore.Http;

namespace LocalMesh.Server.OpenAI;

/// <summary>
/// Response headers that split a request's time so far, up to the response headers, between the node and its
/// backends (as LiteLLM's <c>x-litellm-overhead-duration-ms</c> and Envoy's <c>x-envoy-upstream-service-time</c> do):
/// <c>x-localmesh-upstream-ms</c> is the time spent waiting on backends across the network (<see cref="UpstreamWait"/>),
/// <c>x-localmesh-overhead-ms</c> everything else since the handler began, the node's own work. An answer from an
/// in-process specialist has no upstream time: all of it is the node's. For a stream they cover the time to the first
/// byte. A routed answer (chat, embeddings) carries them beside its route, <c>x-localmesh-route</c> (<see cref="WriteWithRoute"/>).
/// Both are read from the node's <see cref="TimeProvider"/>, the clock the backend waits were measured with.
/// </summary>
public static class TimingHeaders
{
    /// <summary>The node's own time, in milliseconds.</summary>
    public const string Overhead = "x-localmesh-overhead-ms";

    /// <summary>The time spent waiting on backends, in milliseconds.</summary>
    public const string Upstream = "x-localmesh-upstream-ms";

    /// <summary>Where the request went and why (tier, backend, reason, degraded).</summary>
    public const string Route = "x-localmesh-route";

    /// <summary>What the semantic cache did: <c>hit; similarity=0.970; tier=cloud; source=req_…</c>, <c>miss</c> or <c>skip; reason="…"</c>.</summary>
    public const string Cache = "x-localmesh-cache";

    /// <summary>Sets the route header (and the cache header, when the cache looked at the request) and both timing headers on a routed answer; returns the node's own time.</summary>
    /// <param name="response">The answer.</param>
    /// <param name="time">The node's clock.</param>
    /// <param name="startedTimestamp">When the handler began (<paramref name="time"/>'s <see cref="TimeProvider.GetTimestamp"/>).</param>
    /// <param name="context">The request's route and backend waits.</param>
    public static TimeSpan WriteWithRoute(HttpResponse response, TimeProvider time, long startedTimestamp, Routing.RouteContext context)
    {
        response.Headers[Route] = context.Decision?.ToHeaderValue();
        if (context.Cache is { } cache)
        {
            response.Headers[Cache] = cache.ToHeaderValue();
        }

        return Write(response, time, startedTimestamp, context.Upstream);
    }

    /// <summary>
    /// On a request refused by the data-domain policy (403), sets <c>x-localmesh-route</c> to say so:
    /// <c>tier=none; backend=-; model=-; domain=medical; degraded=false; reason="refused: domain_blocked (domain from classifier)"</c>.
    /// Other errors carry no route.
    /// </summary>
    /// <param name="response">The error answer, before it is written.</param>
    /// <param name="error">Why the request failed.</param>
    /// <param name="context">The request's context when it got that far.</param>
    public static void WriteRefusal(HttpResponse response, Exception error, Routing.RouteContext? context)
    {
        if (error is Policy.PolicyViolationException refusal && (refusal.Domain ?? context?.Domain) is { } domain && !response.HasStarted)
        {
            var source = refusal.DomainSource ?? context?.DomainSource;
            var reason = source is null ? $"refused: {refusal.Code}" : $"refused: {refusal.Code} (domain from {source})";
            response.Headers[Route] = Routing.RouteDecision.RefusalHeaderValue(domain, context?.RequestedModel, reason);
        }
    }

    /// <summary>Sets both headers on <paramref name="response"/> for a request handled since <paramref name="startedTimestamp"/>; returns the node's own time.</summary>
    private static TimeSpan Write(HttpResponse response, TimeProvider time, long startedTimestamp, UpstreamWait upstream)
    {
        var waited = upstream.Total;
        var overhead = time.GetElapsedTime(startedTimestamp) - waited;
        overhead = overhead < TimeSpan.Zero ? TimeSpan.Zero : overhead;
        response.Headers[Overhead] = Milliseconds(overhead);
        response.Headers[Upstream] = Milliseconds(waited);
        return overhead;
    }

    private static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture);
}
