using System.Globalization;
using System.Text.Json;
using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Ledger;
using LocalMesh.Queue;
using LocalMesh.Server.Http;
using LocalMesh.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LocalMesh.Server.Management;

/// <summary>Models, backends, jobs, audit and health endpoints.</summary>
public static class ManagementEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapLocalMeshManagement(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/models", (HttpContext http, BackendRegistry registry, Knowledge.Index.KnowledgeIndex knowledge, TimeProvider time) =>
        {
            var created = time.GetUtcNow().ToUnixTimeSeconds();
            var models = registry.ChatModels().Select(m => new
            {
                id = m.Id,
                @object = "model",
                created,
                owned_by = m.Backend?.Name ?? "localmesh",
                localmesh = (object)new { tier = m.Tier?.Name(), backend = m.Backend?.Name, healthy = m.Backend is null || m.Backend.State.IsAvailable(out _) },
            });

            // The knowledge base answers as models too: "kb" (every collection the caller may see) and "kb/<collection>".
            var collections = KnowledgeEndpoints.VisibleTo(http, knowledge).Keys.Order(StringComparer.Ordinal).ToList();
            var kb = (collections.Count == 0 ? [] : collections.Select(Knowledge.Answering.KnowledgeModels.For).Prepend(Knowledge.Answering.KnowledgeModels.All)).Select(id => new
            {
                id,
                @object = "model",
                created,
                owned_by = "localmesh",
                localmesh = (object)new { tier = "local", backend = Knowledge.Answering.KnowledgeChatClient.BackendName, healthy = true },
            });
            return Results.Json(new { @object = "list", data = models.Concat(kb) });
        });

        app.MapGet("/v1/localmesh/backends", (HttpContext http, BackendRegistry registry) =>
            RequireAdmin(http) ?? Results.Json(new { @object = "list", data = registry.All.Select(Describe) }));

        app.MapGet("/v1/localmesh/jobs/{id}", async (HttpContext http, string id, JobStore jobs) =>
        {
            var job = jobs.Get(id);
            if ((job is null || job.Status == JobStatus.Forwarded) && http.RequestServices.GetService(typeof(IJobDirectory)) is IJobDirectory directory)
            {
                job = await directory.FindAsync(id, http.RequestAborted).ConfigureAwait(false) ?? job; // a job of the mesh's queue, from any node
            }

            var caller = Caller.Of(http);
            if (job is null || (!caller.IsAdmin && job.KeyName != caller.KeyName))
            {
                return Error(new ApiException(404, $"No job '{id}'.", OpenAIError.InvalidRequest, "id", "job_not_found"));
            }

            return Results.Stream(async stream =>
            {
                await using var writer = new Utf8JsonWriter(stream);
                writer.WriteStartObject();
                writer.WriteString("id", job.Id);
                writer.WriteString("object", "localmesh.job");
                writer.WriteString("status", job.Status);
                writer.WriteString("request_id", job.RequestId);
                writer.WriteString("domain", job.Domain);
                writer.WriteNumber("attempts", job.Attempts);
                writer.WriteNumber("created_at", job.CreatedAt.ToUnixTimeSeconds());
                writer.WriteNumber("updated_at", job.UpdatedAt.ToUnixTimeSeconds());
                writer.WriteString("error", job.Error);
                if (job.Result is { } result)
                {
                    writer.WritePropertyName("result");
                    writer.WriteRawValue(result, skipInputValidation: true);
                }

                writer.WriteEndObject();
            }, "application/json");
        });

        app.MapGet("/v1/localmesh/audit", async (HttpContext http, AuditLedger ledger, TimeProvider time) =>
        {
            if (RequireAdmin(http) is { } denied)
            {
                return denied;
            }

            AuditQuery query;
            try
            {
                query = ParseQuery(http.Request.Query, time); // "24h" means back from the node's now, the clock its ledger rows carry
            }
            catch (ApiException ex)
            {
                return Error(ex);
            }

            await ledger.FlushAsync().ConfigureAwait(false);
            return Results.Json(await ledger.QueryAsync(query).ConfigureAwait(false), AuditJson.Options);
        });

        app.MapGet("/health", () => Results.Json(new { status = "ok" }));
        // Ready means the node serves (it answers, degrades or queues even with every backend down), so the status stays
        // "ok" with 200; each backend's health and circuit are in "checks", from the Microsoft.Extensions.Diagnostics.HealthChecks checks.
        app.MapGet("/health/ready", async (BackendRegistry registry, JobStore jobs, HealthCheckService health, CancellationToken cancellationToken) =>
        {
            var report = await health.CheckHealthAsync(c => c.Tags.Contains(Health.BackendHealthCheck.Tag), cancellationToken).ConfigureAwait(false);
            return Results.Json(new
            {
                status = "ok",
                backends = registry.All.ToDictionary(b => b.Name, b => b.State.IsAvailable(out var why) ? "available" : why),
                jobs = jobs.Counts(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new Dictionary<string, object?>(e.Value.Data.Select(d => KeyValuePair.Create(d.Key, (object?)d.Value)))
                {
                    ["status"] = e.Value.Status.ToString().ToLowerInvariant(),
                    ["description"] = e.Value.Description,
                }),
            });
        });
        return app;
    }

    /// <summary>Parses the audit filters: since/until (ISO 8601 or a duration like 24h, 7d), domain, destination, key, q (text search), limit.</summary>
    /// <param name="query">The request's query string.</param>
    /// <param name="time">The clock durations count back from; <see cref="TimeProvider.System"/> when null.</param>
    public static AuditQuery ParseQuery(IQueryCollection query, TimeProvider? time = null) => new()
    {
        Since = ParseTime(query["since"], "since", time),
        Until = ParseTime(query["until"], "until", time),
        Domain = NullIfEmpty(query["domain"]),
        Destination = NullIfEmpty(query["destination"]),
        Key = NullIfEmpty(query["key"]),
        Search = NullIfEmpty(query["q"]),
        Limit = query["limit"].ToString() is { Length: > 0 } l ? int.TryParse(l, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : throw new ApiException(400, "'limit' must be a non-negative integer.", param: "limit") : 100,
    };

    /// <summary>Parses an absolute time or a duration back from now (<c>30m</c>, <c>24h</c>, <c>7d</c>).</summary>
    /// <param name="value">The text, or null.</param>
    /// <param name="name">The parameter's name, for the error.</param>
    /// <param name="time">The clock "now" is read from; <see cref="TimeProvider.System"/> when null (the CLI).</param>
    public static DateTimeOffset? ParseTime(string? value, string name, TimeProvider? time = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length > 1 && double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            TimeSpan? span = value[^1] switch { 's' => TimeSpan.FromSeconds(amount), 'm' => TimeSpan.FromMinutes(amount), 'h' => TimeSpan.FromHours(amount), 'd' => TimeSpan.FromDays(amount), _ => null };
            if (span is { } s)
            {
                return (time ?? TimeProvider.System).GetUtcNow() - s;
            }
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw new ApiException(400, $"'{name}' must be an ISO 8601 time or a duration like 30m, 24h, 7d (got '{value}').", param: name);
    }

    private static object Describe(Backend backend)
    {
        var state = backend.State;
        return new
        {
            name = backend.Name,
            tier = backend.Tier.Name(),
            type = state.Config.Type,
            endpoint = state.Config.Endpoint,
            enabled = state.Config.Enabled,
            in_process = state.Config.Type == BackendTypes.Builtin, // inside the node: never probed, healthy while it runs
            health = state.Probe.Status.ToString().ToLowerInvariant(),
            last_probe = state.Probe.At,
            probe_ms = state.Probe.LatencyMs,
            error = state.Probe.Error,
            circuit = state.CircuitState.ToString().ToLowerInvariant(),
            available = state.IsAvailable(out var why),
            unavailable_reason = why,
            in_flight = state.InFlight,
            max_concurrency = state.Config.MaxConcurrency,
            requests = state.Requests,
            failures = state.Failures,
            models = state.Models,
            embedding_models = state.Config.EmbeddingModels,
        };
    }

    internal static IResult? RequireAdmin(HttpContext http) =>
        Caller.Of(http).IsAdmin ? null : Error(new ApiException(403, "This endpoint needs an admin API key.", OpenAIError.Permission, null, "admin_required"));

    internal static IResult Error(ApiException error) => Results.Content(System.Text.Encoding.UTF8.GetString(OpenAIError.ToJson(error)), "application/json", System.Text.Encoding.UTF8, error.Status);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>JSON settings for audit reports (snake_case, as the rest of the API).</summary>
public static class AuditJson
{
    /// <summary>
    /// The options, with their resolver set and read-only: <c>Results.Json</c> sets a resolver on options that have none,
    /// and two first requests doing so at once on this shared instance failed one of them with a 500.
    /// </summary>
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
