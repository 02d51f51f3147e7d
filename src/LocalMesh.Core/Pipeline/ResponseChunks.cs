using Microsoft.Extensions.AI;

namespace LocalMesh.Pipeline;

/// <summary>
/// A whole answer made in the node (a knowledge-base answer, a cached one) streamed the way a model streams: a chunk
/// per sentence and per line, then a last update with the finish reason and the usage (which the API writes as the
/// <c>stream_options.include_usage</c> chunk when asked). Thread-safe; no state.
/// </summary>
public static class ResponseChunks
{
    /// <summary>The updates of <paramref name="response"/>.</summary>
    public static IEnumerable<ChatResponseUpdate> Of(ChatResponse response)
    {
        var text = response.Text;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == ' ' && i > 0 && text[i - 1] is '.' or ']' or '?' or '!'))
            {
                yield return Chunk(response, text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return Chunk(response, text[start..]);
        }

        var end = new ChatResponseUpdate(ChatRole.Assistant, []) { FinishReason = response.FinishReason, ModelId = response.ModelId, CreatedAt = response.CreatedAt };
        if (response.Usage is { } usage)
        {
            end.Contents.Add(new UsageContent(usage));
        }

        yield return end;
    }

    private static ChatResponseUpdate Chunk(ChatResponse response, string text) =>
        new(ChatRole.Assistant, text) { ModelId = response.ModelId, CreatedAt = response.CreatedAt };
}
