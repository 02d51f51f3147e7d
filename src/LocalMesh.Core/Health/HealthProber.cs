using LocalMesh.Backends;
using LocalMesh.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Health;

/// <summary>
/// Active health checks: lists each backend's models every <see cref="HealthConfig.ProbeIntervalSeconds"/> through the
/// backend's own HTTP pipeline, so a successful probe of a half-open circuit closes it. Discovered models are used when
/// the configuration lists none. Probes carry no user data and are not written to the ledger. The interval, the probe's
/// duration and its timestamp are read from the node's <see cref="TimeProvider"/>.
/// </summary>
/// <param name="registry">The backends to probe.</param>
/// <param name="options">The node's settings (probe interval and timeout).</param>
/// <param name="logger">Logs health changes.</param>
/// <param name="time">The node's clock; <see cref="TimeProvider.System"/> when null (tests that build a prober by hand).</param>
public sealed partial class HealthProber(BackendRegistry registry, LocalMeshOptions options, ILogger<HealthProber> logger, TimeProvider? time = null) : BackgroundService
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Probes every backend once, in parallel.</summary>
    public Task ProbeAllAsync(CancellationToken cancellationToken = default) =>
        Task.WhenAll(registry.All.Where(b => b.Probe is not null && b.State.Config.Enabled).Select(b => ProbeAsync(b, cancellationToken)));

    /// <summary>Probes one backend and records the result in its state.</summary>
    public async Task ProbeAsync(Backend backend, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // A hang guard on real I/O, so it stays on the wall clock: on a fake clock nobody advances, a hung probe would
        // never end and the backend would never be marked unhealthy.
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Health.ProbeTimeoutSeconds));
        var started = _time.GetTimestamp();
        var previous = backend.State.Probe.Status;
        try
        {
            var models = await backend.Probe!(timeout.Token).ConfigureAwait(false);
            backend.State.ReportProbe(new ProbeResult(HealthStatus.Healthy, _time.GetUtcNow(), _time.GetElapsedTime(started).TotalMilliseconds, null), models);
            if (previous != HealthStatus.Healthy)
            {
                LogHealthy(backend.Name, models.Count);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var error = ex is OperationCanceledException ? "probe timed out" : ErrorText.Describe(ex);
            backend.State.ReportProbe(new ProbeResult(HealthStatus.Unhealthy, _time.GetUtcNow(), _time.GetElapsedTime(started).TotalMilliseconds, error));
            if (previous != HealthStatus.Unhealthy)
            {
                LogUnhealthy(backend.Name, error);
            }
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Health.ProbeIntervalSeconds), _time);
        do
        {
            await ProbeAllAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backend {Backend} is healthy ({Models} models listed).")]
    private partial void LogHealthy(string backend, int models);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backend {Backend} is unhealthy: {Error}.")]
    private partial void LogUnhealthy(string backend, string error);
}
