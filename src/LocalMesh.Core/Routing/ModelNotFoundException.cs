namespace LocalMesh.Routing;

/// <summary>No configured backend serves the model asked for (HTTP 404).</summary>
public sealed class ModelNotFoundException(string model)
    : Exception($"The model '{model}' does not exist on this node. GET /v1/models lists the models available, or use 'auto'.")
{
    /// <summary>The model asked for.</summary>
    public string Model { get; } = model;
}
