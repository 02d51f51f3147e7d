using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI.Chat;

namespace LocalMesh.Backends;

/// <summary>
/// Passes request fields that Microsoft.Extensions.AI has no property for (e.g. <c>logit_bias</c>, <c>top_k</c>,
/// vendor extensions) through to OpenAI-compatible upstreams unchanged, by patching them into the SDK's request.
/// The API layer puts them in <see cref="ChatOptions.AdditionalProperties"/> under <see cref="PropertyKey"/>.
/// </summary>
public sealed class OpenAIPassthroughChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    /// <summary>Where the API layer stores unknown request fields (a <see cref="IReadOnlyDictionary{TKey, TValue}"/> of name to JSON).</summary>
    public const string PropertyKey = "localmesh.passthrough";

    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, Apply(options), cancellationToken);

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, Apply(options), cancellationToken);

    private static ChatOptions? Apply(ChatOptions? options)
    {
        if (options?.AdditionalProperties is not { } props || !props.TryGetValue(PropertyKey, out var value) || value is not IReadOnlyDictionary<string, JsonElement> fields)
        {
            return options;
        }

        var copy = options.Clone();
        var rest = new AdditionalPropertiesDictionary(props);
        rest.Remove(PropertyKey);
        copy.AdditionalProperties = rest.Count == 0 ? null : rest;
        var previous = copy.RawRepresentationFactory;
        copy.RawRepresentationFactory = client =>
        {
            var raw = previous?.Invoke(client) as ChatCompletionOptions ?? new ChatCompletionOptions();
            foreach (var (name, json) in fields)
            {
                raw.Patch.Set(System.Text.Encoding.UTF8.GetBytes("$." + name), BinaryData.FromString(json.GetRawText()));
            }

            return raw;
        };
        return copy;
    }
}
