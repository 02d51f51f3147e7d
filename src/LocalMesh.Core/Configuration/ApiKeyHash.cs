using System.Security.Cryptography;
using System.Text;

namespace LocalMesh.Configuration;

/// <summary>How API keys are stored: never in clear, only as <c>sha256:hex</c>.</summary>
public static class ApiKeyHash
{
    private const string Prefix = "sha256:";

    /// <summary>The stored form of <paramref name="key"/>.</summary>
    public static string Compute(string key) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether <paramref name="hash"/> has the stored form.</summary>
    public static bool IsWellFormed(string? hash) =>
        hash is { Length: 71 } && hash.StartsWith(Prefix, StringComparison.Ordinal) && hash.AsSpan(Prefix.Length).ContainsAnyExcept("0123456789abcdef") == false;
}
