using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Testing;

/// <summary>
/// A real Kestrel webhook on loopback (<c>POST /hook</c>) that records every body it receives, answers with scripted
/// statuses, and signals each arrival, so tests wait on what happened instead of sleeping.
/// </summary>
public sealed class RecordingWebhook : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _script = new();
    private readonly Lock _lock = new();
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    private RecordingWebhook(WebApplication app) => _app = app;

    /// <summary>The hook's URL, <c>http://127.0.0.1:PORT/hook</c>.</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary>The port it listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Every body received, in order (UTF-8 text as it arrived).</summary>
    public ConcurrentQueue<string> Bodies { get; } = new();

    /// <summary>Total request body bytes received.</summary>
    public long BodyBytes => Bodies.Sum(b => (long)Encoding.UTF8.GetByteCount(b));

    /// <summary>The status answered once the scripted ones (<see cref="Script"/>) are used up (default 200).</summary>
    public int Status { get; set; } = 200;

    /// <summary>The body of a 2xx answer.</summary>
    public string Reply { get; set; } = """{"ok":true}""";

    /// <summary>Queues statuses to answer the next requests with, in order (e.g. 503, 503: two failures, then <see cref="Status"/>).</summary>
    public void Script(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _script.Enqueue(status);
        }
    }

    /// <summary>Completes when at least <paramref name="count"/> bodies have arrived (fails after <paramref name="timeout"/>, default 30 s).</summary>
    public Task WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (Bodies.Count >= count)
            {
                return Task.CompletedTask;
            }

            _waiters.Add((count, signal));
        }

        return signal.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
    }

    /// <summary>Starts a webhook on a free loopback port.</summary>
    public static async Task<RecordingWebhook> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var hook = new RecordingWebhook(app);
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
            var status = hook._script.TryDequeue(out var scripted) ? scripted : hook.Status;
            hook.Arrived(body);
            return status is >= 200 and < 300 ? Results.Text(hook.Reply, "application/json", Encoding.UTF8, status) : Results.StatusCode(status);
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        hook.Port = new Uri(address).Port;
        hook.Url = $"http://127.0.0.1:{hook.Port}/hook";
        return hook;
    }

    /// <summary>Stops listening (later calls are refused: a hub that is down).</summary>
    public Task StopAsync() => _app.StopAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);

    private void Arrived(string body)
    {
        lock (_lock)
        {
            Bodies.Enqueue(body);
            foreach (var waiter in _waiters.Where(w => Bodies.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }
    }
}
