using System.Runtime.CompilerServices;
using LocalMesh.Routing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Mesh.Routing;

/// <summary>
/// The mesh's stage in front of the router. On the entry node it opens an <see cref="OutgoingHop"/> for the request
/// and, when a peer answered, names the peer's backend and node in the route decision (so the route header and the
/// ledger say <c>backend=ollama@node-b</c>). On a serving node it narrows the request to what the entry node allowed.
/// Thread-safe.
/// </summary>
public sealed class MeshHopChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var hop = Begin(options);
        var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        End(hop);
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var hop = Begin(options);
        var first = true;
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
        {
            if (first)
            {
                End(hop); // before the first update reaches the handler, which then writes the route header
                first = false;
            }

            yield return update;
        }
    }

    private static OutgoingHop? Begin(ChatOptions? options)
    {
        if (RouteContext.From(options) is not { } context)
        {
            return null;
        }

        if (MeshHop.Incoming is { } incoming)
        {
            context.ArrivedFrom(incoming.EntryNode, incoming.AllowedHere);
            return null;
        }

        var hop = new OutgoingHop(context);
        MeshHop.Outgoing = hop;
        return hop;
    }

    private static void End(OutgoingHop? hop)
    {
        if (hop is { Node: { } node, Context.Decision: { } decision } && MeshBackendProvider.IsMeshBackend(decision.Backend))
        {
            var via = $"via {node} (site {hop.Site})";
            hop.Context.Decision = decision with
            {
                Backend = $"{hop.Backend ?? "auto"}@{node}",
                Reason = hop.Failed.Count == 0 ? $"{decision.Reason}; {via}" : $"{decision.Reason}; {via} after {string.Join(", ", hop.Failed)}",
            };
        }
    }
}
