using LocalMesh.Configuration;
using LocalMesh.Server.Http;
using Microsoft.AspNetCore.Http;

namespace LocalMesh.Server.Security;

/// <summary>
/// API key authentication for <c>/v1</c>: when keys are configured, every call needs <c>Authorization: Bearer KEY</c>
/// (or <c>x-api-key</c>); keys are compared by SHA-256, never stored in clear. 401 with an OpenAI error body otherwise.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, LocalMeshOptions options)
{
    private readonly Dictionary<string, Caller> _byHash = options.Keys
        .Where(k => k.Value.Hash is not null)
        .ToDictionary(k => k.Value.Hash!, k => new Caller(k.Key, k.Value, k.Value.Admin), StringComparer.Ordinal);

    /// <summary>Authenticates the request, or answers 401.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (_byHash.Count == 0 || !context.Request.Path.StartsWithSegments("/v1", StringComparison.OrdinalIgnoreCase))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var presented = Presented(context.Request);
        if (presented is null)
        {
            await OpenAIError.WriteAsync(context, new ApiException(StatusCodes.Status401Unauthorized,
                "Missing API key. Send it as 'Authorization: Bearer YOUR_KEY'.", OpenAIError.Authentication, null, "missing_api_key")).ConfigureAwait(false);
            return;
        }

        if (!_byHash.TryGetValue(ApiKeyHash.Compute(presented), out var caller))
        {
            await OpenAIError.WriteAsync(context, new ApiException(StatusCodes.Status401Unauthorized,
                "Incorrect API key provided.", OpenAIError.Authentication, null, "invalid_api_key")).ConfigureAwait(false);
            return;
        }

        Caller.Set(context, caller);
        await next(context).ConfigureAwait(false);
    }

    private static string? Presented(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7)
        {
            return authorization[7..].Trim();
        }

        var header = request.Headers["x-api-key"].ToString();
        return header.Length > 0 ? header : null;
    }
}
