using System.Text.Json;

namespace LocalMesh.Backends.Forwarding;

/// <summary>
/// What the node needs from one upstream <c>chat.completion</c> or <c>chat.completion.chunk</c> it forwards as it came:
/// the first choice's text and finish reason, whether it calls tools, and the usage. Read in one forward pass with
/// <see cref="Utf8JsonReader"/>; everything else is skipped unread.
/// </summary>
public struct OpenAIWireSummary
{
    /// <summary>The response id.</summary>
    public string? Id;

    /// <summary>The model that answered.</summary>
    public string? Model;

    /// <summary>The first choice's text (<c>message.content</c> or <c>delta.content</c>).</summary>
    public string? Text;

    /// <summary>The first choice's finish reason.</summary>
    public string? FinishReason;

    /// <summary>Whether the first choice calls tools.</summary>
    public bool HasToolCalls;

    /// <summary>Whether <c>choices</c> has any element (a usage-only chunk has none).</summary>
    public bool HasChoices;

    /// <summary>Whether the object carries <c>usage</c>.</summary>
    public bool HasUsage;

    /// <summary><c>usage.prompt_tokens</c>.</summary>
    public long? PromptTokens;

    /// <summary><c>usage.completion_tokens</c>.</summary>
    public long? CompletionTokens;

    /// <summary><c>usage.total_tokens</c>.</summary>
    public long? TotalTokens;

    /// <summary>Reads <paramref name="json"/>, a <c>chat.completion</c> or <c>chat.completion.chunk</c> object.</summary>
    /// <exception cref="JsonException">It is not a JSON object.</exception>
    public static OpenAIWireSummary Read(ReadOnlySpan<byte> json) => Read(json, default);

    /// <summary>
    /// Reads one chunk of a stream, reusing <paramref name="previous"/>'s id and model strings when this chunk repeats them
    /// (every chunk of a stream does), so a streamed answer allocates them once rather than once per chunk.
    /// </summary>
    public static OpenAIWireSummary Read(ReadOnlySpan<byte> json, in OpenAIWireSummary previous)
    {
        var summary = default(OpenAIWireSummary);
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The upstream's answer is not a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("choices"u8))
            {
                reader.Read();
                ReadChoices(ref reader, ref summary);
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                reader.Read();
                ReadUsage(ref reader, ref summary);
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                summary.Id = StringOrSkip(ref reader, previous.Id);
            }
            else if (reader.ValueTextEquals("model"u8))
            {
                reader.Read();
                summary.Model = StringOrSkip(ref reader, previous.Model);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return summary;
    }

    private static void ReadChoices(ref Utf8JsonReader reader, ref OpenAIWireSummary summary)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }

        var first = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!first || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip(); // only the first choice counts: n > 1 is refused by the API layer
                continue;
            }

            first = false;
            summary.HasChoices = true;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("message"u8) || reader.ValueTextEquals("delta"u8))
                {
                    reader.Read();
                    ReadMessage(ref reader, ref summary);
                }
                else if (reader.ValueTextEquals("finish_reason"u8))
                {
                    reader.Read();
                    summary.FinishReason = StringOrSkip(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
    }

    private static void ReadMessage(ref Utf8JsonReader reader, ref OpenAIWireSummary summary)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("content"u8))
            {
                reader.Read();
                summary.Text = StringOrSkip(ref reader);
            }
            else if (reader.ValueTextEquals("tool_calls"u8))
            {
                reader.Read();
                summary.HasToolCalls |= reader.TokenType == JsonTokenType.StartArray;
                reader.Skip();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static void ReadUsage(ref Utf8JsonReader reader, ref OpenAIWireSummary summary)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        summary.HasUsage = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ref var target = ref summary.PromptTokens;
            var known = true;
            if (reader.ValueTextEquals("prompt_tokens"u8))
            {
                target = ref summary.PromptTokens;
            }
            else if (reader.ValueTextEquals("completion_tokens"u8))
            {
                target = ref summary.CompletionTokens;
            }
            else if (reader.ValueTextEquals("total_tokens"u8))
            {
                target = ref summary.TotalTokens;
            }
            else
            {
                known = false;
            }

            reader.Read();
            if (known && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var count))
            {
                target = count;
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static string? StringOrSkip(ref Utf8JsonReader reader, string? same = null)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return same is not null && reader.ValueTextEquals(same) ? same : reader.GetString();
        }

        reader.Skip();
        return null;
    }
}
