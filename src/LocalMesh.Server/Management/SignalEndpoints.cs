using System.Text.Json;
using LocalMesh.Configuration;
using LocalMesh.Server.Http;
using LocalMesh.Signals.Streams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalMesh.Server.Management;

/// <summary>
/// Signal streams: <c>POST /v1/localmesh/signals/{stream}</c> takes a batch of <c>{timestamp, value}</c> points (JSON, or
/// CSV with <c>content-type: text/csv</c>) and answers with the alerts it raised; <c>GET /v1/localmesh/signals</c> lists
/// the streams with their state, <c>GET .../{stream}</c> shows one with its latest alerts, and
/// <c>PUT .../{stream}/settings</c> sets its sensitivity, minimum gap between alerts, domain and retention.
/// </summary>
public static class SignalEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapLocalMeshSignals(this IEndpointRouteBuilder endpoints)
    {
        var app = endpoints.MapApiGroup("/v1/localmesh/signals");
        app.MapPost("/{stream}", async (HttpContext http, string stream, SignalHub hub, LocalMeshOptions options) =>
        {
            var bytes = await JsonBody.ReadAsync(http.Request, options.Limits.MaxRequestBodyBytes, http.RequestAborted).ConfigureAwait(false);
            return Results.Json(Ingest(hub, stream, bytes, http.Request.ContentType, returnScores: http.Request.Query["scores"] == "true"));
        });

        app.MapGet("", (SignalHub hub) => Results.Json(new { @object = "list", data = hub.Streams.Select(Describe) }));

        app.MapGet("/{stream}", (HttpContext http, string stream, SignalHub hub) =>
        {
            var found = hub.Find(stream) ?? throw new ApiException(404, $"There is no signal stream '{stream}'.", OpenAIError.InvalidRequest, "stream", "stream_not_found");
            var limit = int.TryParse(http.Request.Query["alerts"], out var n) ? Math.Clamp(n, 0, 1000) : 20;
            var description = Describe(found);
            description["recent_alerts"] = JsonSerializer.SerializeToNode(hub.Alerts(stream, limit).Select(a => a.ToJson()));
            return Results.Json(description);
        });

        app.MapPut("/{stream}/settings", async (HttpContext http, string stream, SignalHub hub, LocalMeshOptions options) =>
        {
            using var body = await JsonBody.ReadObjectAsync(http, options).ConfigureAwait(false);
            var current = hub.Find(stream)?.Settings ?? new StreamSettings();
            var settings = SignalParsing.Settings(body.RootElement, current);
            return Results.Json(Describe(Run(() => hub.Configure(stream, settings))));
        });

        return endpoints;
    }

    /// <summary>
    /// Parses a batch (CSV by its content type, JSON otherwise) and ingests it (invalid input: a 400 <see cref="ApiException"/>);
    /// gives the answer's JSON, the same over HTTP and the mesh.
    /// </summary>
    internal static object Ingest(SignalHub hub, string stream, byte[] body, string? contentType, bool returnScores)
    {
        var points = IsCsv(contentType) ? SignalParsing.Csv(body) : SignalParsing.Json(body);
        var result = Run(() => hub.Ingest(stream, points, returnScores));
        return new
        {
            @object = "localmesh.signals.ingest",
            stream = result.Stream,
            accepted = result.Accepted,
            points = result.Points,
            alerts = result.Alerts.Select(a => a.ToJson()),
            scores = result.Scores?.Select(s => Math.Round(s, 6)),
        };
    }

    private static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SignalInputException ex)
        {
            throw new ApiException(400, ex.Message, OpenAIError.InvalidRequest, ex.Param, ex.Code);
        }
    }

    private static bool IsCsv(string? contentType) =>
        contentType is not null && (contentType.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("application/csv", StringComparison.OrdinalIgnoreCase));

    private static System.Text.Json.Nodes.JsonObject Describe(SignalStream stream)
    {
        var state = stream.State; // replaced whole after each batch, never changed in place
        var s = stream.Settings;
        return new System.Text.Json.Nodes.JsonObject
        {
            ["object"] = "localmesh.signals.stream",
            ["stream"] = stream.Name,
            ["points"] = state.Points,
            ["alerts"] = state.Alerts,
            ["last_timestamp"] = state.LastTimestamp,
            ["last_score"] = Math.Round(state.LastScore, 6),
            ["last_alert"] = state.LastAlert,
            ["settings"] = new System.Text.Json.Nodes.JsonObject
            {
                ["sensitivity"] = s.Sensitivity,
                ["min_gap_seconds"] = s.MinGapSeconds,
                ["domain"] = s.Domain,
                ["retention_days"] = s.RetentionDays,
            },
        };
    }
}
