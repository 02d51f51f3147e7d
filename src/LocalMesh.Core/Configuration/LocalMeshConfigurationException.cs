using System.Text.RegularExpressions;

namespace LocalMesh.Configuration;

/// <summary>
/// The node's configuration has errors; thrown when it starts (the options are validated on start). Its message has one
/// line per error, naming the key at fault and its environment-variable form, e.g.
/// <c>Invalid configuration: LocalMesh:Limits:MaxRequestBodyBytes must be positive (got -5). [env: LocalMesh__Limits__MaxRequestBodyBytes]</c>.
/// </summary>
public sealed partial class LocalMeshConfigurationException(IReadOnlyList<string> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(Line)))
{
    /// <summary>Each error, naming the key at fault.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;

    /// <summary>One error as a line: the error and, when it starts with a key, how to set that key from the environment.</summary>
    public static string Line(string error) =>
        ConfigurationKey().Match(error) is { Success: true } key
            ? $"Invalid configuration: {error} [env: {key.Value.Replace(":", "__", StringComparison.Ordinal)}]"
            : $"Invalid configuration: {error}";

    [GeneratedRegex(@"^LocalMesh(?::[A-Za-z0-9_.\-]+)+")]
    private static partial Regex ConfigurationKey();
}
