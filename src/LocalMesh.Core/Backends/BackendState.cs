using LocalMesh.Configuration;
using Polly.CircuitBreaker;

namespace LocalMesh.Backends;

/// <summary>
/// Live state of one backend: health, circuit, load. Kept apart from the immutable <see cref="BackendConfig"/>
/// (YARP's Model/ split). All members are thread-safe.
/// </summary>
public sealed class BackendState(string name, BackendConfig config)
{
    private int _inFlight;
    private long _requests;
    private long _failures;
    private int _consecutiveFailures;
    // A backend inside the node is never probed: it is healthy as long as the node runs.
    private volatile ProbeResult _probe = new(config.Type == BackendTypes.Builtin ? HealthStatus.Healthy : HealthStatus.Unknown, null, null, null);
    private volatile string[] _discoveredModels = [];

    /// <summary>The backend's name in configuration.</summary>
    public string Name { get; } = name;

    /// <summary>Its configuration.</summary>
    public BackendConfig Config { get; } = config;

    /// <summary>Its tier.</summary>
    public Tier Tier => Config.Tier;

    /// <summary>Observes and drives the circuit breaker of the backend's HTTP pipeline.</summary>
    public CircuitBreakerStateProvider Circuit { get; } = new();

    /// <summary>The circuit's state (Closed when the pipeline has not been built yet).</summary>
    public CircuitState CircuitState
    {
        get
        {
            try
            {
                return Circuit.CircuitState;
            }
            catch (InvalidOperationException)
            {
                return CircuitState.Closed;
            }
        }
    }

    /// <summary>The last active probe.</summary>
    public ProbeResult Probe => _probe;

    /// <summary>Requests in flight now.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Requests sent since start.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Requests that failed since start.</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>Failures since the last success.</summary>
    public int ConsecutiveFailures => Volatile.Read(ref _consecutiveFailures);

    /// <summary>The chat models served: configured ones, else those the backend listed.</summary>
    public IReadOnlyList<string> Models => Config.Models.Length > 0 ? Config.Models : _discoveredModels;

    /// <summary>The model sent upstream for <c>auto</c>.</summary>
    public string? DefaultModel => Models.Count > 0 ? Models[0] : null;

    /// <summary>Records the outcome of an active probe.</summary>
    public void ReportProbe(ProbeResult result, IReadOnlyList<string>? models = null)
    {
        _probe = result;
        if (models is { Count: > 0 })
        {
            _discoveredModels = [.. models];
        }
    }

    /// <summary>Takes a concurrency slot; false when the backend is at <see cref="BackendConfig.MaxConcurrency"/>.</summary>
    public bool TryEnter()
    {
        while (true)
        {
            var current = Volatile.Read(ref _inFlight);
            if (current >= Config.MaxConcurrency)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _inFlight, current + 1, current) == current)
            {
                Interlocked.Increment(ref _requests);
                return true;
            }
        }
    }

    /// <summary>Gives back a slot taken by <see cref="TryEnter"/> and counts the outcome (passive health).</summary>
    public void Exit(bool succeeded)
    {
        Interlocked.Decrement(ref _inFlight);
        if (succeeded)
        {
            Volatile.Write(ref _consecutiveFailures, 0);
        }
        else
        {
            Interlocked.Increment(ref _failures);
            Interlocked.Increment(ref _consecutiveFailures);
        }
    }

    /// <summary>Whether the backend may take a request now; <paramref name="reason"/> says why not.</summary>
    public bool IsAvailable(out string? reason)
    {
        reason = null;
        if (!Config.Enabled)
        {
            reason = "disabled";
        }
        else if (CircuitState is CircuitState.Open or CircuitState.Isolated)
        {
            reason = "circuit open";
        }
        else if (_probe.Status == HealthStatus.Unhealthy && CircuitState != CircuitState.HalfOpen)
        {
            reason = "unhealthy: " + _probe.Error;
        }
        else if (InFlight >= Config.MaxConcurrency)
        {
            reason = $"at capacity ({Config.MaxConcurrency} in flight)";
        }

        return reason is null;
    }

    /// <summary>Load as a share of capacity, 0..1.</summary>
    public double Load => (double)InFlight / Config.MaxConcurrency;
}

/// <summary>The outcome of one active probe.</summary>
/// <param name="Status">Healthy or not.</param>
/// <param name="At">When it ran.</param>
/// <param name="LatencyMs">How long it took.</param>
/// <param name="Error">Why it failed.</param>
public sealed record ProbeResult(HealthStatus Status, DateTimeOffset? At, double? LatencyMs, string? Error);
