using System.Text.RegularExpressions;

namespace LocalMesh.Signals.Streams;

/// <summary>What a stream may be called: it is a URL path segment and a key in the database.</summary>
public static partial class StreamNames
{
    /// <summary>The rule, in words, for error messages.</summary>
    public const string Rule = "a stream name is 1 to 128 characters: letters, digits, '.', '_', '-' or ':', starting with a letter or digit.";

    /// <summary>Whether <paramref name="name"/> follows <see cref="Rule"/>.</summary>
    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")]
    private static partial Regex Pattern();
}
