using System.Runtime.CompilerServices;
using LocalMesh.Routing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Telemetry;

/// <summary>The outermost stage of the node's chat pipeline: one <see cref="RouteActivity"/> span per routed request (queued jobs included).</summary>
/// <param name="inner">The rest of the pipeline, the router at its core.</param>
public sealed class RouteTracingChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var context = RouteContext.From(options);
        var activity = RouteActivity.Start("chat", context);
        Exception? error = null;
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            error = ex;
            throw;
        }
        finally
        {
            RouteActivity.Stop(activity, context, error);
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var context = RouteContext.From(options);
        var activity = RouteActivity.Start("chat", context);
        Exception? error = null;
        try
        {
            await using var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception ex)
                {
                    error = ex;
                    throw;
                }

                yield return updates.Current;
            }
        }
        finally
        {
            RouteActivity.Stop(activity, context, error);
        }
    }
}
