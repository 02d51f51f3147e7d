using System.Reflection;
using LocalMesh.Configuration;
using LocalMesh.Specialists.Intents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace LocalMesh.Server.Dashboard;

/// <summary>
/// The dashboard: the page at <c>/</c> and its script and style under <c>/dashboard/</c>, embedded in this assembly (no
/// CDN, no external font: it works offline), the node's description at <c>GET /v1/localmesh</c>, and the JSON views the
/// page reads. The page and its files carry no data; everything it shows comes from <c>/v1</c>, under the API keys.
/// </summary>
public static class DashboardEndpoints
{
    /// <summary>Where the page's files are served.</summary>
    public const string AssetsPath = "/dashboard";

    // Everything the page loads comes from this node; nothing inline, nothing from elsewhere, and no framing.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>Serves the page and its files, and maps the node description and the dashboard's JSON views.</summary>
    public static WebApplication UseLocalMeshDashboard(this WebApplication app)
    {
        var dashboard = app.Services.GetRequiredService<DashboardOptions>();
        if (dashboard.Enabled)
        {
            // Microsoft.Extensions.FileProviders.Embedded: the files' manifest is built with the assembly, and the static
            // file middleware gives them content types, ETags and conditional GETs.
            var files = new ManifestEmbeddedFileProvider(typeof(DashboardEndpoints).Assembly, "Dashboard/wwwroot");
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                RequestPath = AssetsPath,
                ContentTypeProvider = new FileExtensionContentTypeProvider(),
                OnPrepareResponse = c => Secure(c.Context.Response),
            });
            // Public: only whether the page must ask for a key (any unauthenticated /v1 call tells as much).
            app.MapGet(AssetsPath + "/session", (LocalMeshOptions options) => Results.Json(new { keys_required = options.Keys.Count > 0 }));
            app.MapGet("/", (HttpContext http) =>
            {
                Secure(http.Response);
                return Results.Stream(files.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8");
            });
        }

        app.MapGet("/v1/localmesh", (IServiceProvider services, LocalMeshOptions options, TimeProvider time) => Results.Json(new
        {
            @object = "localmesh.node",
            name = "LocalMesh",
            version = typeof(DashboardEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
            time = time.GetUtcNow(),
            api = "/v1 (OpenAI-compatible: /v1/chat/completions, /v1/models, /v1/embeddings)",
            management = new[]
            {
                "/v1/localmesh/backends", "/v1/localmesh/audit", "/v1/localmesh/audit/requests", "/v1/localmesh/audit/crossings/{id}", "/v1/localmesh/audit/models", "/v1/localmesh/audit/mesh-jobs",
                "/v1/localmesh/stats", "/v1/localmesh/jobs/{id}", "/v1/localmesh/kb", "/v1/localmesh/domains", "/v1/localmesh/signals", "/v1/localmesh/nodes",
            },
            specialists = services.GetService<IntentModelStore>() is null ? null : new[]
            {
                "/v1/localmesh/classify", "/v1/localmesh/feedback", "/v1/localmesh/intents", "/v1/localmesh/intents/review",
                "/v1/localmesh/schedule", "/v1/localmesh/lists", "/v1/localmesh/events",
            },
            dashboard = dashboard.Enabled ? "/" : null,
            health = "/health",
            metrics = "/metrics",
            keys_required = options.Keys.Count > 0,
            probe_interval_seconds = options.Health.ProbeIntervalSeconds,
        }));
        app.MapLocalMeshLedgerViews();
        if (app.Services.GetService<IntentStore>() is not null)
        {
            app.MapLocalMeshIntentReview();
        }

        return app;
    }

    private static void Secure(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
