using LocalMesh.Backends;
using LocalMesh.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly.CircuitBreaker;
using CheckStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus;

namespace LocalMesh.Health;

/// <summary>
/// One backend's health as a <see cref="IHealthCheck"/> (registered per backend as <c>backend:NAME</c>, tag
/// <see cref="Tag"/>). Reads the live state only (last probe, circuit, load); it never calls the backend, so running
/// it is free and cannot trip the circuit. Healthy when the router may use the backend; degraded when it is disabled,
/// at capacity or half-open (trying again); unhealthy when its circuit is open or its last probe failed.
/// </summary>
public sealed class BackendHealthCheck(BackendState state) : IHealthCheck
{
    /// <summary>The tag of every backend check.</summary>
    public const string Tag = "backend";

    /// <summary>The registration name of the check of backend <paramref name="backend"/>.</summary>
    public static string NameOf(string backend) => Tag + ":" + backend;

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var circuit = state.CircuitState;
        var available = state.IsAvailable(out var reason);
        var data = new Dictionary<string, object>
        {
            ["tier"] = state.Tier.Name(),
            ["health"] = state.Probe.Status.ToString().ToLowerInvariant(),
            ["circuit"] = circuit.ToString().ToLowerInvariant(),
            ["available"] = available,
            ["in_flight"] = state.InFlight,
            ["consecutive_failures"] = state.ConsecutiveFailures,
        };
        var status = circuit is CircuitState.Open or CircuitState.Isolated || (state.Config.Enabled && state.Probe.Status == Backends.HealthStatus.Unhealthy && !available)
            ? CheckStatus.Unhealthy
            : available && circuit != CircuitState.HalfOpen ? CheckStatus.Healthy
            : CheckStatus.Degraded;
        return Task.FromResult(new HealthCheckResult(status, reason ?? (circuit == CircuitState.HalfOpen ? "circuit half-open" : "available"), data: data));
    }
}
