using System.Text.Json.Serialization;
using LocalMesh.Signals.Streams;

namespace LocalMesh.Signals.Storage;

/// <summary>Source-generated JSON for what the store keeps as text (settings, an alert's context).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(StreamSettings))]
[JsonSerializable(typeof(List<double[]>), TypeInfoPropertyName = "ListDoubleArray")]
internal sealed partial class SignalsJson : JsonSerializerContext;
