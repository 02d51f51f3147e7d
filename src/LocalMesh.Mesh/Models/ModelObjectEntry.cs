using System.Text.Json.Serialization;

namespace LocalMesh.Mesh.Models;

/// <summary>
/// The fields of an Object Store metadata entry the exchange reads (the NATS client's own reader is internal), read
/// leniently: unknown fields are ignored, anything unreadable is the entry's publisher's problem, not the node's.
/// </summary>
internal sealed record ModelObjectEntry
{
    /// <summary>The object's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Its size in bytes.</summary>
    [JsonPropertyName("size")]
    public long Size { get; init; }

    /// <summary>Whether it was deleted.</summary>
    [JsonPropertyName("deleted")]
    public bool Deleted { get; init; }

    /// <summary>The publisher's key-value metadata (<c>version</c>, <c>site</c>, <c>node</c>).</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, string>? Metadata { get; init; }
}

/// <summary>Source-generated JSON for <see cref="ModelObjectEntry"/>.</summary>
[JsonSerializable(typeof(ModelObjectEntry))]
internal sealed partial class ModelObjectJson : JsonSerializerContext;
