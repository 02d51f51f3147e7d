using LocalMesh.Embeddings;
using LocalMesh.Configuration;
using LocalMesh.Mesh;
using LocalMesh.Mesh.Membership;
using LocalMesh.Mesh.Serving;
using LocalMesh.Knowledge;
using LocalMesh.Privacy;
using LocalMesh.Queue;
using LocalMesh.Server.Http;
using LocalMesh.Server.Management;
using LocalMesh.Server.OpenAI;
using LocalMesh.Server.Dashboard;
using LocalMesh.Server.Security;
using LocalMesh.Signals;
using LocalMesh.Signals.Streams;
using LocalMesh.Specialists;
using LocalMesh.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace LocalMesh.Server.Hosting;

/// <summary>Builds a LocalMesh node: configuration, the routing core, the OpenAI-compatible API, security and telemetry.</summary>
public static class LocalMeshNode
{
    /// <summary>The address used when none is configured.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>Builds (but does not start) a node.</summary>
    /// <param name="settings">Start-up settings.</param>
    /// <param name="configureServices">Extra registrations (specialists, classifiers, pipeline stages).</param>
    /// <exception cref="LocalMeshConfigurationException">A setting has the wrong type (the others are validated when it starts: <see cref="StartNodeAsync"/>).</exception>
    /// <exception cref="FileNotFoundException">The <see cref="LocalMeshNodeSettings.ConfigFile"/> does not exist.</exception>
    public static WebApplication Build(LocalMeshNodeSettings settings, Action<IServiceCollection>? configureServices = null)
    {
        // The node reads its configuration once, at start. The host's default of reloading appsettings.json on change
        // would watch the working directory recursively: every directory under it (a repository root has thousands), and
        // every write below it, the node's own database in ./data included, wakes a watcher thread.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false", .. settings.Args],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddJsonFile("appsettings.json", optional: true).AddJsonFile("localmesh.json", optional: true);
        if (settings.ConfigFile is { } file)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"Configuration file '{file}' does not exist.", file);
            }

            builder.Configuration.AddJsonFile(Path.GetFullPath(file), optional: false);
        }

        builder.Configuration.AddEnvironmentVariables();
        if (settings.Overrides is { } overrides)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        var options = Bind(builder.Configuration, LocalMeshOptions.SectionName, () => new LocalMeshOptions());
        if (settings.DataDir is { } dataDir)
        {
            options = options with { DataDir = dataDir };
        }

        var urls = settings.Urls ?? builder.Configuration[WebHostDefaults.ServerUrlsKey];
        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(urls) ? DefaultUrl : urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            if (options.Limits.MaxRequestBodyBytes > 0) // else the validation on start reports it
            {
                k.Limits.MaxRequestBodySize = options.Limits.MaxRequestBodyBytes + 1;
            }


            // Slow clients hold a connection and a request, not a thread, but must not hold them for ever. Kestrel's
            // defaults, stated here because the robustness tests rely on them: a body arriving slower than 240 bytes/s
            // after 5 s is cut with a 408. Headers must be complete within 10 s (Kestrel's default is 30 s; any client of
            // this API sends them at once). Connections are not capped: idle ones cost a socket and a little memory,
            // and a cap would turn a crowd of idle connections into refused requests.
            k.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        });

        // ASP.NET Core starts an Activity for every request whenever its hosting category would log at Critical (to put
        // trace ids in log scopes), and HttpClient then starts a child one and sends a traceparent header upstream. That
        // category logs only request start/finish (Information, below the node's Warning) and nothing at Critical, so it
        // is switched off: without a tracing listener (OTEL_EXPORTER_OTLP_ENDPOINT unset) a request creates no Activity.
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("LocalMesh", settings.LogLevel)
            .AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Services.AddSingleton(settings.TimeProvider); // before the modules, which only add the system clock when none is registered
        builder.Services.AddLocalMeshCore(options);
        var privacy = Bind(builder.Configuration, PrivacyOptions.SectionName, () => new PrivacyOptions());
        builder.Services.AddLocalMeshPrivacy(privacy, options);
        var knowledge = Bind(builder.Configuration, KnowledgeOptions.SectionName, () => new KnowledgeOptions());
        builder.Services.AddLocalMeshKnowledge(knowledge, options);
        var signals = Bind(builder.Configuration, SignalsOptions.SectionName, () => new SignalsOptions());
        if (signals.Enabled)
        {
            builder.Services.AddLocalMeshSignals(signals, options);
        }

        var encoder = Bind(builder.Configuration, EncoderOptions.SectionName, () => new EncoderOptions());
        if (encoder.Enabled)
        {
            builder.Services.AddLocalMeshEncoder(encoder, options);
        }

        var semanticCache = Bind(builder.Configuration, LocalMesh.Caching.SemanticCacheOptions.SectionName, () => new LocalMesh.Caching.SemanticCacheOptions());
        LocalMesh.Caching.SemanticCacheServiceCollectionExtensions.AddLocalMeshSemanticCache(builder.Services, semanticCache, encoder.Enabled);

        var specialists = Bind(builder.Configuration, SpecialistsOptions.SectionName, () => new SpecialistsOptions());
        if (specialists.Enabled)
        {
            builder.Services.AddLocalMeshSpecialists(specialists, options.DataDir);
        }

        builder.Services.AddLocalMeshChatPipeline();
        builder.Services.AddSingleton<ChatCompletionsHandler>();
        builder.Services.AddSingleton<QueuedChatExecutor>();
        builder.Services.AddSingleton<IQueuedRequestExecutor>(sp => sp.GetRequiredService<QueuedChatExecutor>());
        builder.Services.AddSingleton<EmbeddingsHandler>();
        var mesh = builder.Configuration.GetSection(MeshOptions.SectionName).Get<MeshOptions>() ?? new MeshOptions();
        if (mesh.Enabled)
        {
            AddMesh(builder.Services, mesh, specialists.Enabled, options.DataDir);
            if (signals.Enabled)
            {
                builder.Services.AddHostedService<LocalMesh.Server.Management.SignalsOverMesh>(); // readings over NATS, as over HTTP
            }
        }

        builder.Services.AddSingleton<RequestRateLimiter>();
        AddTelemetry(builder.Services);
        builder.Services.AddLocalMeshDashboard(builder.Configuration);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.Services.GetRequiredService<Storage.DatabaseRelease>(); // first made, so last disposed: after every store's final write
        // An ApiException thrown by an endpoint is its answer; anything else is a 500 that says nothing of the internals.
        app.UseExceptionHandler(errors => errors.Run(context => OpenAIError.WriteAsync(context,
            OpenAIError.From(context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is ApiException api ? api : new InvalidOperationException()))));
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        app.MapPost("/v1/chat/completions", (HttpContext http, ChatCompletionsHandler handler) => handler.HandleAsync(http));
        app.MapPost("/v1/embeddings", (HttpContext http, EmbeddingsHandler handler) => handler.HandleAsync(http));
        app.MapLocalMeshManagement();
        app.MapLocalMeshPrivacy();
        app.MapLocalMeshKnowledge();
        if (signals.Enabled)
        {
            app.MapLocalMeshSignals();
        }
        if (specialists.Enabled)
        {
            app.MapLocalMeshSpecialists();
        }

        app.MapLocalMeshMesh(ManagementEndpoints.RequireAdmin);
        if (mesh.Enabled)
        {
            // The node's card names its HTTP address, known once it listens.
            app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<NodeCardSource>().Url =
                app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.FirstOrDefault());
        }

        app.MapPrometheusScrapingEndpoint("/metrics");
        app.UseLocalMeshDashboard(); // the page at "/"; the node's description is GET /v1/localmesh
        app.MapFallback((HttpContext http) => OpenAIError.WriteAsync(http, new ApiException(StatusCodes.Status404NotFound,
            $"Unknown endpoint {http.Request.Method} {http.Request.Path}. See GET /v1/localmesh for the endpoints.", OpenAIError.InvalidRequest, null, "unknown_url")));
        return app;
    }

    /// <summary>
    /// Joins the mesh: a peer's request is served by this node's own chat handler; the card lists intents and
    /// collections; the intent model is what federated updates exchange.
    /// </summary>
    private static void AddMesh(IServiceCollection services, MeshOptions mesh, bool specialists, string dataDir)
    {
        if (specialists)
        {
            services.AddSingleton<LocalMesh.Mesh.Models.IModelFederation>(sp => new IntentModelFederation(sp.GetRequiredService<Specialists.Intents.IntentModelStore>()));
        }

        services.AddLocalMeshMesh(mesh, dataDir);
        services.AddSingleton<LocalChatEndpoint>(sp => sp.GetRequiredService<ChatCompletionsHandler>().HandleAsync);
        services.AddSingleton<IntentNames>(sp => () => sp.GetService<Specialists.Intents.IntentModelStore>()?.Current?.Intents ?? []);
        services.AddSingleton<CollectionDomains>(sp => () => sp.GetRequiredService<Knowledge.Index.KnowledgeIndex>().CollectionDomains());
    }

    /// <summary>
    /// Starts a node built by <see cref="Build"/>. Its settings are validated first (ValidateOnStart): a bad one stops
    /// it before it listens, with every error in one <see cref="LocalMeshConfigurationException"/>.
    /// </summary>
    /// <exception cref="LocalMeshConfigurationException">The configuration has errors (each line names a key).</exception>
    public static async Task StartNodeAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        try
        {
            // The host validates too, but only after it has built its hosted services, which read the settings.
            app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ValidatedOptionsExtensions.Failures(ex) is { } failures)
        {
            throw new LocalMeshConfigurationException(failures);
        }
    }

    /// <summary>Binds a settings section; a value of the wrong type (e.g. text for a number) is a configuration error naming its key.</summary>
    private static T Bind<T>(IConfiguration configuration, string section, Func<T> fallback)
        where T : class
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? fallback();
        }
        catch (InvalidOperationException ex)
        {
            throw new LocalMeshConfigurationException([ex.Message]);
        }
    }

    private static void AddTelemetry(IServiceCollection services)
    {
        var otlp = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"));
        var telemetry = services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            // System.Runtime: the runtime's own meter (GC, allocated bytes, thread pool, CPU), so a dashboard sees the process too.
            metrics.AddMeter(LocalMeshTelemetry.Name, "System.Runtime").AddAspNetCoreInstrumentation().AddPrometheusExporter();
            if (otlp)
            {
                metrics.AddOtlpExporter();
            }
        });
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing.AddSource(LocalMeshTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddOtlpExporter());
        }
    }
}
