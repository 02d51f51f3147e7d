using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Testing;

/// <summary>
/// A real Kestrel server on loopback speaking the OpenAI protocol: deterministic answers, configurable latency and
/// faults, and a record of every request it gets (which is how tests prove what did or did not leave).
/// </summary>
public sealed class FakeLlmServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _bodyBytes;
    private int _probes;

    private FakeLlmServer(WebApplication app, string name)
    {
        _app = app;
        Name = name;
        Reply = $"Hello from {name}.";
    }

    /// <summary>The server's name (appears in its replies).</summary>
    public string Name { get; }

    /// <summary>The port it listens on.</summary>
    public int Port { get; private set; }

    /// <summary>The OpenAI base URL, <c>http://127.0.0.1:PORT/v1</c>.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}/v1";

    /// <summary>The answer text (streamed word by word).</summary>
    public string Reply { get; set; }

    /// <summary>When true the reply is the text of the request's last user message (proves what arrived comes back restored).</summary>
    public bool Echo { get; set; }

    /// <summary>Makes the embedding of a text (default: eight numbers from its SHA-256, meaningless but stable).</summary>
    public Func<string, float[]>? Embed { get; set; }

    /// <summary>When set, streamed replies come in chunks of this many characters (splitting words and placeholders), not words.</summary>
    public int? StreamChunkChars { get; set; }

    /// <summary>Models listed by <c>/v1/models</c>.</summary>
    public string[] Models { get; set; } = ["fake-model"];

    /// <summary>Delay before answering.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>
    /// Runs when a chat or embedding request has arrived, before any byte of the answer is sent: while it runs the
    /// caller is waiting on this server. Tests advance a fake clock here to put an exact time "on the wire".
    /// </summary>
    public Action? OnRequest { get; set; }

    /// <summary>When non-zero, chat and model calls answer with this status.</summary>
    public int FailStatus { get; set; }

    /// <summary>Whether model-list calls (health probes) fail too when <see cref="FailStatus"/> is set; false tests passive failover alone.</summary>
    public bool ProbesFollowFailures { get; set; } = true;

    /// <summary>When set, the answer is this function call instead of text (streamed as OpenAI does: name first, then the arguments in pieces).</summary>
    public (string Name, string Arguments)? ToolCall { get; set; }

    /// <summary>When set, a streamed text answer waits for this before it sends its second chunk (the first is sent and flushed).</summary>
    public Task? SecondChunkGate { get; set; }

    /// <summary>When set, a stream is cut (connection aborted) after this many chunks.</summary>
    public int? AbortAfterChunks { get; set; }

    /// <summary>Every chat/embedding request received.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Total request body bytes received on chat/embedding calls.</summary>
    public long BodyBytes => Interlocked.Read(ref _bodyBytes);

    /// <summary>Model-list calls (health probes) received.</summary>
    public int Probes => Volatile.Read(ref _probes);

    /// <summary>Whether any received request body contains <paramref name="text"/>.</summary>
    public bool Received(string text) => Requests.Any(r => r.Body.Contains(text, StringComparison.Ordinal));

    /// <summary>Starts a server on <paramref name="port"/> (0: any free port).</summary>
    public static async Task<FakeLlmServer> StartAsync(string name, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        var app = builder.Build();
        var server = new FakeLlmServer(app, name);
        app.MapPost("/v1/chat/completions", server.ChatAsync);
        app.MapPost("/v1/embeddings", server.EmbeddingsAsync);
        app.MapGet("/v1/models", server.ModelsAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Port = new Uri(address).Port;
        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(stop.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task ModelsAsync(HttpContext http)
    {
        Interlocked.Increment(ref _probes);
        if (FailStatus != 0 && ProbesFollowFailures)
        {
            http.Response.StatusCode = FailStatus;
            return;
        }

        await http.Response.WriteAsJsonAsync(new { @object = "list", data = Models.Select(m => new { id = m, @object = "model", owned_by = Name }) }).ConfigureAwait(false);
    }

    private async Task<byte[]> RecordAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        var body = buffer.ToArray();
        Interlocked.Add(ref _bodyBytes, body.Length);
        Requests.Enqueue(new RecordedRequest(http.Request.Path, Encoding.UTF8.GetString(body), http.Request.Headers.Authorization.ToString()));
        OnRequest?.Invoke();
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency).ConfigureAwait(false);
        }

        return body;
    }

    private static string LastUserText(JsonElement request)
    {
        var last = request.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content");
        return last.ValueKind == JsonValueKind.String
            ? last.GetString()!
            : string.Concat(last.EnumerateArray().Where(p => p.TryGetProperty("text", out _)).Select(p => p.GetProperty("text").GetString()));
    }

    private async Task ChatAsync(HttpContext http)
    {
        var body = await RecordAsync(http).ConfigureAwait(false);
        if (FailStatus != 0)
        {
            http.Response.StatusCode = FailStatus;
            await http.Response.WriteAsJsonAsync(new { error = new { message = $"{Name} is failing on purpose", type = "server_error" } }).ConfigureAwait(false);
            return;
        }

        using var json = JsonDocument.Parse(body);
        var model = json.RootElement.TryGetProperty("model", out var m) ? m.GetString() : "fake-model";
        var stream = json.RootElement.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        var promptTokens = body.Length / 4;
        if (ToolCall is { } call)
        {
            await ToolCallAsync(http, model, stream, call, promptTokens).ConfigureAwait(false);
            return;
        }

        var reply = Echo ? LastUserText(json.RootElement) : Reply;
        var words = StreamChunkChars is { } size
            ? [.. Enumerable.Range(0, (reply.Length + size - 1) / size).Select(i => reply.Substring(i * size, Math.Min(size, reply.Length - (i * size))))]
            : reply.Split(' ');

        if (!stream)
        {
            await http.Response.WriteAsJsonAsync(new
            {
                id = "chatcmpl-fake",
                @object = "chat.completion",
                created = 1_700_000_000,
                model,
                choices = new[] { new { index = 0, message = new { role = "assistant", content = reply }, finish_reason = "stop" } },
                usage = new { prompt_tokens = promptTokens, completion_tokens = words.Length, total_tokens = promptTokens + words.Length },
            }).ConfigureAwait(false);
            return;
        }

        http.Response.ContentType = "text/event-stream";
        for (var i = 0; i < words.Length; i++)
        {
            if (AbortAfterChunks is { } limit && i >= limit)
            {
                await http.Response.Body.FlushAsync().ConfigureAwait(false);

                // Give the reader time to consume what was sent: a reset drops unread data, which would turn "mid-stream" into "before output".
                await Task.Delay(i == 0 ? 0 : 300).ConfigureAwait(false);
                http.Features.Get<IHttpRequestLifetimeFeature>()?.Abort();
                return;
            }

            if (i == 1 && SecondChunkGate is { } gate)
            {
                await gate.ConfigureAwait(false);
            }

            var delta = StreamChunkChars is null && i > 0 ? " " + words[i] : words[i];
            await WriteEventAsync(http, Chunk(model, new { role = i == 0 ? "assistant" : null, content = delta }, null)).ConfigureAwait(false);
        }

        await EndStreamAsync(http, model, "stop", new { prompt_tokens = promptTokens, completion_tokens = words.Length, total_tokens = promptTokens + words.Length }).ConfigureAwait(false);
    }

    private async Task EmbeddingsAsync(HttpContext http)
    {
        var body = await RecordAsync(http).ConfigureAwait(false);
        if (FailStatus != 0)
        {
            http.Response.StatusCode = FailStatus;
            return;
        }

        using var json = JsonDocument.Parse(body);
        var input = json.RootElement.GetProperty("input");
        var texts = input.ValueKind == JsonValueKind.String ? [input.GetString()!] : input.EnumerateArray().Select(e => e.GetString()!).ToArray();
        await http.Response.WriteAsJsonAsync(new
        {
            @object = "list",
            data = texts.Select((t, i) => new { @object = "embedding", index = i, embedding = (Embed ?? Vector)(t) }),
            model = json.RootElement.TryGetProperty("model", out var m) ? m.GetString() : "fake-embed",
            usage = new { prompt_tokens = texts.Sum(t => t.Length / 4), total_tokens = texts.Sum(t => t.Length / 4) },
        }).ConfigureAwait(false);
    }

    private static float[] Vector(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return [.. hash.Take(8).Select(b => b / 255f)];
    }

    private static async Task ToolCallAsync(HttpContext http, string? model, bool stream, (string Name, string Arguments) call, int promptTokens)
    {
        const string Id = "call_fake_1";
        var usage = new { prompt_tokens = promptTokens, completion_tokens = 7, total_tokens = promptTokens + 7 };
        if (!stream)
        {
            var toolCalls = new[] { new { id = Id, type = "function", function = new { name = call.Name, arguments = call.Arguments } } };
            await http.Response.WriteAsJsonAsync(new
            {
                id = "chatcmpl-fake",
                @object = "chat.completion",
                created = 1_700_000_000,
                model,
                choices = new[] { new { index = 0, message = new { role = "assistant", content = (string?)null, tool_calls = toolCalls }, finish_reason = "tool_calls" } },
                usage,
            }).ConfigureAwait(false);
            return;
        }

        http.Response.ContentType = "text/event-stream";
        await WriteEventAsync(http, Chunk(model, new { role = "assistant", tool_calls = new[] { new { index = 0, id = Id, type = "function", function = new { name = call.Name, arguments = "" } } } }, null)).ConfigureAwait(false);
        for (var at = 0; at < call.Arguments.Length; at += 5)
        {
            var piece = call.Arguments.Substring(at, Math.Min(5, call.Arguments.Length - at));
            await WriteEventAsync(http, Chunk(model, new { tool_calls = new[] { new { index = 0, function = new { arguments = piece } } } }, null)).ConfigureAwait(false);
        }

        await EndStreamAsync(http, model, "tool_calls", usage).ConfigureAwait(false);
    }

    /// <summary>One <c>chat.completion.chunk</c> with a single choice.</summary>
    private static object Chunk(string? model, object delta, string? finish) =>
        new { id = "chatcmpl-fake", @object = "chat.completion.chunk", created = 1_700_000_000, model, choices = new[] { new { index = 0, delta, finish_reason = finish } } };

    /// <summary>Ends a stream as OpenAI does: a chunk with the finish reason, a usage chunk with no choices, then <c>[DONE]</c>.</summary>
    private static async Task EndStreamAsync(HttpContext http, string? model, string finish, object usage)
    {
        await WriteEventAsync(http, Chunk(model, new { }, finish)).ConfigureAwait(false);
        await WriteEventAsync(http, new { id = "chatcmpl-fake", @object = "chat.completion.chunk", created = 1_700_000_000, model, choices = Array.Empty<object>(), usage }).ConfigureAwait(false);
        await http.Response.WriteAsync("data: [DONE]\n\n").ConfigureAwait(false);
    }

    private static async Task WriteEventAsync(HttpContext http, object payload)
    {
        await http.Response.WriteAsync("data: " + JsonSerializer.Serialize(payload, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }) + "\n\n").ConfigureAwait(false);
        await http.Response.Body.FlushAsync().ConfigureAwait(false);
    }
}

/// <summary>One request a <see cref="FakeLlmServer"/> received.</summary>
/// <param name="Path">The path.</param>
/// <param name="Body">The body as text.</param>
/// <param name="Authorization">The Authorization header.</param>
public sealed record RecordedRequest(string Path, string Body, string Authorization)
{
    /// <summary>When it arrived (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>), for tests that report, never assert, how long something took.</summary>
    public long At { get; init; } = System.Diagnostics.Stopwatch.GetTimestamp();
}
