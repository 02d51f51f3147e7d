using System.Runtime.CompilerServices;
using System.Text.Json;
using LocalMesh.Backends;
using LocalMesh.Ledger;
using LocalMesh.Privacy.Detection;
using Microsoft.Extensions.AI;

namespace LocalMesh.Privacy.Redaction;

/// <summary>
/// A backend pipeline stage: every text the backend would see — messages of every role, the instructions,
/// tool-call arguments and tool results — is redacted with one <see cref="RedactionSession"/> per request, and the
/// answer (text and tool-call arguments, streamed or not) comes back with the originals restored. What was redacted
/// is reported to the ledger by type and count, never by value.
/// </summary>
public sealed class RedactingChatClient(IChatClient inner, PrivacyScanner scanner, IReadOnlySet<string>? allowed = null) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var session = new RedactionSession(scanner, allowed);
        var (redacted, redactedOptions) = Redact(session, messages, options);
        var response = await base.GetResponseAsync(redacted, redactedOptions, cancellationToken).ConfigureAwait(false);
        if (session.HasRedactions)
        {
            foreach (var message in response.Messages)
            {
                message.Contents = [.. message.Contents.Select(c => Restore(session, c))];
            }
        }

        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var session = new RedactionSession(scanner, allowed);
        var (redacted, redactedOptions) = Redact(session, messages, options);
        var restorer = new StreamRestorer(session);
        ChatResponseUpdate? last = null;
        await foreach (var update in base.GetStreamingResponseAsync(redacted, redactedOptions, cancellationToken).ConfigureAwait(false))
        {
            last = update;
            if (session.HasRedactions)
            {
                update.Contents = [.. update.Contents.Select(c => c is TextContent text ? new TextContent(restorer.Push(text.Text)) : Restore(session, c))];
            }

            yield return update;
        }

        if (restorer.Flush() is { Length: > 0 } rest)
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, rest) { ResponseId = last?.ResponseId, ModelId = last?.ModelId, CreatedAt = last?.CreatedAt };
        }
    }

    private static (List<ChatMessage> Messages, ChatOptions? Options) Redact(RedactionSession session, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        // Every text is learnt first, so an entity found in a later turn or a tool result is redacted in earlier ones too.
        var all = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        Map(all, options, text =>
        {
            session.Learn(text);
            return text;
        });
        var redacted = Map(all, options, session.Redact);
        if (CrossingScope.Current is { } scope)
        {
            foreach (var (type, count) in session.Counts)
            {
                scope.AddRedactions(type, count);
            }
        }

        return redacted;
    }

    /// <summary>Every text of the request mapped: messages, instructions, tool calls and results, passed-through fields.</summary>
    private static (List<ChatMessage> Messages, ChatOptions? Options) Map(IReadOnlyList<ChatMessage> messages, ChatOptions? options, Func<string, string> map)
    {
        var mapped = messages.Select(m => new ChatMessage(m.Role, [.. m.Contents.Select(c => Map(c, map))])
        {
            AuthorName = m.AuthorName,
            MessageId = m.MessageId,
            AdditionalProperties = m.AdditionalProperties,
        }).ToList();
        if (options?.Instructions is { } instructions)
        {
            options = options.Clone();
            options.Instructions = map(instructions);
        }

        // Request fields LocalMesh does not model (passed through to OpenAI-compatible upstreams) are redacted too.
        if (options?.AdditionalProperties?.TryGetValue(OpenAIPassthroughChatClient.PropertyKey, out var passthrough) == true
            && passthrough is IReadOnlyDictionary<string, JsonElement> fields)
        {
            options = options.Clone();
            options.AdditionalProperties = new AdditionalPropertiesDictionary(options.AdditionalProperties!)
            {
                [OpenAIPassthroughChatClient.PropertyKey] = fields.ToDictionary(
                    f => f.Key,
                    f => MapValue(f.Value, map) is var value && value is JsonElement e ? e : JsonSerializer.SerializeToElement(value)),
            };
        }

        return (mapped, options);
    }

    private static AIContent Map(AIContent content, Func<string, string> map) => content switch
    {
        TextContent text => new TextContent(map(text.Text)),
        TextReasoningContent reasoning => new TextReasoningContent(map(reasoning.Text)),
        FunctionCallContent call => new FunctionCallContent(call.CallId, call.Name, Map(call.Arguments, map)),
        FunctionResultContent result => new FunctionResultContent(result.CallId, MapValue(result.Result, map)),
        _ => content, // images and files are not scanned; policy decides whether they may go
    };

    private static AIContent Restore(RedactionSession session, AIContent content) => content switch
    {
        TextContent text => new TextContent(session.Restore(text.Text)),
        FunctionCallContent call => new FunctionCallContent(call.CallId, call.Name, Map(call.Arguments, session.Restore)),
        _ => content,
    };

    private static Dictionary<string, object?>? Map(IDictionary<string, object?>? arguments, Func<string, string> map) =>
        arguments?.ToDictionary(p => p.Key, p => MapValue(p.Value, map));

    /// <summary>Strings are mapped; any other value is mapped through its JSON text (placeholders are JSON-safe).</summary>
    private static object? MapValue(object? value, Func<string, string> map)
    {
        switch (value)
        {
            case null:
                return null;
            case string s:
                return map(s);
            case JsonElement { ValueKind: JsonValueKind.String } e:
                return map(e.GetString()!);
            default:
                var json = JsonSerializer.Serialize(value, AIJsonUtilities.DefaultOptions);
                var mapped = map(json);
                if (ReferenceEquals(mapped, json) || mapped == json)
                {
                    return value;
                }

                try
                {
                    return JsonDocument.Parse(mapped).RootElement.Clone();
                }
                catch (JsonException)
                {
                    return mapped; // a match straddled JSON syntax: send the mapped text rather than the original
                }
        }
    }
}
