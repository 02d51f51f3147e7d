using System.Diagnostics;
using LocalMesh.Configuration;
using LocalMesh.Routing;

namespace LocalMesh.Telemetry;

/// <summary>
/// The one span per routed request (<c>localmesh.route</c> on <see cref="LocalMeshTelemetry.ActivitySource"/>): which
/// domain, tier, backend and model the router chose and how many attempts it took. The backend calls under it are the
/// Microsoft.Extensions.AI GenAI spans. Route metadata only, never message contents.
/// </summary>
public static class RouteActivity
{
    /// <summary>The span's name.</summary>
    public const string Name = "localmesh.route";

    /// <summary>Starts the span of one routed request; null when nobody listens.</summary>
    /// <param name="operation">The operation, <c>chat</c> or <c>embeddings</c> (the span's <c>gen_ai.operation.name</c>).</param>
    /// <param name="context">The request's route context.</param>
    public static Activity? Start(string operation, RouteContext? context)
    {
        var activity = LocalMeshTelemetry.ActivitySource.StartActivity(Name, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag("gen_ai.operation.name", operation);
            activity.SetTag("localmesh.request_id", context?.RequestId);
            activity.SetTag("localmesh.requested_model", context?.RequestedModel);
        }

        return activity;
    }

    /// <summary>Tags the span with the route taken (the context's state when the request ends) and ends it.</summary>
    public static void Stop(Activity? activity, RouteContext? context, Exception? error)
    {
        if (activity is null)
        {
            return;
        }

        if (context is not null)
        {
            // The domain is read at the end: the knowledge stage may ground the request and narrow it.
            activity.SetTag("localmesh.domain", context.Domain);
            activity.SetTag("localmesh.domain_source", context.DomainSource);
            activity.SetTag("localmesh.attempts", context.Attempts.Count);
            if (context.Decision is { } decision)
            {
                activity.SetTag("localmesh.tier", decision.Tier.Name());
                activity.SetTag("localmesh.backend", decision.Backend);
                activity.SetTag("localmesh.model", decision.Model);
                activity.SetTag("localmesh.degraded", decision.Degraded);
            }
        }

        if (error is not null)
        {
            // The type only: an exception message may quote what the backend sent back.
            activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            activity.SetTag("error.type", error.GetType().FullName);
        }

        activity.Dispose();
    }
}
