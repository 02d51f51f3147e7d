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
    public static IEndpointRouteBuilder MapLocalMeshPrivacy(this IEndpointRouteBuilder endpoints)
    {
        var app = endpoints.MapApiGroup("/v1/localmesh");
        app.MapPost("/scan", async (HttpContext http, PrivacyScanner scanner, PrivacyOptions privacy, LocalMeshOptions options) =>
        {
            using var body = await JsonBody.ReadObjectAsync(http, options).ConfigureAwait(false);
            var text = body.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()!
                : throw new ApiException(400, "Send {\"text\": \"...\"}.", OpenAIError.InvalidRequest, "text", "missing_text");

            var session = new RedactionSession(scanner);
            var redacted = session.Redact(text);
            return Results.Json(new
            {
                @object = "localmesh.scan",
                entities = session.Redacted.Select(e => new { type = e.Type, start = e.Start, length = e.Length }),
                counts = session.Counts,
                redacted_tiers = privacy.Enabled ? privacy.RedactTiers : [],
                would_leave = redacted,
            });
        });
        app.MapGet("/secrets", (HttpContext http, DeclaredSecrets secrets) =>
            ManagementEndpoints.RequireAdmin(http) ?? Results.Json(new { @object = "list", total = secrets.Count, data = secrets.Stored() }));

        app.MapPost("/secrets", async (HttpContext http, DeclaredSecrets secrets, LocalMeshOptions options) =>
        {
            if (ManagementEndpoints.RequireAdmin(http) is { } denied)
            {
                return denied;
            }

            using var body = await JsonBody.ReadObjectAsync(http, options).ConfigureAwait(false);
            if (!body.RootElement.TryGetProperty("terms", out var terms) || terms.ValueKind != JsonValueKind.Array || terms.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String))
            {
                throw new ApiException(400, "Send {\"terms\": [\"Project Bluebird\", ...]}.", OpenAIError.InvalidRequest, "terms", "invalid_terms");
            }

            var added = secrets.Add(terms.EnumerateArray().Select(t => t.GetString()!));
            return Results.Json(new { @object = "localmesh.secrets", added, total = secrets.Count }, statusCode: 201);
        });

        app.MapDelete("/secrets/{term}", (HttpContext http, string term, DeclaredSecrets secrets) =>
            ManagementEndpoints.RequireAdmin(http)
            ?? (secrets.Remove(term)
                ? Results.Json(new { @object = "localmesh.secrets", removed = term, total = secrets.Count })
                : ManagementEndpoints.Error(new ApiException(404, $"'{term}' is not a declared secret added through the API (configured ones are changed in the configuration).", OpenAIError.InvalidRequest, "term", "secret_not_found"))));

        return endpoints;
    }
}
