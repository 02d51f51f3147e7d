using System.Buffers;
using System.IO.Pipelines;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;

namespace LocalMesh.Backends.Forwarding;

/// <summary>
/// The innermost stage of an OpenAI-compatible backend: when the request reaching it is still the client's own
/// (<see cref="RawChatRequest"/>: no stage rewrote the messages), it sends the client's bytes to the upstream — with only
/// the chosen model spliced in — and hands the upstream's answer back as it came (<see cref="RawChatCompletion"/>,
/// <see cref="RawChatChunk"/>), read once for the text, finish reason and usage the router and ledger need. This skips
/// building, serialising and parsing the request and answer through the OpenAI SDK and Microsoft.Extensions.AI types,
/// the larger part of a forwarded request's CPU. Any other request (redacted, grounded, queued from elsewhere) goes to
/// <see cref="DelegatingChatClient.InnerClient"/>, the SDK client. Uses the backend's own <see cref="HttpClient"/>, so the
/// circuit breaker, timeout and the ledger's byte counts apply alike. Thread-safe.
/// </summary>
public sealed class OpenAIForwardingChatClient : DelegatingChatClient
{
    private const int MaxErrorBody = 8 * 1024;
    private readonly HttpClient _http;
    private readonly Uri _completions;
    private readonly AuthenticationHeaderValue? _authorization;

    /// <summary>Creates the stage.</summary>
    /// <param name="inner">The SDK client, for requests that cannot be forwarded as they came.</param>
    /// <param name="http">The backend's HTTP client (resilience and ledger handlers).</param>
    /// <param name="endpoint">The backend's base URL, ending in <c>/</c> (e.g. <c>http://host:8000/v1/</c>).</param>
    /// <param name="apiKey">The backend's key, if any.</param>
    public OpenAIForwardingChatClient(IChatClient inner, HttpClient http, Uri endpoint, string? apiKey)
        : base(inner)
    {
        _http = http;
        _completions = new Uri(endpoint, "chat/completions");
        _authorization = string.IsNullOrEmpty(apiKey) ? null : new AuthenticationHeaderValue("Bearer", apiKey);
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (Forwardable(messages, ref options) is not { } raw)
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }

        using var request = NewRequest(raw, options, streaming: false, out _);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, cancellationToken).ConfigureAwait(false);
        var json = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var summary = OpenAIWireSummary.Read(json);
        var message = new ChatMessage(ChatRole.Assistant, summary.Text);
        return new ChatResponse(message)
        {
            ResponseId = summary.Id,
            ModelId = summary.Model,
            FinishReason = FinishReason(summary.FinishReason),
            Usage = Usage(summary),
            RawRepresentation = new RawChatCompletion(json),
        };
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Forwardable(messages, ref options) is { } raw
            ? ForwardStreamAsync(raw, options, cancellationToken)
            : base.GetStreamingResponseAsync(messages, options, cancellationToken);

    private async IAsyncEnumerable<ChatResponseUpdate> ForwardStreamAsync(RawChatRequest raw, ChatOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = NewRequest(raw, options, streaming: true, out var usageAdded);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 4096, minimumReadSize: 1024, leaveOpen: true));
        var events = new SseEventReader();
        var ready = new List<byte[]>(4);
        var summary = default(OpenAIWireSummary);
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                events.Read(ref buffer, ready);
                if (result.IsCompleted)
                {
                    events.Finish(buffer, ready);
                    buffer = buffer.Slice(buffer.End);
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                foreach (var data in ready)
                {
                    summary = OpenAIWireSummary.Read(data, summary);
                    var update = new ChatResponseUpdate
                    {
                        Role = ChatRole.Assistant,
                        ResponseId = summary.Id,
                        ModelId = summary.Model,
                        FinishReason = FinishReason(summary.FinishReason),
                        RawRepresentation = new RawChatChunk(data, Hidden: usageAdded && !summary.HasChoices && summary.HasUsage),
                    };
                    if (!string.IsNullOrEmpty(summary.Text))
                    {
                        update.Contents.Add(new TextContent(summary.Text));
                    }

                    if (Usage(summary) is { } usage)
                    {
                        update.Contents.Add(new UsageContent(usage));
                    }

                    yield return update;
                }

                ready.Clear();
                if (events.Done || result.IsCompleted)
                {
                    break;
                }
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The client's request when <paramref name="messages"/> are still its own. Otherwise null, and the carrier key is
    /// taken out of <paramref name="options"/> (a copy: a failover's next try may share them), so the SDK client never sees it.
    /// </summary>
    private static RawChatRequest? Forwardable(IEnumerable<ChatMessage> messages, ref ChatOptions? options)
    {
        if (options?.AdditionalProperties is not { } props || !props.TryGetValue(RawChatRequest.PropertyKey, out var value))
        {
            return null;
        }

        if (value is RawChatRequest raw && ReferenceEquals(raw.Messages, messages))
        {
            return raw; // forwarded as bytes: the options are read for the model only
        }

        options = options.Clone();
        var rest = new AdditionalPropertiesDictionary(props);
        rest.Remove(RawChatRequest.PropertyKey);
        options.AdditionalProperties = rest.Count == 0 ? null : rest;
        return null;
    }

    private HttpRequestMessage NewRequest(RawChatRequest raw, ChatOptions? options, bool streaming, out bool usageAdded)
    {
        var body = ForwardedBody.Build(raw.Body, options?.ModelId, streaming, out usageAdded);
        var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, _completions) { Content = content };
        request.Headers.Authorization = _authorization;
        if (streaming)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        }

        return request;
    }

    private static async Task ThrowIfFailedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        string? body = null;
        try
        {
            var bytes = new byte[MaxErrorBody];
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var read = await stream.ReadAtLeastAsync(bytes, MaxErrorBody, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            body = Encoding.UTF8.GetString(bytes, 0, read);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            // The status says enough.
        }

        throw new UpstreamStatusException((int)response.StatusCode, body);
    }

    private static ChatFinishReason? FinishReason(string? reason) => reason switch
    {
        null => null,
        "stop" => ChatFinishReason.Stop,
        "length" => ChatFinishReason.Length,
        "tool_calls" or "function_call" => ChatFinishReason.ToolCalls,
        "content_filter" => ChatFinishReason.ContentFilter,
        _ => new ChatFinishReason(reason),
    };

    private static UsageDetails? Usage(in OpenAIWireSummary summary) => summary.HasUsage
        ? new UsageDetails { InputTokenCount = summary.PromptTokens, OutputTokenCount = summary.CompletionTokens, TotalTokenCount = summary.TotalTokens }
        : null;
}
