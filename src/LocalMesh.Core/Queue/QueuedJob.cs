using LocalMesh.Configuration;

namespace LocalMesh.Queue;

/// <summary>A request stored durably to be answered once an allowed backend is reachable.</summary>
public sealed record QueuedJob
{
    /// <summary>The job id returned to the client (<c>job_...</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The request id of the original call.</summary>
    public required string RequestId { get; init; }

    /// <summary>The operation, e.g. <c>chat.completions</c>.</summary>
    public required string Operation { get; init; }

    /// <summary>The original request body.</summary>
    public required byte[] Body { get; init; }

    /// <summary>The resolved data domain.</summary>
    public required string Domain { get; init; }

    /// <summary>Where the domain came from.</summary>
    public required string DomainSource { get; init; }

    /// <summary>The tiers the request may reach, comma-separated.</summary>
    public required string AllowedTiers { get; init; }

    /// <summary>The key that queued it, if any.</summary>
    public string? KeyName { get; init; }

    /// <summary><c>queued</c>, <c>running</c>, <c>completed</c> or <c>failed</c>.</summary>
    public string Status { get; init; } = JobStatus.Queued;

    /// <summary>Attempts that reached a backend.</summary>
    public int Attempts { get; init; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The response body once completed.</summary>
    public byte[]? Result { get; init; }

    /// <summary>The last error.</summary>
    public string? Error { get; init; }

    /// <summary>The domain the request was resolved to when it was queued, and the tiers it may reach (replays keep them).</summary>
    public Policy.DomainResolution Resolution => new(Domain, DomainSource,
        AllowedTiers.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => TierNames.TryParse(t, out var tier) ? tier : (Tier?)null).OfType<Tier>().ToHashSet());

    /// <summary>A job for the request of <paramref name="context"/>.</summary>
    /// <param name="id">The job's id.</param>
    /// <param name="operation">The operation, e.g. <c>chat.completions</c>.</param>
    /// <param name="body">The client's request body, replayed as it came.</param>
    /// <param name="context">The request's context (id, domain, tiers, key).</param>
    public static QueuedJob For(string id, string operation, byte[] body, Routing.RouteContext context) => new()
    {
        Id = id,
        RequestId = context.RequestId,
        Operation = operation,
        Body = body,
        Domain = context.Domain,
        DomainSource = context.DomainSource,
        AllowedTiers = string.Join(',', context.AllowedTiers.Select(t => t.Name())),
        KeyName = context.KeyName,
    };
}

/// <summary>Job states.</summary>
public static class JobStatus
{
    /// <summary>Waiting for a backend.</summary>
    public const string Queued = "queued";

    /// <summary>Being answered now.</summary>
    public const string Running = "running";

    /// <summary>Handed to the mesh's durable queue (JetStream): any node of the site answers it; its status is read there.</summary>
    public const string Forwarded = "forwarded";

    /// <summary>Answered; the result is stored.</summary>
    public const string Completed = "completed";

    /// <summary>Gave up after the configured attempts.</summary>
    public const string Failed = "failed";
}
