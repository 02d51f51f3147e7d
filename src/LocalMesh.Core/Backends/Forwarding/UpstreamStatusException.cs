namespace LocalMesh.Backends.Forwarding;

/// <summary>An upstream answered a forwarded request with an error status; <see cref="Body"/> is what it said.</summary>
public sealed class UpstreamStatusException(int status, string? body)
    : Exception($"The upstream returned HTTP {status}.")
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>The upstream's error body (at most 8 KB of it), if any.</summary>
    public string? Body { get; } = body;
}
