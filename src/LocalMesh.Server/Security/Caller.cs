using LocalMesh.Configuration;
using Microsoft.AspNetCore.Http;

namespace LocalMesh.Server.Security;

/// <summary>Who is calling: the API key's name and settings, or anonymous when the node has no keys.</summary>
/// <param name="KeyName">The key's name; null when anonymous.</param>
/// <param name="Key">The key's settings; null when anonymous.</param>
/// <param name="IsAdmin">Whether management endpoints are open to the caller (always, when no keys are configured).</param>
public sealed record Caller(string? KeyName, ApiKeyConfig? Key, bool IsAdmin)
{
    private static readonly object ItemKey = new();

    /// <summary>The caller of a node without keys.</summary>
    public static readonly Caller Anonymous = new(null, null, IsAdmin: true);

    /// <summary>The caller of the request (set by <see cref="ApiKeyMiddleware"/>).</summary>
    public static Caller Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out var caller) && caller is Caller c ? c : Anonymous;

    /// <summary>Attaches <paramref name="caller"/> to the request.</summary>
    public static void Set(HttpContext context, Caller caller) => context.Items[ItemKey] = caller;
}
