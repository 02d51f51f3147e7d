namespace LocalMesh.Configuration;

/// <summary>Thrown at start-up when the configuration has errors; lists all of them at once.</summary>
public sealed class LocalMeshConfigurationException(IReadOnlyList<string> errors)
    : Exception("LocalMesh configuration is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
{
    /// <summary>Each error, naming the object at fault.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}
