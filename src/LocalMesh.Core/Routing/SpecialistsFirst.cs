using Microsoft.Extensions.AI;

namespace LocalMesh.Routing;

/// <summary>
/// Lets a stage in front of the router work only on the requests the in-process specialists do not answer: for a
/// model-<c>auto</c> request it asks the router to try the specialists alone (<see cref="SpecialistsTurn.Only"/>); their
/// answer is returned as it is, and when they decline the request is marked <see cref="SpecialistsTurn.Declined"/> and
/// the stage goes on (the knowledge base's look at an <c>auto</c> question, the semantic cache's lookup). So a question
/// an intent answers in a millisecond never pays for an encoder call. Thread-safe; no state.
/// </summary>
public static class SpecialistsFirst
{
    /// <summary>Whether the specialists should be asked first for <paramref name="context"/>: model <c>auto</c>, not yet asked, not a knowledge-base request.</summary>
    public static bool Applies(RouteContext context) => context is { RequestedModel: null, Grounding: null, SpecialistsTurn: SpecialistsTurn.Default };

    /// <summary>The specialists' answer, or null when they declined (or the node has none, or the domain may not stay local).</summary>
    public static async Task<ChatResponse?> AskAsync(IChatClient router, IReadOnlyList<ChatMessage> messages, ChatOptions? options, RouteContext context, CancellationToken cancellationToken)
    {
        context.AskSpecialistsOnly();
        try
        {
            return await router.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (NoRouteException)
        {
            context.PassSpecialists();
            return null;
        }
    }

    /// <summary>The specialists' answer as a stream, its first update read (false when it has none); null when they declined.</summary>
    public static async Task<(IAsyncEnumerator<ChatResponseUpdate> Updates, bool HasUpdate)?> AskStreamingAsync(
        IChatClient router, IReadOnlyList<ChatMessage> messages, ChatOptions? options, RouteContext context, CancellationToken cancellationToken)
    {
        context.AskSpecialistsOnly();
        var updates = router.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            return (updates, await updates.MoveNextAsync().ConfigureAwait(false));
        }
        catch (NoRouteException)
        {
            await updates.DisposeAsync().ConfigureAwait(false);
            context.PassSpecialists();
            return null;
        }
    }
}
