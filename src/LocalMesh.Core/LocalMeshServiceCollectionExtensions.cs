using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Health;
using LocalMesh.Ledger;
using LocalMesh.Local;
using LocalMesh.Policy;
using LocalMesh.Queue;
using LocalMesh.Routing;
using LocalMesh.Routing.Policies;
using LocalMesh.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace LocalMesh;

/// <summary>Registers the routing core: backends with their resilience pipelines, policy, router, ledger, queue and probes.</summary>
public static class LocalMeshServiceCollectionExtensions
{
    /// <summary>
    /// Adds LocalMesh's core for a validated configuration. Add <see cref="ILocalSpecialist"/>, <see cref="IDomainClassifier"/>,
    /// <see cref="IBackendPipelineStage"/> and keyed <see cref="IRoutingPolicy"/> implementations to extend it; the chat
    /// pipeline in front of the <see cref="LocalMeshRouter"/> is composed by the host (<c>UseRouteTracing</c>, ...).
    /// </summary>
    public static IServiceCollection AddLocalMeshCore(this IServiceCollection services, LocalMeshOptions options)
    {
        services.AddValidatedOptions(options, o => LocalMeshOptionsValidator.Validate(o)); // checked when the node starts (ValidateOnStart)
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System); // the node's clock: every duration and wait in the request path and the ledger reads it
        services.TryAddSingleton<LocalMeshTelemetry>();
        services.TryAddSingleton(_ => new Storage.DatabaseRelease(options.DataDir));
        services.TryAddSingleton(sp => new AuditLedger(options.DataDir, sp.GetRequiredService<ILogger<AuditLedger>>(), TimeSpan.FromSeconds(options.Audit.CommitIntervalSeconds), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new JobStore(options.DataDir, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<RequestRecorder>();
        services.TryAddSingleton<DomainResolver>();
        services.TryAddSingleton(sp => new Events.NodeEvents(sp.GetRequiredService<TimeProvider>()));

        services.AddHttpClient(); // also when no backend is configured: the factory is always resolvable
        var states = options.Backends.Select(b => new BackendState(b.Key, b.Value)).ToList();
        foreach (var state in states)
        {
            AddBackendHttpClient(services, state, options.Health);
        }

        // One health check per backend, reading its live state (the readiness endpoint reports them).
        var checks = services.AddHealthChecks();
        foreach (var state in states)
        {
            checks.Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(BackendHealthCheck.NameOf(state.Name),
                sp => new BackendHealthCheck(sp.GetRequiredService<BackendRegistry>().Find(state.Name)!.State), failureStatus: null, tags: [BackendHealthCheck.Tag]));
        }

        services.TryAddSingleton<BackendFactory>();
        services.TryAddSingleton(sp =>
        {
            var factory = sp.GetRequiredService<BackendFactory>();
            var backends = states.Select(factory.Create)
                .Concat(sp.GetServices<InProcessBackend>().Select(b => b.Build()))
                .Concat(sp.GetServices<IBackendProvider>().SelectMany(p => p.CreateBackends(factory)))
                .ToList();
            var specialists = sp.GetServices<ILocalSpecialist>().ToList();
            if (specialists.Count == 0)
            {
                return new BackendRegistry(backends);
            }

            var state = new BackendState(SpecialistsChatClient.BackendName, new BackendConfig { Tier = Tier.Local, Type = BackendTypes.Builtin, MaxConcurrency = int.MaxValue });
            Backend Wrap(SpecialistMode mode) => new(state, new BackendChatClient(new SpecialistsChatClient(specialists, mode), state, ledger: null, storeContent: false), null, null) { IsSpecialists = true };
            return new BackendRegistry(backends, Wrap(SpecialistMode.Primary), Wrap(SpecialistMode.Fallback));
        });
        // Routing as data: the configured policy (LocalMesh:Routing:Policy) orders backends for chat and embeddings alike.
        services.AddKeyedSingleton<IRoutingPolicy>(TierOrderRoutingPolicy.PolicyName, (_, _) => new TierOrderRoutingPolicy(options.Routing));
        services.TryAddSingleton(sp => sp.GetKeyedService<IRoutingPolicy>(options.Routing.Policy)
            ?? throw new LocalMeshConfigurationException([$"LocalMesh:Routing:Policy: '{options.Routing.Policy}' is not a registered routing policy (the built-in one is '{TierOrderRoutingPolicy.PolicyName}'; add others with AddKeyedSingleton<IRoutingPolicy>)."]));
        services.TryAddSingleton(sp => new RoutePlanner(sp.GetRequiredService<BackendRegistry>(), sp.GetRequiredService<IRoutingPolicy>()));
        services.TryAddSingleton<LocalMeshRouter>();
        services.TryAddSingleton(sp => new EmbeddingRouter(sp.GetRequiredService<RoutePlanner>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<HealthProber>();
        services.AddHostedService(sp => sp.GetRequiredService<HealthProber>());
        services.TryAddSingleton<JobWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<JobWorker>());
        return services;
    }

    private static void AddBackendHttpClient(IServiceCollection services, BackendState state, HealthConfig health)
    {
        var client = services.AddHttpClient(BackendFactory.HttpClientName(state.Name), client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(5),
                MaxConnectionsPerServer = int.MaxValue,
                AutomaticDecompression = System.Net.DecompressionMethods.None,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers(); // the factory's handlers open a log scope and log at Information per request; the ledger records each crossing
        client.AddResilienceHandler("upstream", builder =>
            {
                // Failover between backends is the router's job; here only the circuit breaker (passive health) and the timeout.
                builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    StateProvider = state.Circuit,
                    FailureRatio = health.FailureRatio,
                    MinimumThroughput = health.MinimumThroughput,
                    SamplingDuration = TimeSpan.FromSeconds(health.SamplingSeconds),
                    BreakDuration = TimeSpan.FromSeconds(health.BreakSeconds),
                });
                builder.AddTimeout(TimeSpan.FromSeconds(state.Config.TimeoutSeconds));
            });

        // Inside the resilience handler: counts exactly what each attempt puts on the wire.
        client.AddHttpMessageHandler(sp => new LedgerHttpHandler(sp.GetRequiredService<TimeProvider>()));
    }
}
