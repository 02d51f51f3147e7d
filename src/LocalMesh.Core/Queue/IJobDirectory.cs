namespace LocalMesh.Queue;

/// <summary>
/// Jobs kept outside this node's own queue (the mesh's durable queue), so a job can be looked up from any node.
/// Register one in DI; the jobs endpoint asks it when the node's own queue does not have the job or handed it on.
/// </summary>
public interface IJobDirectory
{
    /// <summary>The job with <paramref name="id"/>, or null when it is not known there.</summary>
    Task<QueuedJob?> FindAsync(string id, CancellationToken cancellationToken);
}
