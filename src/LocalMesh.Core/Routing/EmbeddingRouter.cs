using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Policy;
using Microsoft.Extensions.AI;

namespace LocalMesh.Routing;

/// <summary>
/// Routes <c>/v1/embeddings</c> like chat: backends that serve the model, within the domain's tiers, healthy, least
/// loaded and cheapest first, failing over in order. Each attempt's duration is measured on the node's clock, like the
/// chat router's. Thread-safe.
/// </summary>
/// <param name="registry">The backends.</param>
/// <param name="time">The node's clock; <see cref="TimeProvider.System"/> when null.</param>
public sealed class EmbeddingRouter(BackendRegistry registry, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Generates embeddings for <paramref name="inputs"/>; <see cref="RouteContext.Decision"/> says which backend answered.</summary>
    /// <exception cref="ModelNotFoundException">No backend serves the model.</exception>
    /// <exception cref="PolicyViolationException">Only backends the domain may not reach serve it.</exception>
    /// <exception cref="NoRouteException">Every allowed backend failed or is unavailable.</exception>
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IReadOnlyList<string> inputs, RouteContext context, CancellationToken cancellationToken)
    {
        var activity = Telemetry.RouteActivity.Start("embeddings", context);
        Exception? error = null;
        try
        {
            return await RouteAsync(inputs, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            error = ex;
            throw;
        }
        finally
        {
            Telemetry.RouteActivity.Stop(activity, context, error);
        }
    }

    private async Task<GeneratedEmbeddings<Embedding<float>>> RouteAsync(IReadOnlyList<string> inputs, RouteContext context, CancellationToken cancellationToken)
    {
        var serving = registry.All.Where(b => b.ServesEmbeddings(context.RequestedModel, out _)).ToList();
        if (serving.Count == 0)
        {
            throw new ModelNotFoundException(context.RequestedModel ?? "(any embedding model)");
        }

        var allowed = serving.Where(b => context.AllowedTiers.Contains(b.Tier)).ToList();
        foreach (var blocked in serving.Except(allowed))
        {
            context.Rejections.Add($"{blocked.Name} ({blocked.Tier.Name()}): policy: domain '{context.Domain}' may not reach {blocked.Tier.Name()}");
        }

        if (allowed.Count == 0 && context.RequestedModel is not null)
        {
            throw new PolicyViolationException($"The model '{context.RequestedModel}' is served only by backends that domain '{context.Domain}' may not reach.");
        }

        foreach (var backend in allowed.OrderBy(b => b.Tier).ThenBy(b => b.State.Load).ThenBy(b => b.State.Config.InputCostPerMillion).ThenBy(b => b.Name, StringComparer.Ordinal))
        {
            if (!backend.State.IsAvailable(out var why))
            {
                context.Rejections.Add($"{backend.Name} ({backend.Tier.Name()}): {why}");
                continue;
            }

            backend.ServesEmbeddings(context.RequestedModel, out var model);
            var failed = context.Attempts.Where(a => a.Error is not null).Select(a => $"{a.Backend} {a.Error}").ToList();
            context.Decision = new RouteDecision(backend.Tier, backend.Name, model, context.Domain, failed.Count == 0 ? "first choice" : "failover after " + string.Join(", ", failed), false);
            var options = new EmbeddingGenerationOptions { ModelId = model, AdditionalProperties = new() { [RouteContext.PropertyKey] = context } };
            var started = _time.GetTimestamp();
            try
            {
                var result = await backend.Embeddings!.GenerateAsync(inputs, options, cancellationToken).ConfigureAwait(false);
                context.Attempts.Add(new RouteAttempt(backend.Name, backend.Tier, null, _time.GetElapsedTime(started)));
                return result;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                context.Attempts.Add(new RouteAttempt(backend.Name, backend.Tier, ErrorText.Describe(ex), _time.GetElapsedTime(started)));
            }
        }

        throw new NoRouteException(context);
    }
}
