using System.Text.Json;

namespace LocalMesh.Backends.Forwarding;

/// <summary>
/// The body a forwarded chat request is sent with: the client's own bytes, with at most two edits spliced in — the
/// model the router chose when it differs from the one asked for (e.g. <c>auto</c>), and, for a stream that did not
/// ask for it, <c>stream_options.include_usage</c> so the ledger gets the upstream's token counts. Nothing else is
/// re-serialised: unknown fields, number formats and key order reach the upstream as the client sent them.
/// </summary>
public static class ForwardedBody
{
    /// <summary>Builds the body to send.</summary>
    /// <param name="body">The client's request, a JSON object.</param>
    /// <param name="model">The model to ask the upstream for; null leaves the body's.</param>
    /// <param name="streaming">Whether the request is a stream.</param>
    /// <param name="usageAdded">Whether <c>stream_options.include_usage</c> was added (so its usage chunk is the node's, not the client's).</param>
    /// <exception cref="JsonException">The body is not a JSON object.</exception>
    public static ReadOnlyMemory<byte> Build(ReadOnlyMemory<byte> body, string? model, bool streaming, out bool usageAdded)
    {
        var span = body.Span;
        var reader = new Utf8JsonReader(span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The request body is not a JSON object.");
        }

        var open = (int)reader.TokenStartIndex;
        (int Start, int End)? modelValue = null;
        string? bodyModel = null;
        var hasStreamOptions = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isModel = reader.ValueTextEquals("model"u8);
            hasStreamOptions |= reader.ValueTextEquals("stream_options"u8);
            reader.Read();
            if (isModel)
            {
                modelValue = ((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
                bodyModel = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        usageAdded = streaming && !hasStreamOptions;
        var replaceModel = model is not null && !string.Equals(model, bodyModel, StringComparison.Ordinal);
        if (!usageAdded && !replaceModel)
        {
            return body;
        }

        var encodedModel = replaceModel ? JsonEncodedText.Encode(model!).EncodedUtf8Bytes : default;
        using var buffer = new MemoryStream(span.Length + 64);
        buffer.Write(span[..(open + 1)]);
        if (usageAdded)
        {
            buffer.Write("\"stream_options\":{\"include_usage\":true},"u8);
        }

        if (replaceModel && modelValue is null)
        {
            buffer.Write("\"model\":\""u8);
            buffer.Write(encodedModel);
            buffer.Write("\","u8);
        }

        var rest = open + 1;
        if (replaceModel && modelValue is { } value)
        {
            buffer.Write(span[rest..value.Start]);
            buffer.WriteByte((byte)'"');
            buffer.Write(encodedModel);
            buffer.WriteByte((byte)'"');
            rest = value.End;
        }

        buffer.Write(span[rest..]);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
