using Microsoft.Extensions.AI;

namespace LocalMesh.Backends.Forwarding;

/// <summary>
/// The client's chat request as it arrived, kept beside its parsed form so that an OpenAI-compatible backend can be sent
/// the original bytes instead of a re-serialised copy (<see cref="OpenAIForwardingChatClient"/>). Valid only while the
/// messages a backend receives are still <see cref="Messages"/>: a stage that rewrites them (redaction, knowledge
/// grounding) passes a new list, and the backend then serialises what it was given.
/// </summary>
/// <param name="Body">The request body, a JSON object (already validated by the API layer).</param>
/// <param name="Messages">The parsed messages: identity, not equality, says the request was not rewritten.</param>
public sealed record RawChatRequest(ReadOnlyMemory<byte> Body, IReadOnlyList<ChatMessage> Messages)
{
    /// <summary>
    /// The key under which a backend's pipeline carries it in <see cref="ChatOptions.AdditionalProperties"/> to the
    /// forwarding stage, which removes it (the route context itself is removed before anything can leave).
    /// </summary>
    public const string PropertyKey = "localmesh.raw";
}
