using System.Runtime.CompilerServices;
using LocalMesh.Routing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Telemetry;

/// <summary>
/// The outermost stage of the node's chat pipeline: one <see cref="RouteActivity"/> span per routed request (queued jobs
/// included). When nothing listens to the source (no OTLP exporter, no test listener) it hands the call straight on,
/// adding no state machine to the request, nor a layer to every streamed chunk.
/// </summary>
/// <param name="inner">The rest of the pipeline, the router at its core.</param>
public sealed class RouteTracingChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        LocalMeshTelemetry.ActivitySource.HasListeners()
            ? TracedResponseAsync(messages, options, cancellationToken)
            : base.GetResponseAsync(messages, options, cancellationToken);

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        LocalMeshTelemetry.ActivitySource.HasListeners()
            ? TracedStreamingResponseAsync(messages, options, cancellationToken)
            : base.GetStreamingResponseAsync(messages, options, cancellationToken);

    private async Task<ChatResponse> TracedResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
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

    private async IAsyncEnumerable<ChatResponseUpdate> TracedStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
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
