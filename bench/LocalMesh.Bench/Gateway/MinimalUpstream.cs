using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Bench.Gateway;

/// <summary>
/// The baseline upstream: a minimal Kestrel server speaking the OpenAI protocol that reads the request and writes
/// bytes computed once at start — a fixed completion, or the same completion as server-sent events, one word per
/// flushed chunk. It must be much cheaper than any gateway, otherwise the benchmark measures the upstream. Given a
/// latency, it waits that long (without using CPU) before it answers, like a model's time to first token, which shows
/// how much of a real backend's throughput a gateway keeps.
/// </summary>
internal sealed class MinimalUpstream : IAsyncDisposable
{
    /// <summary>The one model it serves.</summary>
    public const string Model = "bench-model";
    private static readonly string[] Words = "The quick brown fox jumps over the lazy dog.".Split(' ');

    private readonly WebApplication _app;
    private readonly byte[] _completion;
    private readonly byte[][] _events;

    private readonly TimeSpan _latency;
    private SemaphoreSlim? _slots;
    private int _parallel;

    private MinimalUpstream(WebApplication app, TimeSpan latency)
    {
        _app = app;
        _latency = latency;
        var text = string.Join(' ', Words);
        _completion = Encoding.UTF8.GetBytes(
            $$$"""{"id":"chatcmpl-bench","object":"chat.completion","created":1700000000,"model":"{{{Model}}}","choices":[{"index":0,"message":{"role":"assistant","content":"{{{text}}}"},"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":{{{Words.Length}}},"total_tokens":{{{12 + Words.Length}}}}}""");
        var chunk = (string delta, string finish) =>
            $$$"""data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1700000000,"model":"{{{Model}}}","choices":[{"index":0,"delta":{{{delta}}},"finish_reason":{{{finish}}}}]}""" + "\n\n";
        _events =
        [
            .. Words.Select((w, i) => Encoding.UTF8.GetBytes(chunk(i == 0 ? $$"""{"role":"assistant","content":"{{w}}"}""" : $$"""{"content":" {{w}}"}""", "null"))),
            Encoding.UTF8.GetBytes(chunk("{}", "\"stop\"") + "data: [DONE]\n\n"),
        ];
    }

    /// <summary>Requests it works on at once (the rest wait), like a model server; 0 (the default): no limit.</summary>
    public int Parallel
    {
        get => _parallel;
        init => (_parallel, _slots) = (value, value > 0 ? new SemaphoreSlim(value, value) : null);
    }

    /// <summary>The OpenAI base URL, <c>http://127.0.0.1:PORT/v1</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Starts the server on a free loopback port; it answers each request after <paramref name="latency"/>, working on at most <paramref name="parallel"/> at once (0: no limit).</summary>
    public static async Task<MinimalUpstream> StartAsync(TimeSpan latency = default, int parallel = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new MinimalUpstream(app, latency) { Parallel = parallel };
        app.MapPost("/v1/chat/completions", server.ChatAsync);
        app.MapGet("/v1/models", (HttpContext http) => http.Response.WriteAsync($$"""{"object":"list","data":[{"id":"{{Model}}","object":"model","owned_by":"bench"}]}"""));
        await app.StartAsync().ConfigureAwait(false);
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";
        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task ChatAsync(HttpContext http)
    {
        // Read the whole request, as any real server must; the benchmark's requests say "stream":true or not in their first bytes.
        var stream = false;
        while (true)
        {
            var read = await http.Request.BodyReader.ReadAsync().ConfigureAwait(false);
            stream |= Contains(read.Buffer, "\"stream\":true"u8);
            http.Request.BodyReader.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                break;
            }
        }

        if (_latency > TimeSpan.Zero)
        {
            // Like a model: it works on at most Parallel requests at once; the others wait their turn.
            if (_slots is { } slots)
            {
                await slots.WaitAsync(http.RequestAborted).ConfigureAwait(false);
            }

            try
            {
                await Task.Delay(_latency, http.RequestAborted).ConfigureAwait(false);
            }
            finally
            {
                _slots?.Release();
            }
        }

        if (!stream)
        {
            http.Response.ContentType = "application/json";
            http.Response.ContentLength = _completion.Length;
            await http.Response.Body.WriteAsync(_completion).ConfigureAwait(false);
            return;
        }

        http.Response.ContentType = "text/event-stream";
        foreach (var bytes in _events)
        {
            await http.Response.Body.WriteAsync(bytes).ConfigureAwait(false);
            await http.Response.Body.FlushAsync().ConfigureAwait(false);
        }
    }

    private static bool Contains(System.Buffers.ReadOnlySequence<byte> buffer, ReadOnlySpan<byte> value) =>
        buffer.IsSingleSegment ? buffer.FirstSpan.IndexOf(value) >= 0 : System.Buffers.BuffersExtensions.ToArray(buffer).AsSpan().IndexOf(value) >= 0;
}
