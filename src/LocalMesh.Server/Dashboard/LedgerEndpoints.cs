using System.Globalization;
using System.Text;
using LocalMesh.Configuration;
using LocalMesh.Knowledge.Answering;
using LocalMesh.Ledger;
using LocalMesh.Server.Http;
using LocalMesh.Server.Management;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalMesh.Server.Dashboard;

/// <summary>
/// The ledger as the dashboard reads it (admin keys only): totals over time (<c>/v1/localmesh/stats</c>), the requests
/// with what each sent (<c>/v1/localmesh/audit/requests</c>), the bytes one crossing sent, as sent
/// (<c>/v1/localmesh/audit/crossings/{id}</c>), the federated model updates (<c>/v1/localmesh/audit/models</c>) and the mesh queue's refused jobs (<c>/v1/localmesh/audit/mesh-jobs</c>).
/// </summary>
public static class LedgerEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapLocalMeshLedgerViews(this IEndpointRouteBuilder endpoints)
    {
        var app = endpoints.MapApiGroup("/v1/localmesh");

        // since/until as the audit takes them (default: the last 24 hours), buckets 1-500 (default 24), domain, key, q.
        app.MapGet("/stats", async (HttpContext http, AuditLedger ledger, TimeProvider time, DashboardOptions dashboard, LocalMeshOptions options) =>
        {
            if (ManagementEndpoints.RequireAdmin(http) is { } denied)
            {
                return denied;
            }

            var query = ManagementEndpoints.ParseQuery(http.Request.Query, time);
            var until = query.Until ?? time.GetUtcNow();
            var since = query.Since ?? until.AddHours(-24);
            if (since >= until)
            {
                throw new ApiException(400, "'since' must be before 'until'.", OpenAIError.InvalidRequest, "since", "invalid_window");
            }

            var buckets = http.Request.Query["buckets"].ToString() is { Length: > 0 } b
                ? int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 500 ? n
                    : throw new ApiException(400, "'buckets' must be a whole number from 1 to 500.", OpenAIError.InvalidRequest, "buckets", "invalid_buckets")
                : 24;
            await ledger.FlushAsync().ConfigureAwait(false);
            var stats = ledger.QueryStats(query with { Since = since, Until = until }, buckets, dashboard.Baseline(options), RequestFeed.CachedReasonPrefix, KnowledgeModels.All);
            return Results.Json(stats, AuditJson.Options);
        });

        app.MapGet("/audit/requests", async (HttpContext http, AuditLedger ledger, TimeProvider time) =>
        {
            if (ManagementEndpoints.RequireAdmin(http) is { } denied)
            {
                return denied;
            }

            var query = ManagementEndpoints.ParseQuery(http.Request.Query, time);
            await ledger.FlushAsync().ConfigureAwait(false);
            return Results.Json(new { @object = "list", data = await ledger.QueryRequestsAsync(query).ConfigureAwait(false) }, AuditJson.Options);
        });

        // Versions this node published and peers' versions it took, refused or rejected, with their origin (newest first; limit).
        app.MapGet("/audit/models", async (HttpContext http, AuditLedger ledger, TimeProvider time) =>
        {
            if (ManagementEndpoints.RequireAdmin(http) is { } denied)
            {
                return denied;
            }

            var query = ManagementEndpoints.ParseQuery(http.Request.Query, time);
            await ledger.FlushAsync().ConfigureAwait(false);
            return Results.Json(new { @object = "list", data = ledger.ModelUpdates(query.Limit) }, AuditJson.Options);
        });

        // Jobs of the mesh's queue this node refused (unsigned, forged, another site's, untrusted signer) or served unsigned (newest first; limit).
        app.MapGet("/audit/mesh-jobs", async (HttpContext http, AuditLedger ledger, TimeProvider time) =>
        {
            if (ManagementEndpoints.RequireAdmin(http) is { } denied)
            {
                return denied;
            }

            var query = ManagementEndpoints.ParseQuery(http.Request.Query, time);
            await ledger.FlushAsync().ConfigureAwait(false);
            return Results.Json(new { @object = "list", data = ledger.MeshJobs(query.Limit) }, AuditJson.Options);
        });

        app.MapGet("/audit/crossings/{id:long}", async (HttpContext http, long id, AuditLedger ledger) =>
        {
            if (ManagementEndpoints.RequireAdmin(http) is { } denied)
            {
                return denied;
            }

            await ledger.FlushAsync().ConfigureAwait(false);
            var found = ledger.ReadContent(id)
                ?? throw new ApiException(404, $"No crossing {id} in the ledger.", OpenAIError.InvalidRequest, "id", "crossing_not_found");
            var (text, encoding) = Decode(found.Content);
            return Results.Json(new
            {
                @object = "localmesh.crossing",
                id = found.Id,
                request_id = found.RequestId,
                backend = found.Backend,
                tier = found.Tier,
                destination = found.Destination,
                redacted_kinds = found.RedactedKinds,
                content_sha256 = found.ContentSha256,
                stored = found.Stored,
                content = text,
                content_encoding = encoding,
                note = found.Stored ? null : "The bytes sent are not stored: set LocalMesh:Audit:StoreContent to true to keep them (the ledger keeps their SHA-256).",
            });
        });

        return endpoints;
    }

    // What was sent is JSON (UTF-8) from this node; anything else is shown as base64 rather than mangled.
    private static (string? Text, string? Encoding) Decode(byte[]? content)
    {
        if (content is null)
        {
            return (null, null);
        }

        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (Convert.ToBase64String(content), "base64");
        }
    }
}
