using LocalMesh.Configuration;
using LocalMesh.Ledger;
using LocalMesh.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace LocalMesh.Webhooks;

/// <summary>Registers the <see cref="WebhookGate"/> and its HTTP client.</summary>
public static class WebhooksServiceCollectionExtensions
{
    /// <summary>
    /// Adds the webhook gate (call after <c>AddLocalMeshCore</c>; calling it again does nothing). Register an
    /// <see cref="IOutboundRedactor"/> to have payloads for redacted tiers redacted.
    /// </summary>
    public static IServiceCollection AddLocalMeshWebhooks(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(WebhookGate)))
        {
            return services; // a second AddHttpClient would stack a second set of handlers on the same client
        }

        services.AddSingleton(sp => new WebhookGate(sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<AuditLedger>(),
            sp.GetRequiredService<LocalMeshOptions>(), sp.GetRequiredService<DomainResolver>(), sp.GetService<IOutboundRedactor>(), sp.GetRequiredService<ILogger<WebhookGate>>(), sp.GetService<TimeProvider>()));
        var client = services.AddHttpClient(WebhookGate.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan) // the resilience pipeline bounds it
            .RemoveAllLoggers(); // the ledger records each attempt
        client.AddResilienceHandler("webhook", builder =>
        {
            builder.AddTimeout(WebhookGate.TotalTimeout);
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = WebhookGate.Attempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = WebhookGate.RetryDelay,
                OnRetry = args =>
                {
                    WebhookGate.Retrying(args);
                    return default;
                },
            });
            builder.AddTimeout(WebhookGate.AttemptTimeout);
        });

        // Inside the resilience handler: counts exactly what each try puts on the wire.
        client.AddHttpMessageHandler(() => new LedgerHttpHandler());
        return services;
    }
}
