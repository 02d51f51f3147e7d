using LocalMesh.Configuration;
using LocalMesh.Queue;

namespace LocalMesh.Mesh.Jobs;

/// <summary>
/// A job of the mesh's queue is served under the serving node's own policy, never under the tiers the job names: the
/// job names what its entry node allowed, and a node with a looser policy (or anyone who could put a job) must not
/// make this node send the data further than its own policy lets that domain go. Like a hop (docs/mesh.md, Routing):
/// a domain this node does not define is served under its default domain; the tiers are those the job names that
/// this node's policy also allows for the domain.
/// </summary>
public sealed class ServingPolicy(LocalMeshOptions node)
{
    private readonly IReadOnlyDictionary<string, DomainPolicy> _domains = node.Policy.EffectiveDomains();

    /// <summary>The job as this node serves it: its domain here and the tiers both allow (in the job's order); <paramref name="dropped"/> names what the job asked and this node's policy does not allow.</summary>
    public QueuedJob Narrow(QueuedJob job, out string? dropped)
    {
        var known = _domains.Keys.FirstOrDefault(d => string.Equals(d, job.Domain, StringComparison.OrdinalIgnoreCase));
        var domain = known ?? node.Policy.DefaultDomain;
        var own = _domains.TryGetValue(domain, out var policy) ? policy.Tiers.ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
        var asked = job.AllowedTiers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kept = asked.Where(own.Contains).ToList();
        var lost = asked.Where(t => !own.Contains(t)).ToList();
        dropped = lost.Count == 0 && known is not null ? null
            : $"{(known is null ? $"domain '{job.Domain}' is not defined here, served as '{domain}'; " : "")}{(lost.Count == 0 ? "" : $"tiers {string.Join(", ", lost)} not allowed for '{domain}' by this node's policy")}".TrimEnd(' ', ';');
        return job with { Domain = domain, DomainSource = known is null ? "default" : job.DomainSource, AllowedTiers = string.Join(',', kept) };
    }
}
