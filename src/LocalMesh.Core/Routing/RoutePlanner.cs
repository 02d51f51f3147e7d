using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Policy;
using LocalMesh.Routing.Policies;

namespace LocalMesh.Routing;

/// <summary>
/// Plans a request, chat or embeddings alike, in the order that matters: the data domain's rule (tiers it may reach) →
/// capability (model, streaming, tools, context length) → connectivity (health, circuit, load) → the configured
/// <see cref="IRoutingPolicy"/>'s order (by default tier, load, cost). For chat, the in-process specialists (when the
/// node has them) are asked first and, for a degraded answer, last; they are skipped when a model is named, for a
/// knowledge-base request, or when the domain may not stay local, and the route's reason says so. Thread-safe; reads
/// live backend state.
/// </summary>
/// <param name="registry">The backends.</param>
/// <param name="policy">Orders the eligible backends; the built-in tier order when null.</param>
public sealed class RoutePlanner(BackendRegistry registry, IRoutingPolicy? policy = null)
{
    private readonly IRoutingPolicy _policy = policy ?? new TierOrderRoutingPolicy(new RoutingConfig());

    /// <summary>The registry the planner reads.</summary>
    public BackendRegistry Registry => registry;

    /// <summary>The policy that orders backends, for chat and embeddings.</summary>
    public IRoutingPolicy Policy => _policy;

    /// <summary>Plans a chat request; fills <see cref="RouteContext.Rejections"/> with what was left out and why.</summary>
    /// <exception cref="ModelNotFoundException">No backend serves the model asked for.</exception>
    /// <exception cref="PolicyViolationException">Only backends the domain may not reach serve the model asked for.</exception>
    internal Queue<RouteCandidate> Plan(RouteContext context)
    {
        var model = context.RoutedModel;
        var specialists = registry.SpecialistsPrimary;
        var askedSpecialists = specialists is not null && string.Equals(model, specialists.Name, StringComparison.OrdinalIgnoreCase);
        var plan = new Queue<RouteCandidate>();
        context.SpecialistsSkipped = specialists is null ? null : WhySkipped(context, askedSpecialists ? null : model);
        var useSpecialists = specialists is not null && context.SpecialistsSkipped is null;
        if (context.SpecialistsTurn == SpecialistsTurn.Declined && specialists is not null && context.Attempts.Any(a => a.Backend == specialists.Name))
        {
            context.SpecialistsSkipped = null; // they were asked and declined: the route says it escalated
        }

        if (useSpecialists && context.SpecialistsTurn != SpecialistsTurn.Declined)
        {
            plan.Enqueue(new RouteCandidate(specialists!, null, Degraded: false));
        }

        if (context.SpecialistsTurn == SpecialistsTurn.Only)
        {
            return plan; // a stage asks them alone first (SpecialistsFirst)
        }

        if (!askedSpecialists)
        {
            foreach (var candidate in Eligible(context, model, static (b, m) => (b.Serves(m, out var upstream), upstream), model, anyModel: false))
            {
                plan.Enqueue(candidate);
            }
        }

        if (useSpecialists && registry.SpecialistsFallback is { } fallback)
        {
            plan.Enqueue(new RouteCandidate(fallback, null, Degraded: true));
        }

        return plan;
    }

    /// <summary>Plans an embeddings request: the backends that serve the model, in the policy's order.</summary>
    /// <exception cref="ModelNotFoundException">No backend serves the model.</exception>
    /// <exception cref="PolicyViolationException">Only backends the domain may not reach serve it.</exception>
    internal List<RouteCandidate> PlanEmbeddings(RouteContext context) =>
        Eligible(context, context.RequestedModel, static (b, m) => (b.ServesEmbeddings(m, out var upstream), upstream), context.RequestedModel ?? "(any embedding model)", anyModel: true);

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
            return Plan(probe).Any(c => !c.Backend.IsSpecialists);
        }
        catch (Exception ex) when (ex is ModelNotFoundException or PolicyViolationException)
        {
            return false;
        }
    }

    /// <summary>Why the in-process specialists are not asked (null: they are), as the route's reason tells the client.</summary>
    private static string? WhySkipped(RouteContext context, string? model) =>
        context.Grounding is not null ? "a knowledge-base request needs a language model"
        : model is not null ? $"model '{model}' was named (ask for model 'auto' to try them first)"
        : !context.AllowedTiers.Contains(Tier.Local) ? $"domain '{context.Domain}' may not stay local"
        : null;

    /// <summary>The backends that serve <paramref name="model"/> and may take the request now, in the policy's order.</summary>
    /// <param name="context">The request.</param>
    /// <param name="model">The model asked for; null for any.</param>
    /// <param name="serves">Whether a backend serves the model, and the model to ask of it.</param>
    /// <param name="missing">The model's name in the error when no backend serves it (null: none is raised).</param>
    /// <param name="anyModel">Whether even a request for no model in particular needs a backend that serves one.</param>
    private List<RouteCandidate> Eligible(RouteContext context, string? model, Func<Backend, string?, (bool Serves, string? Upstream)> serves, string? missing, bool anyModel)
    {
        var eligible = new List<RouteCandidate>();
        var served = 0;
        SortedSet<string>? blockedByPolicy = null;
        foreach (var backend in registry.All)
        {
            var (serving, upstream) = serves(backend, model);
            if (!serving)
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

            eligible.Add(new RouteCandidate(backend, upstream, Degraded: false));
        }

        if (served == 0 && (model is not null || anyModel))
        {
            throw new ModelNotFoundException(missing!);
        }

        if (model is not null && blockedByPolicy is not null
            && (blockedByPolicy.Count == served || (eligible.Count == 0 && context.Rejections.All(r => r.Contains("policy:", StringComparison.Ordinal)))))
        {
            throw new PolicyViolationException(
                $"The model '{model}' is served only by {string.Join("/", blockedByPolicy)} backends, which domain '{context.Domain}' may not reach (it may reach: {string.Join(", ", context.AllowedTiers.Order().Select(t => t.Name()))}).{DomainOrigin.Explain(context)}",
                domain: context.Domain);
        }

        if (eligible.Count < 2)
        {
            return eligible;
        }

        // The policy orders backends; each keeps the model it was matched with.
        var ordered = new List<RouteCandidate>(eligible.Count);
        foreach (var backend in _policy.Order(context, [.. eligible.Select(c => c.Backend)]))
        {
            ordered.Add(eligible.Find(c => c.Backend == backend)!);
        }

        return ordered;
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
