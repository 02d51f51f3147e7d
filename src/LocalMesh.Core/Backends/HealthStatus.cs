namespace LocalMesh.Backends;

/// <summary>What the last active probe of a backend found.</summary>
public enum HealthStatus
{
    /// <summary>Not probed yet.</summary>
    Unknown,

    /// <summary>The last probe succeeded.</summary>
    Healthy,

    /// <summary>The last probe failed.</summary>
    Unhealthy,
}
