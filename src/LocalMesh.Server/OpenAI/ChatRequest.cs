using LocalMesh.Backends;
using LocalMesh.Caching;
using LocalMesh.Policy;
using LocalMesh.Routing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Server.OpenAI;

/// <summary>An OpenAI chat completion request, parsed into Microsoft.Extensions.AI types.</summary>
/// <param name="Model">The model asked for; null for <c>auto</c> or none.</param>
/// <param name="Messages">The conversation.</param>
/// <param name="Options">Sampling, tools, response format and pass-through fields.</param>
/// <param name="Stream">Whether to answer as server-sent events.</param>
/// <param name="IncludeUsage">Whether a streamed answer ends with a usage chunk.</param>
public sealed record ChatRequest(string? Model, IReadOnlyList<ChatMessage> Messages, ChatOptions Options, bool Stream, bool IncludeUsage)
{
    /// <summary>Whether the request defines tools.</summary>
    public bool UsesTools => Options.Tools is { Count: > 0 };

    /// <summary>The request's context: who asked, what, its domain, and the bytes to forward as they came.</summary>
    /// <param name="requestId">The request's id.</param>
    /// <param name="domain">Its resolved data domain.</param>
    /// <param name="keyName">The caller's API key name, if any.</param>
    /// <param name="body">The request body this was parsed from.</param>
    /// <param name="cacheControl">The request's <c>Cache-Control</c> header, if any (<c>no-cache</c>, <c>no-store</c>: see <see cref="CacheDirective"/>).</param>
    public RouteContext ToContext(string requestId, DomainResolution domain, string? keyName, byte[] body, string? cacheControl = null) => new(requestId, domain, keyName)
    {
        CacheDirective = Directive(cacheControl),
        Raw = new(body, Messages),
        RequestedModel = Model,
        Streaming = Stream,
        UsesTools = UsesTools,
        EstimatedInputTokens = TokenEstimator.Estimate(Messages),
    };

    private static CacheDirective Directive(string? cacheControl) =>
        string.IsNullOrEmpty(cacheControl) ? CacheDirective.Default
        : cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase) ? CacheDirective.NoStore
        : cacheControl.Contains("no-cache", StringComparison.OrdinalIgnoreCase) ? CacheDirective.NoCache
        : CacheDirective.Default;
}
