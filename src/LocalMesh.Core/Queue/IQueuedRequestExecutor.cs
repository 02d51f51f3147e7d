namespace LocalMesh.Queue;

/// <summary>Answers a queued request (the API layer implements it, so a job runs exactly like a live call).</summary>
public interface IQueuedRequestExecutor
{
    /// <summary>Answers <paramref name="job"/>.</summary>
    /// <returns>The response body to store.</returns>
    /// <exception cref="Routing.NoRouteException">Still no backend: the job stays queued.</exception>
    Task<byte[]> ExecuteAsync(QueuedJob job, CancellationToken cancellationToken);
}
