using System.Text.Json;
using LocalMesh.Configuration;
using LocalMesh.Privacy.Detection;
using LocalMesh.Privacy.Redaction;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalMesh.Server.Api;

/// <summary><c>POST /v1/localmesh/scan</c>: what the privacy guard finds in a text and what would leave for a redacted tier.</summary>
public static class PrivacyEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapLocalMeshPrivacy(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/localmesh/scan", async (HttpContext http, PrivacyScanner scanner, PrivacyOptions privacy, LocalMeshOptions options) =>
        {
            string text;
            try
            {
                var bytes = await JsonBody.ReadAsync(http.Request, options.Limits.MaxRequestBodyBytes, http.RequestAborted).ConfigureAwait(false);
                using var body = JsonBody.Parse(bytes);
                text = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
                    ? t.GetString()!
                    : throw new ApiException(400, "Send {\"text\": \"...\"}.", OpenAIError.InvalidRequest, "text", "missing_text");
            }
            catch (ApiException error)
            {
                return ManagementEndpoints.Error(error);
            }

            var session = new RedactionSession(scanner);
            var redacted = session.Redact(text);
            var entities = scanner.Scan(text);
            return Results.Json(new
            {
                @object = "localmesh.scan",
                entities = entities.Select(e => new { type = e.Type, start = e.Start, length = e.Length }),
                counts = session.Counts,
                redacted_tiers = privacy.Enabled ? privacy.RedactTiers : [],
                would_leave = redacted,
            });
        });
        return app;
    }
}
