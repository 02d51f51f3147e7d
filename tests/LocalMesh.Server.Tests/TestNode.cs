using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LocalMesh.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalMesh.Server.Tests;

/// <summary>A real LocalMesh node on a loopback port with its own temporary data directory.</summary>
public sealed class TestNode : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestNode(WebApplication app, string dataDir, Uri baseUri)
    {
        _app = app;
        DataDir = dataDir;
        BaseUri = baseUri;
        Http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The node's data directory.</summary>
    public string DataDir { get; }

    /// <summary>The node's base address.</summary>
    public Uri BaseUri { get; }

    /// <summary>A client for the node.</summary>
    public HttpClient Http { get; }

    /// <summary>The node's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a node configured with <paramref name="config"/> (keys relative to <c>LocalMesh:</c>).</summary>
    /// <param name="config">Configuration values.</param>
    /// <param name="dataDir">The data directory (default: a new temporary one).</param>
    /// <param name="services">Extra registrations.</param>
    /// <param name="time">The node's clock (default: the system's); a <c>FakeTimeProvider</c> lets a test move time itself.</param>
    public static async Task<TestNode> StartAsync(IDictionary<string, string?> config, string? dataDir = null, Action<IServiceCollection>? services = null, TimeProvider? time = null)
    {
        dataDir ??= NewDataDir();
        await Testing.TestIntentModels.EnsureCachedAsync();
        await Testing.TestTaggers.BuiltInAsync();
        var overrides = new Dictionary<string, string?>
        {
            ["LocalMesh:Health:ProbeIntervalSeconds"] = "0.5",
            // A fake upstream on loopback answers its probe at once or refuses the connection; a probe cut by the default 3 s
            // timeout only means the machine is overloaded (seen at a load of 40 on 2 cores), and a backend marked unhealthy
            // for it changes the route a test expects.
            ["LocalMesh:Health:ProbeTimeoutSeconds"] = "30",
            ["LocalMesh:Queue:PollSeconds"] = "0.2",
            ["LocalMesh:Specialists:ModelCache"] = Testing.TestIntentModels.CacheDir,
            ["LocalMesh:Privacy:ModelCache"] = Testing.TestIntentModels.CacheDir,
            ["LocalMesh:Specialists:RetrainDelaySeconds"] = "0.2",
        };
        foreach (var (key, value) in config)
        {
            overrides["LocalMesh:" + key] = value;
        }

        if (!config.Keys.Any(k => k.StartsWith("Encoder:", StringComparison.Ordinal)))
        {
            // Nodes with the default encoder share the process's loaded one (a 90 MB model and its ONNX session each otherwise).
            var extra = services;
            services = s =>
            {
                s.Replace(ServiceDescriptor.Singleton<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>(Testing.TestIntentModels.Encoder));
                s.Replace(ServiceDescriptor.Singleton(Testing.TestIntentModels.Encoder)); // and for knowledge and /v1/embeddings: one session per process
                extra?.Invoke(s);
            };
        }

        var app = LocalMeshNode.Build(new LocalMeshNodeSettings { Urls = "http://127.0.0.1:0", DataDir = dataDir, Overrides = overrides, LogLevel = Microsoft.Extensions.Logging.LogLevel.Warning, TimeProvider = time ?? TimeProvider.System }, services);
        try
        {
            await app.StartNodeAsync();
        }
        catch
        {
            await app.DisposeAsync(); // a node refused at start (bad config) must not keep its services and background work alive
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var node = new TestNode(app, dataDir, new Uri(address));
        await app.Services.GetRequiredService<Health.HealthProber>().ProbeAllAsync();
        if (app.Services.GetService<LocalMesh.Specialists.Intents.IntentModelStore>() is { } models)
        {
            await models.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        }

        if (app.Services.GetService<LocalMesh.Privacy.Tagging.TaggerDetector>() is { } tagger)
        {
            await tagger.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        }

        return node;
    }

    /// <summary>A fresh temporary data directory, deleted when the test process exits.</summary>
    public static string NewDataDir() => Testing.TempDirectories.Create("localmesh-test-");

    /// <summary>Configuration for one backend.</summary>
    public static Dictionary<string, string?> Backend(string name, string tier, string url, params string[] models)
    {
        var config = new Dictionary<string, string?>
        {
            [$"Backends:{name}:Tier"] = tier,
            [$"Backends:{name}:Endpoint"] = url,
        };
        for (var i = 0; i < models.Length; i++)
        {
            config[$"Backends:{name}:Models:{i}"] = models[i];
        }

        return config;
    }

    /// <summary>One edge backend at <paramref name="url"/> serving chat model <c>m</c> and embedding model <c>nomic-embed</c>.</summary>
    public static Dictionary<string, string?> EdgeWithEmbeddings(string url) => Merge(
        Backend("edge", "edge", url, "m"),
        new Dictionary<string, string?> { ["Backends:edge:EmbeddingModels:0"] = "nomic-embed" });

    /// <summary>
    /// The keys most knowledge and privacy tests use: <c>admin</c> (<c>admin-secret</c>, an admin key) and <c>ops</c>
    /// (<c>ops-secret</c>, limited to the <c>general</c> domain).
    /// </summary>
    public static Dictionary<string, string?> AdminAndOpsKeys() => new()
    {
        ["Keys:admin:Hash"] = Configuration.ApiKeyHash.Compute("admin-secret"),
        ["Keys:admin:Admin"] = "true",
        ["Keys:ops:Hash"] = Configuration.ApiKeyHash.Compute("ops-secret"),
        ["Keys:ops:Domains:0"] = "general",
    };

    /// <summary>Merges configuration dictionaries.</summary>
    public static Dictionary<string, string?> Merge(params IDictionary<string, string?>[] parts) =>
        parts.SelectMany(p => p).ToDictionary(p => p.Key, p => p.Value);

    /// <summary>Sends <paramref name="body"/> (serialised as JSON, when given) with an optional API key.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (body is not null)
        {
            request.Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Posts a chat completion with optional headers.</summary>
    public Task<HttpResponseMessage> ChatAsync(string json, string? domain = null, string? key = null, bool queue = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (domain is not null)
        {
            request.Headers.Add("x-localmesh-domain", domain);
        }

        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (queue)
        {
            request.Headers.Add("x-localmesh-queue", "true");
        }

        return Http.SendAsync(request);
    }

    /// <summary>
    /// The ledger's record of a request. The handler queues it after the answer is sent (a JSON answer carries its
    /// length, so the client may have read it all before), so this flushes and looks again until it is there (10 s at most).
    /// </summary>
    public async Task<LocalMesh.Ledger.RequestRecord> RequestRecordAsync(string requestId)
    {
        var ledger = Services.GetRequiredService<LocalMesh.Ledger.AuditLedger>();
        for (var attempt = 0; ; attempt++)
        {
            await ledger.FlushAsync();
            if (ledger.FindRequest(requestId) is { } record)
            {
                return record;
            }

            Assert.True(attempt < 200, $"the ledger has no record of {requestId}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Posts a chat completion that must be answered (200), waits for its ledger record and returns its request id.</summary>
    public async Task<string> AnsweredAsync(string json, string? domain = "general", string? key = null)
    {
        using var response = await ChatAsync(json, domain, key);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, text);
        var id = response.Headers.GetValues("x-request-id").Single();
        await RequestRecordAsync(id);
        return id;
    }

    /// <summary>A simple request body.</summary>
    public static string Body(string prompt, string model = "auto", bool stream = false) =>
        JsonSerializer.Serialize(new { model, stream, messages = new[] { new { role = "user", content = prompt } } });

    /// <summary>Reads a JSON response.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
