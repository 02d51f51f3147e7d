using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Local;
using LocalMesh.Policy;

namespace LocalMesh.Routing;

/// <summary>
/// Orders the backends a request may use, in the order that matters: policy (tiers the domain may reach) →
/// capability (model, streaming, tools, context length) → connectivity (health, circuit) → load → cost.
/// Local first, edge second, cloud last; in-process specialists first and, for a degraded answer, last.
/// Thread-safe; reads live backend state.
/// </summary>
public sealed class RoutePlanner(BackendRegistry registry)
{
    /// <summary>The registry the planner reads.</summary>
    public BackendRegistry Registry => registry;

    /// <summary>Plans the request; fills <see cref="RouteContext.Rejections"/> with what was left out and why.</summary>
    /// <exception cref="ModelNotFoundException">No backend serves the model asked for.</exception>
    /// <exception cref="PolicyViolationException">Only backends the domain may not reach serve the model asked for.</exception>
    internal Queue<RouteCandidate> Plan(RouteContext context)
    {
        var model = context.RoutedModel;
        var askedSpecialists = string.Equals(model, SpecialistsChatClient.BackendName, StringComparison.OrdinalIgnoreCase);
        var plan = new Queue<RouteCandidate>();
        // A knowledge-base request needs a language model; without one, the knowledge stage answers from the passages itself.
        var useSpecialists = (model is null || askedSpecialists) && context.AllowedTiers.Contains(Tier.Local) && context.Grounding is null;
        if (askedSpecialists && registry.SpecialistsPrimary is null)
        {
            throw new ModelNotFoundException(model!);
        }

        if (useSpecialists && registry.SpecialistsPrimary is { } primary)
        {
            plan.Enqueue(new RouteCandidate(primary, null, Degraded: false));
        }

        var eligible = new List<RouteCandidate>();
        var served = 0;
        SortedSet<string>? blockedByPolicy = null;
        foreach (var backend in askedSpecialists ? [] : registry.All)
        {
            if (!backend.Serves(model, out var upstreamModel))
            {
                continue;
            }

            served++;
            if (Reject(context, backend) is { } reason)
            {
                context.Rejections.Add($"{backend.Name} ({backend.Tier.Name()}): {reason}");
                if (!context.AllowedTiers.Contains(backend.Tier))
                {
                    (blockedByPolicy ??= new SortedSet<string>(StringComparer.Ordinal)).Add(backend.Tier.Name());
                }

                continue;
            }

            eligible.Add(new RouteCandidate(backend, upstreamModel, Degraded: false));
        }

        if (model is not null && !askedSpecialists)
        {
            if (served == 0)
            {
                throw new ModelNotFoundException(model);
            }

            if (blockedByPolicy is not null && (blockedByPolicy.Count == served || (eligible.Count == 0 && context.Rejections.All(r => r.Contains("policy:", StringComparison.Ordinal)))))
            {
                throw new PolicyViolationException(
                    $"The model '{model}' is served only by {string.Join("/", blockedByPolicy)} backends, which domain '{context.Domain}' may not reach (it may reach: {string.Join(", ", context.AllowedTiers.Order().Select(t => t.Name()))}).");
            }
        }

        foreach (var candidate in eligible.Count < 2 ? (IEnumerable<RouteCandidate>)eligible : eligible
                     .OrderBy(c => c.Backend.Tier)
                     .ThenBy(c => c.Backend.State.Load)
                     .ThenBy(c => c.Backend.State.Config.InputCostPerMillion + c.Backend.State.Config.OutputCostPerMillion)
                     .ThenBy(c => c.Backend.Name, StringComparer.Ordinal))
        {
            plan.Enqueue(candidate);
        }

        if (useSpecialists && registry.SpecialistsFallback is { } fallback)
        {
            plan.Enqueue(new RouteCandidate(fallback, null, Degraded: true));
        }

        return plan;
    }

    /// <summary>Whether any backend could take the request right now (used by the queue before it retries a job).</summary>
    public bool HasAvailableBackend(RouteContext context)
    {
        try
        {
            var probe = new RouteContext
            {
                RequestId = context.RequestId,
                Domain = context.Domain,
                AllowedTiers = context.AllowedTiers,
                RequestedModel = context.RequestedModel,
                UsesTools = context.UsesTools,
                EstimatedInputTokens = context.EstimatedInputTokens,
            };
            return Plan(probe).Any(c => c.Backend != registry.SpecialistsPrimary && c.Backend != registry.SpecialistsFallback);
        }
        catch (Exception ex) when (ex is ModelNotFoundException or PolicyViolationException)
        {
            return false;
        }
    }

    private static string? Reject(RouteContext context, Backend backend)
    {
        var config = backend.State.Config;
        if (!context.AllowedTiers.Contains(backend.Tier))
        {
            return $"policy: domain '{context.Domain}' may not reach {backend.Tier.Name()}";
        }

        if (context.Streaming && !config.SupportsStreaming)
        {
            return "does not stream";
        }

        if (context.UsesTools && !config.SupportsTools)
        {
            return "does not support tools";
        }

        if (config.ContextLength is int max && context.EstimatedInputTokens > max)
        {
            return $"prompt (~{context.EstimatedInputTokens} tokens) exceeds its context length {max}";
        }

        return backend.State.IsAvailable(out var reason) ? null : reason;
    }
}
