using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LocalMesh.Backends;
using LocalMesh.Routing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Caching;

/// <summary>
/// Where a cached answer may be given again: the semantic cache keeps answers under a scope and compares only questions
/// within one. A scope is one API key, one data domain, one requested model (<c>auto</c> too), the same settings that
/// change an answer (temperature, top_p, max_tokens, stop, seed, penalties, response_format and every field passed
/// through to the upstream) and the same conversation before the last user turn (system prompt and earlier turns,
/// exactly). Requests that are not a plain question are not cached at all: tools (the answer depends on the caller's
/// functions and state), images or tool results in the conversation, a last message that is not the user's.
/// Thread-safe; no state.
/// </summary>
public static class CacheScope
{
    /// <summary>
    /// The scope of a request and its question (the last user turn's text); null with <paramref name="skip"/> saying why
    /// when the request is not one the cache may answer or keep.
    /// </summary>
    /// <param name="messages">The conversation.</param>
    /// <param name="options">The request's options.</param>
    /// <param name="context">Its route context (caller, domain, model).</param>
    /// <param name="question">The last user turn.</param>
    /// <param name="skip">Why there is no scope.</param>
    public static string? Of(IReadOnlyList<ChatMessage> messages, ChatOptions? options, RouteContext context, out string question, out string? skip)
    {
        question = string.Empty;
        skip = context.Grounding is not null ? "knowledge-base answer (the knowledge tier has its own cache)"
            : context.EntryNode is not null ? "sent by another mesh node (cached on its entry node)"
            : context.CacheDirective == CacheDirective.NoStore ? "Cache-Control: no-store"
            : context.UsesTools || options?.Tools is { Count: > 0 } ? "tools"
            : messages.Count == 0 || messages[^1].Role != ChatRole.User ? "the last message is not the user's"
            : messages.Any(m => m.Contents.Any(c => c is not TextContent)) ? "not plain text (images, tool calls or results)"
            : null;
        if (skip is not null)
        {
            return null;
        }

        question = messages[^1].Text.Trim();
        if (question.Length == 0)
        {
            skip = "empty question";
            return null;
        }

        var text = new StringBuilder();
        Field(text, context.KeyName ?? "-");
        Field(text, context.Domain.ToLowerInvariant());
        Field(text, context.RequestedModel?.ToLowerInvariant() ?? "auto");
        Settings(text, options);
        for (var i = 0; i < messages.Count - 1; i++)
        {
            Field(text, messages[i].Role.Value);
            Field(text, messages[i].AuthorName ?? string.Empty);
            Field(text, messages[i].Text);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Settings(StringBuilder text, ChatOptions? options)
    {
        if (options is null)
        {
            return;
        }

        Field(text, string.Create(CultureInfo.InvariantCulture,
            $"t={options.Temperature} p={options.TopP} k={options.TopK} max={options.MaxOutputTokens} seed={options.Seed} pp={options.PresencePenalty} fp={options.FrequencyPenalty}"));
        Field(text, options.StopSequences is { } stop ? string.Join('\u001f', stop) : string.Empty);
        Field(text, options.ResponseFormat switch
        {
            ChatResponseFormatJson json => $"json {json.SchemaName} {json.Schema?.GetRawText()}",
            ChatResponseFormatText => "text",
            _ => string.Empty,
        });
        if (options.AdditionalProperties?.TryGetValue(OpenAIPassthroughChatClient.PropertyKey, out var value) == true && value is IReadOnlyDictionary<string, JsonElement> fields)
        {
            foreach (var (name, field) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                Field(text, name + "=" + field.GetRawText());
            }
        }
    }

    // Length-prefixed, so two different field lists never join into the same string.
    private static void Field(StringBuilder text, string value) => text.Append(value.Length).Append(':').Append(value);
}
