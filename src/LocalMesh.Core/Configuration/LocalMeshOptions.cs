namespace LocalMesh.Configuration;

/// <summary>Everything a node is configured with (section <c>LocalMesh</c>). Immutable once bound; live state lives in <c>Backends/BackendState</c>.</summary>
public sealed record LocalMeshOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "LocalMesh";

    /// <summary>Where SQLite files (ledger, queue) live. Relative paths are resolved against the working directory.</summary>
    public string DataDir { get; init; } = "data";

    /// <summary>Upstream backends by name.</summary>
    public Dictionary<string, BackendConfig> Backends { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Data-domain policy.</summary>
    public PolicyConfig Policy { get; init; } = new();

    /// <summary>How backends are ordered for a request: the policy and the tier order.</summary>
    public RoutingConfig Routing { get; init; } = new();

    /// <summary>Client API keys by name. None: the API is open (bind it to loopback).</summary>
    public Dictionary<string, ApiKeyConfig> Keys { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Health probing and circuit breaking.</summary>
    public HealthConfig Health { get; init; } = new();

    /// <summary>The offline queue.</summary>
    public QueueConfig Queue { get; init; } = new();

    /// <summary>The audit ledger.</summary>
    public AuditConfig Audit { get; init; } = new();

    /// <summary>Request limits.</summary>
    public LimitsConfig Limits { get; init; } = new();
}

/// <summary>Active probes and the circuit breaker (<c>LocalMesh:Health</c>).</summary>
public sealed record HealthConfig
{
    /// <summary>Seconds between active probes of each backend.</summary>
    public double ProbeIntervalSeconds { get; init; } = 10;

    /// <summary>Seconds a probe may take.</summary>
    public double ProbeTimeoutSeconds { get; init; } = 3;

    /// <summary>Share of failed calls in the sampling window that opens the circuit.</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>Calls needed in the window before the circuit may open.</summary>
    public int MinimumThroughput { get; init; } = 4;

    /// <summary>Sampling window, seconds.</summary>
    public double SamplingSeconds { get; init; } = 30;

    /// <summary>How long an open circuit stays open before a trial call, seconds (at least 0.5).</summary>
    public double BreakSeconds { get; init; } = 15;
}

/// <summary>The durable offline queue (<c>LocalMesh:Queue</c>).</summary>
public sealed record QueueConfig
{
    /// <summary>Queue requests that cannot be served now even when the client does not ask (<c>x-localmesh-queue</c>).</summary>
    public bool QueueWhenOffline { get; init; }

    /// <summary>Seconds between looks at the queue.</summary>
    public double PollSeconds { get; init; } = 2;

    /// <summary>Attempts before a job is marked failed (attempts that found no route do not count).</summary>
    public int MaxAttempts { get; init; } = 3;
}

/// <summary>The audit ledger (<c>LocalMesh:Audit</c>).</summary>
public sealed record AuditConfig
{
    /// <summary>Also store the bytes that crossed (off by default: only sizes and a SHA-256 are kept).</summary>
    public bool StoreContent { get; init; }

    /// <summary>
    /// Seconds records are gathered before each ledger commit (group commit; 0 commits each wake-up). Reads through the
    /// API flush first, and a clean shutdown writes everything; a killed process loses at most this much.
    /// </summary>
    public double CommitIntervalSeconds { get; init; } = 0.1;
}

/// <summary>Request limits (<c>LocalMesh:Limits</c>).</summary>
public sealed record LimitsConfig
{
    /// <summary>Largest request body accepted, bytes.</summary>
    public long MaxRequestBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Requests per minute per API key (or per client address without keys); 0 = unlimited.</summary>
    public int RequestsPerMinute { get; init; }
}
