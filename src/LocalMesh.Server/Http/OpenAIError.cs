using System.Buffers;
using System.ClientModel;
using System.Text.Json;
using LocalMesh.Backends;
using LocalMesh.Policy;
using LocalMesh.Routing;
using Microsoft.AspNetCore.Http;

namespace LocalMesh.Server.Http;

/// <summary>Writes errors in OpenAI's shape: <c>{"error":{"message","type","param","code"}}</c>.</summary>
public static class OpenAIError
{
    /// <summary>The client sent something wrong.</summary>
    public const string InvalidRequest = "invalid_request_error";

    /// <summary>Authentication failed.</summary>
    public const string Authentication = "authentication_error";

    /// <summary>The key or the policy does not allow it.</summary>
    public const string Permission = "permission_error";

    /// <summary>Too many requests.</summary>
    public const string RateLimit = "rate_limit_error";

    /// <summary>Nothing could answer.</summary>
    public const string ServiceUnavailable = "service_unavailable";

    /// <summary>Something failed on the node or upstream.</summary>
    public const string Server = "server_error";

    /// <summary>Maps an exception to its status and error fields.</summary>
    public static ApiException From(Exception error) => error switch
    {
        ApiException api => api,
        ModelNotFoundException m => new(StatusCodes.Status404NotFound, m.Message, InvalidRequest, "model", "model_not_found"),
        UnknownDomainException d => new(StatusCodes.Status400BadRequest, d.Message, InvalidRequest, "x-localmesh-domain", "unknown_domain"),
        PolicyViolationException p => new(StatusCodes.Status403Forbidden, p.Message, Permission, null, p.Code),
        Privacy.Detection.ScanFailedException s => new(StatusCodes.Status422UnprocessableEntity, s.Message + " Nothing was sent; split the text or remove unusual runs of characters.", InvalidRequest, null, "scan_failed"),
        NoRouteException n => new(StatusCodes.Status503ServiceUnavailable, n.Message + " Send 'x-localmesh-queue: true' to queue the request until a backend is back.", ServiceUnavailable, null, "no_backend_available"),
        Exception u when UpstreamRejection.Is(u, out _) =>
            new(UpstreamRejection.Status(u)!.Value, "The upstream backend rejected the request: " + UpstreamMessage(u), InvalidRequest, null, "upstream_rejected"),
        BadHttpRequestException { StatusCode: 413 } => new(StatusCodes.Status413PayloadTooLarge, "The request body is larger than this node accepts (LocalMesh:Limits:MaxRequestBodyBytes).", InvalidRequest, null, "request_too_large"),
        BadHttpRequestException b => new(b.StatusCode, "Bad request: " + b.Message, InvalidRequest),
        _ => new(StatusCodes.Status500InternalServerError, "Internal error while handling the request.", Server),
    };

    /// <summary>Writes <paramref name="error"/> as the response.</summary>
    public static Task WriteAsync(HttpContext context, ApiException error)
    {
        if (context.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        context.Response.StatusCode = error.Status;
        context.Response.ContentType = "application/json";
        if (error.Status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        var json = ToJson(error);
        context.Response.ContentLength = json.Length;

        // Not flushed: sent when the handler returns, after its ledger record is queued (see JsonResponse).
        context.Response.BodyWriter.Write(json);
        return Task.CompletedTask;
    }

    /// <summary>The error body as UTF-8 JSON.</summary>
    public static byte[] ToJson(ApiException error)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("error");
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            writer.WriteString("type", error.Type);
            writer.WriteString("param", error.Param);
            writer.WriteString("code", error.Code);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string UpstreamMessage(Exception error)
    {
        try
        {
            var raw = error switch
            {
                ClientResultException c => c.GetRawResponse()?.Content?.ToString(),
                Backends.Forwarding.UpstreamStatusException u => u.Body,
                _ => null,
            };
            if (raw is not null)
            {
                using var json = JsonDocument.Parse(raw);
                if (json.RootElement.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out var m))
                {
                    return m.GetString() ?? error.Message;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON: fall back to the status line.
        }

        return $"HTTP {UpstreamRejection.Status(error)}";
    }
}
