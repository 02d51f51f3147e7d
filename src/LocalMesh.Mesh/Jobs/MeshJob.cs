using System.Text.Json;
using System.Text.Json.Serialization;
using LocalMesh.Queue;

namespace LocalMesh.Mesh.Jobs;

/// <summary>A queued request as it travels in the mesh's durable queue and as its status is kept (the same record, with the outcome filled in).</summary>
public sealed record MeshJob
{
    /// <summary>The job id (also the stream's message id, so publishing it twice stores it once).</summary>
    public required string Id { get; init; }

    /// <summary>The request id on the node that queued it.</summary>
    public required string RequestId { get; init; }

    /// <summary>The node that queued it.</summary>
    public required string Origin { get; init; }

    /// <summary>The operation (<c>chat.completions</c>).</summary>
    public required string Operation { get; init; }

    /// <summary>The client's request body.</summary>
    public required byte[] Body { get; init; }

    /// <summary>Data domain.</summary>
    public required string Domain { get; init; }

    /// <summary>Where the domain came from.</summary>
    public required string DomainSource { get; init; }

    /// <summary>Tiers it may reach (comma-separated).</summary>
    public required string AllowedTiers { get; init; }

    /// <summary>The API key's name, if any.</summary>
    public string? KeyName { get; init; }

    /// <summary>queued, completed or failed.</summary>
    public string Status { get; init; } = JobStatus.Queued;

    /// <summary>The node that answered it.</summary>
    public string? ServedBy { get; init; }

    /// <summary>Tries so far.</summary>
    public int Attempts { get; init; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The answer, once there is one.</summary>
    public byte[]? Result { get; init; }

    /// <summary>The last error.</summary>
    public string? Error { get; init; }

    /// <summary>From a job of the node's own queue.</summary>
    public static MeshJob From(QueuedJob job, string origin) => new()
    {
        Id = job.Id,
        RequestId = job.RequestId,
        Origin = origin,
        Operation = job.Operation,
        Body = job.Body,
        Domain = job.Domain,
        DomainSource = job.DomainSource,
        AllowedTiers = job.AllowedTiers,
        KeyName = job.KeyName,
        CreatedAt = job.CreatedAt,
        UpdatedAt = job.UpdatedAt,
    };

    /// <summary>As a job the node's executor and the jobs endpoint understand.</summary>
    public QueuedJob ToQueuedJob() => new()
    {
        Id = Id,
        RequestId = RequestId,
        Operation = Operation,
        Body = Body,
        Domain = Domain,
        DomainSource = DomainSource,
        AllowedTiers = AllowedTiers,
        KeyName = KeyName,
        Status = Status,
        Attempts = Attempts,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        Result = Result,
        Error = Error,
    };

    /// <summary>Serialises it.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, MeshJobJson.Default.MeshJob);

    /// <summary>Reads one; null when malformed (a bad message is dropped, never thrown).</summary>
    public static MeshJob? TryParse(ReadOnlySpan<byte> json)
    {
        try
        {
            return json.IsEmpty ? null : JsonSerializer.Deserialize(json, MeshJobJson.Default.MeshJob);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The job record's JSON.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MeshJob))]
internal sealed partial class MeshJobJson : JsonSerializerContext;
