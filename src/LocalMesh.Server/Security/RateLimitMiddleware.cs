using System.Globalization;
using System.Threading.RateLimiting;
using LocalMesh.Configuration;
using LocalMesh.Server.Http;
using Microsoft.AspNetCore.Http;

namespace LocalMesh.Server.Security;

/// <summary>
/// Requests per minute on <c>/v1</c>, per API key (the key's <c>RequestsPerMinute</c>, else <c>Limits:RequestsPerMinute</c>),
/// or per client address without keys; 429 with <c>Retry-After</c> and an OpenAI error body when a window is used up.
/// </summary>
/// <remarks>
/// ASP.NET Core's <c>UseRateLimiter</c> is not used: its middleware creates a partitioned limiter it never disposes, whose
/// heartbeat timer keeps every stopped application and its services reachable for the life of the process
/// (dotnet/aspnetcore#69259). Here the limiter is an <see cref="RequestRateLimiter"/> in the container, disposed with it.
/// </remarks>
public sealed class RateLimitMiddleware(RequestDelegate next, RequestRateLimiter limiter)
{
    /// <summary>Lets the request through, or answers 429.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        using var lease = await limiter.Limiter.AcquireAsync(context, 1, context.RequestAborted).ConfigureAwait(false);
        if (lease.IsAcquired)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await OpenAIError.WriteAsync(context, new ApiException(StatusCodes.Status429TooManyRequests,
            "Rate limit reached for this API key; retry after the time in the Retry-After header.", OpenAIError.RateLimit, null, "rate_limit_exceeded")).ConfigureAwait(false);
    }
}

/// <summary>The node's partitioned request limiter: one fixed one-minute window per API key or client address.</summary>
public sealed class RequestRateLimiter(LocalMeshOptions options) : IAsyncDisposable
{
    /// <summary>The limiter; its partitions are replenished by its own timer, stopped by <see cref="DisposeAsync"/>.</summary>
    public PartitionedRateLimiter<HttpContext> Limiter { get; } = PartitionedRateLimiter.Create<HttpContext, string>(http =>
    {
        var caller = Caller.Of(http);
        var permits = caller.Key is { RequestsPerMinute: > 0 } key ? key.RequestsPerMinute : options.Limits.RequestsPerMinute;
        if (permits <= 0 || !http.Request.Path.StartsWithSegments("/v1", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var partition = caller.KeyName is { } name ? "key:" + name : "ip:" + http.Connection.RemoteIpAddress;
        return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    });

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Limiter.DisposeAsync();
}
