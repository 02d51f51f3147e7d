using System.Buffers;
using System.Text.Json;
using LocalMesh.Backends.Forwarding;
using LocalMesh.Configuration;
using LocalMesh.Routing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Server.OpenAI;

/// <summary>Writes Microsoft.Extensions.AI responses in OpenAI's chat completion shapes, with the <c>localmesh</c> route field. Thread-safe; no state.</summary>
public static class ChatResponseWriter
{
    /// <summary>
    /// Writes a <c>chat.completion</c> object to <paramref name="output"/>: the upstream's own when the answer was
    /// forwarded as it came (<see cref="RawChatCompletion"/>), with the route added, else built from <paramref name="response"/>.
    /// </summary>
    /// <param name="output">Where the JSON goes.</param>
    /// <param name="writer">A writer to reuse (reset to <paramref name="output"/>).</param>
    /// <param name="response">The answer.</param>
    /// <param name="context">The request's route.</param>
    /// <param name="now">The node's time (its <see cref="TimeProvider"/>), the <c>created</c> of an answer that carries none.</param>
    public static void WriteCompletion(IBufferWriter<byte> output, Utf8JsonWriter writer, ChatResponse response, RouteContext context, DateTimeOffset now)
    {
        if (response.RawRepresentation is RawChatCompletion raw)
        {
            WriteForwarded(output, writer, raw.Json.Span, context);
            return;
        }

        writer.Reset(output);
        WriteCompletion(writer, response, context, now);
        writer.Flush();
    }

    /// <summary>
    /// Writes an upstream's JSON object as it came, with the <c>localmesh</c> field added before its closing brace when
    /// <paramref name="route"/> is given.
    /// </summary>
    /// <exception cref="JsonException"><paramref name="json"/> does not end an object.</exception>
    public static void WriteForwarded(IBufferWriter<byte> output, Utf8JsonWriter writer, ReadOnlySpan<byte> json, RouteContext? route)
    {
        if (route is null)
        {
            output.Write(json);
            return;
        }

        var body = json.TrimEnd(" \t\r\n"u8);
        if (body.Length < 2 || body[^1] != (byte)'}')
        {
            throw new JsonException("The upstream's answer is not a JSON object.");
        }

        body = body[..^1];
        output.Write(body);
        output.Write(body.TrimEnd(" \t\r\n"u8)[^1] == (byte)'{' ? "\"localmesh\":"u8 : ",\"localmesh\":"u8);
        writer.Reset(output);
        WriteRouteObject(writer, route);
        writer.Flush();
        output.Write("}"u8);
    }

    private static void WriteCompletion(Utf8JsonWriter writer, ChatResponse response, RouteContext context, DateTimeOffset now)
    {
        writer.WriteStartObject();
        writer.WriteString("id", response.ResponseId ?? "chatcmpl-" + context.RequestId);
        writer.WriteString("object", "chat.completion");
        writer.WriteNumber("created", (response.CreatedAt ?? now).ToUnixTimeSeconds());
        writer.WriteString("model", response.ModelId ?? context.Decision?.Model ?? "auto");
        writer.WriteStartArray("choices");
        writer.WriteStartObject();
        writer.WriteNumber("index", 0);
        writer.WriteStartObject("message");
        writer.WriteString("role", "assistant");
        var text = response.Text;
        var calls = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();
        if (text.Length == 0 && calls.Count > 0)
        {
            writer.WriteNull("content");
        }
        else
        {
            writer.WriteString("content", text);
        }

        if (calls.Count > 0)
        {
            WriteToolCalls(writer, calls, withIndex: false);
        }

        writer.WriteEndObject();
        writer.WriteNull("logprobs");
        writer.WriteString("finish_reason", FinishReason(response.FinishReason, calls.Count > 0) ?? "stop");
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (response.Usage is { } usage)
        {
            WriteUsage(writer, usage);
        }

        WriteRoute(writer, context);
        writer.WriteEndObject();
    }

    /// <summary>Writes one <c>chat.completion.chunk</c>; the first carries the role and the route.</summary>
    public static void WriteChunk(Utf8JsonWriter writer, ChatResponseUpdate update, string id, long created, string model, RouteContext? firstChunkRoute, ref int toolIndex)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("object", "chat.completion.chunk");
        writer.WriteNumber("created", created);
        writer.WriteString("model", update.ModelId ?? model);
        writer.WriteStartArray("choices");
        writer.WriteStartObject();
        writer.WriteNumber("index", 0);
        writer.WriteStartObject("delta");
        if (firstChunkRoute is not null)
        {
            writer.WriteString("role", "assistant");
        }

        var text = update.Text;
        if (text.Length > 0 || firstChunkRoute is not null)
        {
            writer.WriteString("content", text);
        }

        if (FunctionCalls(update.Contents) is { } calls)
        {
            WriteToolCalls(writer, calls, withIndex: true, toolIndex);
            toolIndex += calls.Count;
        }

        writer.WriteEndObject();
        writer.WriteNull("logprobs");
        if (FinishReason(update.FinishReason, false) is { } finish)
        {
            writer.WriteString("finish_reason", finish);
        }
        else
        {
            writer.WriteNull("finish_reason");
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
        if (firstChunkRoute is not null)
        {
            WriteRoute(writer, firstChunkRoute);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the final usage chunk (<c>stream_options.include_usage</c>).</summary>
    public static void WriteUsageChunk(Utf8JsonWriter writer, UsageDetails usage, string id, long created, string model)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("object", "chat.completion.chunk");
        writer.WriteNumber("created", created);
        writer.WriteString("model", model);
        writer.WriteStartArray("choices");
        writer.WriteEndArray();
        WriteUsage(writer, usage);
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>localmesh</c> field: where the request went and why.</summary>
    public static void WriteRoute(Utf8JsonWriter writer, RouteContext context)
    {
        writer.WritePropertyName("localmesh");
        WriteRouteObject(writer, context);
    }

    /// <summary>Writes the value of the <c>localmesh</c> field.</summary>
    private static void WriteRouteObject(Utf8JsonWriter writer, RouteContext context)
    {
        writer.WriteStartObject();
        writer.WriteString("request_id", context.RequestId);
        var decision = context.Decision;
        writer.WriteString("tier", decision?.Tier.Name());
        writer.WriteString("backend", decision?.Backend);
        writer.WriteString("model", decision?.Model);
        writer.WriteString("domain", context.Domain);
        writer.WriteString("domain_source", context.DomainSource);
        writer.WriteString("reason", decision?.Reason);
        writer.WriteBoolean("degraded", decision?.Degraded ?? false);
        if (context.Intent is { } intent)
        {
            writer.WriteStartObject("intent");
            writer.WriteString("name", intent.Intent);
            writer.WriteString("domain", intent.IntentDomain);
            writer.WriteNumber("score", Math.Round(intent.Score, 4));
            writer.WriteString("decision", intent.Local ? "local" : "escalate");
            writer.WriteString("reason", intent.Reason);
            writer.WriteEndObject();
        }

        if (context.Grounding is { } grounding)
        {
            writer.WriteStartArray("collections");
            foreach (var collection in grounding.Collections)
            {
                writer.WriteStringValue(collection);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("citations");
            grounding.WriteCitations(writer);
        }

        if (context.Cache is { } cache)
        {
            writer.WriteStartObject("cache");
            writer.WriteString("status", cache.Status);
            if (cache.Reason is not null)
            {
                writer.WriteString("reason", cache.Reason);
            }

            if (cache.Status == Caching.CacheOutcome.HitStatus)
            {
                writer.WriteNumber("similarity", cache.Similarity ?? 0);
                writer.WriteString("source_request_id", cache.SourceRequestId);
                writer.WriteString("saved_tier", cache.SavedTier?.Name());
                writer.WriteString("saved_backend", cache.SavedBackend);
                writer.WriteNumber("saved_bytes", cache.SavedBytes);
                writer.WriteNumber("saved_cost", cache.SavedCost);
            }

            writer.WriteEndObject();
        }

        writer.WriteStartArray("attempts");
        foreach (var attempt in context.Attempts)
        {
            writer.WriteStartObject();
            writer.WriteString("backend", attempt.Backend);
            writer.WriteString("tier", attempt.Tier.Name());
            writer.WriteString("error", attempt.Error);
            writer.WriteNumber("ms", Math.Round(attempt.Duration.TotalMilliseconds, 2));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The function calls among an update's contents, or null when there are none (most chunks: no list is made for them).</summary>
    private static List<FunctionCallContent>? FunctionCalls(IList<AIContent> contents)
    {
        List<FunctionCallContent>? calls = null;
        for (var i = 0; i < contents.Count; i++)
        {
            if (contents[i] is FunctionCallContent call)
            {
                (calls ??= []).Add(call);
            }
        }

        return calls;
    }

    private static void WriteToolCalls(Utf8JsonWriter writer, List<FunctionCallContent> calls, bool withIndex, int firstIndex = 0)
    {
        writer.WriteStartArray("tool_calls");
        foreach (var call in calls)
        {
            writer.WriteStartObject();
            if (withIndex)
            {
                writer.WriteNumber("index", firstIndex++);
            }

            writer.WriteString("id", call.CallId);
            writer.WriteString("type", "function");
            writer.WriteStartObject("function");
            writer.WriteString("name", call.Name);
            writer.WriteString("arguments", call.Arguments is null ? "{}" : JsonSerializer.Serialize(call.Arguments, AIJsonUtilities.DefaultOptions));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteUsage(Utf8JsonWriter writer, UsageDetails usage)
    {
        writer.WriteStartObject("usage");
        writer.WriteNumber("prompt_tokens", usage.InputTokenCount ?? 0);
        writer.WriteNumber("completion_tokens", usage.OutputTokenCount ?? 0);
        writer.WriteNumber("total_tokens", usage.TotalTokenCount ?? ((usage.InputTokenCount ?? 0) + (usage.OutputTokenCount ?? 0)));
        writer.WriteEndObject();
    }

    private static string? FinishReason(ChatFinishReason? reason, bool hasToolCalls) =>
        reason is null ? (hasToolCalls ? "tool_calls" : null)
        : reason == ChatFinishReason.Stop ? "stop"
        : reason == ChatFinishReason.Length ? "length"
        : reason == ChatFinishReason.ToolCalls ? "tool_calls"
        : reason == ChatFinishReason.ContentFilter ? "content_filter"
        : reason.Value.Value;
}
