namespace LocalMesh.Privacy;

/// <summary>Reads the data files compiled into this assembly (word lists, domain examples).</summary>
internal static class EmbeddedData
{
    /// <summary>The non-empty lines of an embedded resource.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a build problem).</exception>
    public static IEnumerable<string> Lines(string resource)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }
}
