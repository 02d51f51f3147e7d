namespace LocalMesh.Backends;

/// <summary>The backend was at its concurrency limit when the request reached it; the router moves on.</summary>
public sealed class BackendBusyException(string backend, int limit) : Exception($"backend '{backend}' is at capacity ({limit} requests in flight)");
