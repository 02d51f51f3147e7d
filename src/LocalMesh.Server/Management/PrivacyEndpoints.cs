using System.Text.Json;
using LocalMesh.Configuration;
using LocalMesh.Privacy.Detection;
using LocalMesh.Privacy.Domains;
using LocalMesh.Privacy.Redaction;
using LocalMesh.Privacy;
using LocalMesh.Server.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalMesh.Server.Management;

/// <summary>
/// The privacy guard's endpoints: <c>POST /v1/localmesh/scan</c> (what it finds in a text, the text's domain, and
/// what would leave for a redacted tier), declared secrets (admin), and the data domains with the examples that teach
/// the domain classifier (adding and removing examples is for admins).
/// </summary>
public static class PrivacyEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapLocalMeshPrivacy(this IEndpointRouteBuilder endpoints)
    {
        var app = endpoints.MapApiGroup("/v1/localmesh");
        app.MapPost("/scan", async (HttpContext http, PrivacyScanner scanner, DomainClassifier domains, PrivacyOptions privacy, LocalMeshOptions options) =>
        {
            using var body = await JsonBody.ReadObjectAsync(http, options).ConfigureAwait(false);
            var text = body.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()!
                : throw new ApiException(400, "Send {\"text\": \"...\"}.", OpenAIError.InvalidRequest, "text", "missing_text");

            var session = new RedactionSession(scanner);
            var redacted = session.Redact(text);
            var verdict = domains.Classify(text, session.Redacted.Select(e => e.Type).Distinct());
            return Results.Json(new
            {
                @object = "localmesh.scan",
                entities = session.Redacted.Select(e => new { type = e.Type, start = e.Start, length = e.Length }),
                domain = new
                {
                    name = verdict.Domain,
                    confidence = Math.Round(verdict.Confidence, 4),
                    counts = verdict.Confidence >= privacy.DomainThreshold && privacy.ClassifyDomains,
                    scores = verdict.Scores,
                },
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

        app.MapGet("/domains", (DomainClassifier domains, LocalMeshOptions options) => Results.Json(new
        {
            @object = "list",
            data = options.Policy.EffectiveDomains().Select(d => new
            {
                name = d.Key,
                tiers = d.Value.Tiers,
                classified = domains.Domains.Contains(d.Key, StringComparer.OrdinalIgnoreCase),
                examples = domains.ExampleCounts.GetValueOrDefault(d.Key),
            }),
        }));

        app.MapGet("/domains/examples", (HttpContext http, DomainClassifier domains) =>
            ManagementEndpoints.RequireAdmin(http) ?? Results.Json(new
            {
                @object = "list",
                data = domains.Stored().Select(e => new { id = e.Id, domain = e.Domain, text = e.Text, added_at = e.AddedAt }),
            }));

        app.MapPost("/domains/examples", async (HttpContext http, DomainClassifier domains, LocalMeshOptions options) =>
        {
            if (ManagementEndpoints.RequireAdmin(http) is { } denied)
            {
                return denied;
            }

            using var body = await JsonBody.ReadObjectAsync(http, options).ConfigureAwait(false);
            var root = body.RootElement;
            var domain = root.TryGetProperty("domain", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : null;
            var texts = root.TryGetProperty("texts", out var many) && many.ValueKind == JsonValueKind.Array && many.EnumerateArray().All(t => t.ValueKind == JsonValueKind.String)
                ? many.EnumerateArray().Select(t => t.GetString()!).ToList()
                : root.TryGetProperty("text", out var one) && one.ValueKind == JsonValueKind.String ? [one.GetString()!] : null;
            if (domain is null || texts is null)
            {
                throw new ApiException(400, "Send {\"domain\": \"medical\", \"text\": \"...\"} or {\"domain\": \"medical\", \"texts\": [\"...\"]}.", OpenAIError.InvalidRequest, domain is null ? "domain" : "text", "invalid_example");
            }

            int added;
            try
            {
                added = domains.Teach(domain, texts);
            }
            catch (ArgumentException ex)
            {
                throw new ApiException(400, ex.Message, OpenAIError.InvalidRequest, ex.ParamName == "domain" ? "domain" : "text", "invalid_example");
            }

            return Results.Json(new { @object = "localmesh.domain_examples", domain, added, examples = domains.ExampleCounts }, statusCode: 201);
        });

        app.MapDelete("/domains/examples/{id:long}", (HttpContext http, long id, DomainClassifier domains) =>
            ManagementEndpoints.RequireAdmin(http)
            ?? (domains.Forget(id)
                ? Results.Json(new { @object = "localmesh.domain_examples", removed = id })
                : ManagementEndpoints.Error(new ApiException(404, $"There is no stored domain example {id} (built-in and configured examples cannot be removed here).", OpenAIError.InvalidRequest, "id", "example_not_found"))));

        return endpoints;
    }
}
