using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Local;
using Microsoft.Extensions.AI;

namespace LocalMesh.Routing;

/// <summary>
/// The router at the heart of the pipeline: a <see cref="FailoverChatClient"/> whose client selection walks the
/// <see cref="RoutePlanner"/>'s plan. A failure before any output reaches the caller moves on to the next backend;
/// when the plan runs out it throws <see cref="NoRouteException"/> listing everything that was tried and why.
/// Thread-safe: per-request state lives in the <see cref="RouteContext"/>.
/// </summary>
public sealed class LocalMeshRouter(RoutePlanner planner) : FailoverChatClient
{
    /// <inheritdoc />
    protected override ValueTask<IChatClient> SelectClientAsync(RoutingContext routing, CancellationToken cancellationToken)
    {
        var context = RouteContext.From(routing.ChatOptions)
            ?? throw new InvalidOperationException("The request has no LocalMesh route context; create one with RouteContext and ChatOptions.");
        if (context.TerminalError is { } rejected)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(rejected);
        }

        context.Plan ??= planner.Plan(context);
        while (context.Plan.TryDequeue(out var candidate))
        {
            // State may have changed since planning (a circuit opened while an earlier backend was failing).
            if (candidate.Backend.State.IsAvailable(out var why))
            {
                context.Choose(candidate);
                return ValueTask.FromResult(candidate.Backend.ChatClient);
            }

            context.Rejections.Add($"{candidate.Backend.Name} ({candidate.Backend.Tier.Name()}): {why}");
        }

        throw new NoRouteException(context);
    }

    /// <inheritdoc />
    protected override ValueTask OnRoutingUpdateAsync(RoutingContext routing, FailoverChatClientAttempt attempt, bool isFinal, CancellationToken cancellationToken)
    {
        if (RouteContext.From(routing.ChatOptions) is { Current: { } current } context)
        {
            var error = attempt.Exception switch
            {
                null => null,
                SpecialistDeclinedException => "declined",
                { } ex => ErrorText.Describe(ex),
            };
            context.Attempts.Add(new RouteAttempt(current.Backend.Name, current.Backend.Tier, error, attempt.Duration));

            if (UpstreamRejection.Is(attempt.Exception, out var rejection))
            {
                context.TerminalError = rejection;
            }
        }

        return ValueTask.CompletedTask;
    }
}
