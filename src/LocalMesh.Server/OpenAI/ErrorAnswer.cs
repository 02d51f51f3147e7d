using LocalMesh.Routing;
using LocalMesh.Server.Http;
using Microsoft.AspNetCore.Http;

namespace LocalMesh.Server.OpenAI;

/// <summary>The error answer of a failed chat or embeddings request: the route header of a policy refusal, then the OpenAI-style body.</summary>
internal static class ErrorAnswer
{
    /// <summary>Writes <paramref name="error"/>, which describes <paramref name="exception"/>.</summary>
    public static async Task WriteAsync(HttpContext http, Exception exception, ApiException error, RouteContext? context)
    {
        TimingHeaders.WriteRefusal(http.Response, exception, context);
        await OpenAIError.WriteAsync(http, error).ConfigureAwait(false);
    }
}
