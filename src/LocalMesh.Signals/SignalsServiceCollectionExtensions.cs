using LocalMesh.Configuration;
using LocalMesh.Signals.Alerts;
using LocalMesh.Signals.Storage;
using LocalMesh.Signals.Streams;
using LocalMesh.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalMesh.Signals;

/// <summary>Registers the signal streams: the hub, its SQLite store, and its alert sinks (events, ledger, webhook).</summary>
public static class SignalsServiceCollectionExtensions
{
    /// <summary>Adds the signals hub (call after <c>AddLocalMeshCore</c>).</summary>
    /// <exception cref="LocalMeshConfigurationException">The <c>LocalMesh:Signals</c> section has errors (all are listed).</exception>
    public static IServiceCollection AddLocalMeshSignals(this IServiceCollection services, SignalsOptions signals, LocalMeshOptions options)
    {
        if (signals.Problems() is { Count: > 0 } problems) throw new LocalMeshConfigurationException(problems);
        services.AddSingleton(signals);
        services.TryAddSingleton(sp => new SignalStore(options.DataDir, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISignalAlertSink, EventsAlertSink>();
        services.AddSingleton<ISignalAlertSink, LedgerAlertSink>();
        if (signals.Webhook is not null)
        {
            services.AddLocalMeshWebhooks();
            services.AddSingleton<WebhookAlertSink>();
            services.AddSingleton<ISignalAlertSink>(sp => sp.GetRequiredService<WebhookAlertSink>());
            services.AddHostedService(sp => sp.GetRequiredService<WebhookAlertSink>());
        }

        services.TryAddSingleton(sp => new SignalHub(signals, sp.GetRequiredService<SignalStore>(), sp.GetServices<ISignalAlertSink>()));
        return services;
    }
}
