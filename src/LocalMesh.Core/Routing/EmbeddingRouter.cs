using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Policy;
using Microsoft.Extensions.AI;

namespace LocalMesh.Routing;

/// <summary>
/// Routes <c>/v1/embeddings</c> with the chat router's planner and policy: backends that serve the model, within the
/// domain's tiers, healthy, in the routing policy's order, failing over in order. Each attempt's duration is measured
/// on the node's clock, like the chat router's. Thread-safe.
/// </summary>
/// <param name="planner">The planner (and its routing policy) chat requests use too.</param>
/// <param name="time">The node's clock; <see cref="TimeProvider.System"/> when null.</param>
public sealed class EmbeddingRouter(RoutePlanner planner, TimeProvider? time = null)
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
        foreach (var candidate in planner.PlanEmbeddings(context))
        {
            var backend = candidate.Backend;
            if (!backend.State.IsAvailable(out var why))
            {
                // State may have changed since planning (a circuit opened while an earlier backend was failing).
                context.Rejections.Add($"{backend.Name} ({backend.Tier.Name()}): {why}");
                continue;
            }

            context.Choose(candidate);
            var options = new EmbeddingGenerationOptions { ModelId = candidate.Model, AdditionalProperties = new() { [RouteContext.PropertyKey] = context } };
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
