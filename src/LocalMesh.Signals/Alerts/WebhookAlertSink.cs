using System.Threading.Channels;
using LocalMesh.Configuration;
using LocalMesh.Ledger;
using LocalMesh.Policy;
using LocalMesh.Routing;
using LocalMesh.Signals.Streams;
using LocalMesh.Webhooks;
using Microsoft.Extensions.Hosting;

namespace LocalMesh.Signals.Alerts;

/// <summary>
/// POSTs every alert to the configured webhook through the <see cref="WebhookGate"/>, in the stream's domain: a
/// <c>medical</c> stream's alert never reaches a cloud webhook, text bound for a redacted tier is redacted, and each
/// try is a crossing in the ledger. Ingest never waits for it: alerts queue (at most 1,000; the oldest are dropped
/// when the webhook cannot keep up) and one background loop sends them in order.
/// </summary>
public sealed class WebhookAlertSink : BackgroundService, ISignalAlertSink
{
    /// <summary>The webhook's name in the ledger.</summary>
    public const string WebhookName = "webhook:signals";

    private readonly Channel<(SignalAlert Alert, StreamSettings Settings)> _queue =
        Channel.CreateBounded<(SignalAlert, StreamSettings)>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly WebhookGate _gate;
    private readonly WebhookTarget _target;
    private readonly DomainResolver _domains;
    private readonly LocalMeshOptions _options;
    private readonly TimeProvider _time;

    public WebhookAlertSink(WebhookGate gate, DomainResolver domains, LocalMeshOptions options, SignalsOptions signals, TimeProvider time)
    {
        _gate = gate;
        _domains = domains;
        _options = options;
        _time = time;
        TierNames.TryParse(signals.WebhookTier, out var tier);
        _target = new WebhookTarget(WebhookName, signals.Webhook!, tier);
    }

    /// <inheritdoc />
    public void Publish(SignalAlert alert, StreamSettings settings) => _queue.Writer.TryWrite((alert, settings));

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (alert, settings) in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                var domain = settings.Domain ?? _options.Policy.DefaultDomain;
                var context = new RouteContext
                {
                    RequestId = RequestIds.New("sig", _time.GetUtcNow()),
                    Domain = domain,
                    DomainSource = settings.Domain is null ? "default" : "stream",
                    AllowedTiers = _domains.Domains.GetValueOrDefault(domain) ?? new HashSet<Tier>(),
                };
                var payload = alert.ToJson();
                payload["type"] = EventsAlertSink.EventType;
                await _gate.PostAsync(_target, payload, context, context.RequestId, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The node is stopping.
        }
    }
}
