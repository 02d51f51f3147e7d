using System.Text.Json;
using System.Text.Json.Serialization;
using LocalMesh.Queue;

namespace LocalMesh.Mesh.Jobs;

/// <summary>
/// A queued request as it travels in the mesh's durable queue and as its status is kept (the same record, with the
/// outcome filled in). In the queue its bytes are signed by the node that put it, in the message's headers
/// (<see cref="JobSignature"/>).
/// </summary>
/// <param name="Job">The job as the node's own queue and executor know it (its id is also the stream's message id, so publishing it twice stores it once).</param>
/// <param name="Origin">The node that queued it.</param>
/// <param name="ServedBy">The node that answered it.</param>
public sealed record MeshJob(QueuedJob Job, string Origin, string? ServedBy = null)
{
    /// <summary>Serialises it.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, MeshJobJson.Default.MeshJob);

    /// <summary>Reads one; null when malformed (a bad message is dropped, never thrown).</summary>
    public static MeshJob? TryParse(ReadOnlySpan<byte> json)
    {
        try
        {
            return json.IsEmpty ? null : JsonSerializer.Deserialize(json, MeshJobJson.Default.MeshJob) is { Job: not null, Origin: not null } job ? job : null;
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
