using System.Text.Json;
using LocalMesh.Configuration;
using LocalMesh.Events;
using LocalMesh.Specialists.Intents;
using LocalMesh.Server.Http;
using LocalMesh.Specialists.Skills;
using LocalMesh.Specialists;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalMesh.Server.Management;

/// <summary>
/// The local specialists' API: classify, teach (feedback), user-defined intents, the skills' state (schedule, lists)
/// and the node's event stream.
/// </summary>
public static class SpecialistEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapLocalMeshSpecialists(this IEndpointRouteBuilder endpoints)
    {
        var app = endpoints.MapApiGroup("/v1/localmesh");

        app.MapPost("/classify", async (HttpContext http, IntentModelStore models, IntentSpecialist specialist, LocalMeshOptions options) =>
        {
            using var body = await JsonBody.ReadObjectAsync(http, options).ConfigureAwait(false);
            var text = RequiredString(body.RootElement, "text");
            var model = Ready(models);
            var prediction = model.Classify(text, specialist.Threshold(model), models.EncoderFor(model));
            var hasSkill = specialist.SkillIntents.Contains(prediction.Intent);
            return Results.Json(new
            {
                @object = "localmesh.classification",
                text,
                intent = prediction.Intent,
                domain = prediction.Domain,
                confidence = Math.Round(prediction.Confidence, 4),
                out_of_scope = Math.Round(prediction.OutOfScope, 4),
                threshold = specialist.Threshold(model),
                decision = prediction.InScope && hasSkill ? "local" : "escalate",
                reason = prediction.EscalationReason ?? (hasSkill ? null : $"no local skill for intent={prediction.Intent}"),
                has_skill = hasSkill,
                path = prediction.Encoded ? "encoder" : "lexical",
                alternatives = prediction.Alternatives.Select(a => new { intent = a.Intent, confidence = Math.Round(a.Confidence, 4) }),
                model_version = model.Info.Version,
            });
        });

        app.MapPost("/feedback", async (HttpContext http, IntentModelStore models, IntentStore store, UserIntentSkill userIntents, LocalMeshOptions options) =>
        {
            using var body = await JsonBody.ReadObjectAsync(http, options).ConfigureAwait(false);
            var root = body.RootElement;
            var requestId = OptionalString(root, "request_id");
            var text = OptionalString(root, "text");
            var intent = OptionalString(root, "intent");
            var expected = OptionalString(root, "expected");
            var model = Ready(models);
            LoggedUtterance? logged = null;
            if (requestId is not null)
            {
                logged = await store.FindAsync(requestId).ConfigureAwait(false) ?? throw new ApiException(404,
                    $"No classified request '{requestId}' on this node (only requests the local specialists looked at are kept, the last {IntentStore.LogLimit}). Send \"text\" instead.",
                    OpenAIError.InvalidRequest, "request_id", "request_not_found");
                text ??= logged.Text;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                throw BadRequest("Send \"request_id\" of a past request or the \"text\" to correct.", "text", "missing_text");
            }

            if ((intent is null) == (expected is null))
            {
                throw BadRequest("Send exactly one of \"intent\" (the right intent) or \"expected\" (\"escalate\" or \"local\").", "intent", "invalid_feedback");
            }

            string label, kind;
            if (intent is not null)
            {
                if (intent != IntentModel.OutOfScope && !model.Intents.Contains(intent) && !userIntents.Intents.Contains(intent))
                {
                    throw new ApiException(400, $"Unknown intent '{intent}'. GET /v1/localmesh/intents lists them; add a new one with POST /v1/localmesh/intents.",
                        OpenAIError.InvalidRequest, "intent", "unknown_intent");
                }

                (label, kind) = (intent, "intent");
            }
            else if (expected == "escalate")
            {
                (label, kind) = (IntentModel.OutOfScope, "should_escalate");
            }
            else if (expected == "local")
            {
                var best = logged?.Intent ?? model.Classify(text, model.Info.Threshold, models.EncoderFor(model)).Intent;
                (label, kind) = (best, "should_stay_local");
            }
            else
            {
                throw BadRequest($"\"expected\" must be \"escalate\" or \"local\" (it is \"{expected}\").", "expected", "invalid_feedback");
            }

            var id = store.AddCorrection(requestId, text, label, kind);
            models.RequestRetrain();
            return Results.Json(new { @object = "localmesh.feedback", id, text, intent = label, kind, model_version = model.Info.Version, retraining = true }, statusCode: 202);
        });

        app.MapGet("/intents", (IntentModelStore models, IntentSpecialist specialist) =>
        {
            var model = models.Current;
            var set = models.TrainingSet();
            var counts = set.Examples.Concat(set.Corrections).GroupBy(e => e.Intent).ToDictionary(g => g.Key, g => g.Count());
            var skills = specialist.SkillIntents.ToHashSet();
            return Results.Json(new
            {
                @object = "list",
                model = new
                {
                    status = models.Status,
                    version = model?.Info.Version,
                    trained_at = model?.Info.TrainedAt,
                    threshold = model is null ? (float?)null : specialist.Threshold(model),
                    examples = model?.Info.Examples,
                    corrections = model?.Info.Corrections,
                    // Other nodes' versions it is served with (federated updates, docs/mesh.md): origin, version, how they count.
                    peers = models.PeerParts.Select(p => new
                    {
                        node = p.Origin.Node,
                        site = p.Origin.Site,
                        version = p.Origin.Version,
                        trained_at = p.Origin.TrainedAt,
                        corrections = p.Origin.Corrections,
                        vote = p.Vote.ToString().ToLowerInvariant(),
                        intents = p.Intents.Count,
                    }),
                },
                data = counts.Keys.Union(skills).Order(StringComparer.Ordinal).Select(name => new
                {
                    name,
                    domain = name == IntentModel.OutOfScope ? IntentModel.OutOfScope : set.Domains.GetValueOrDefault(name, IntentTrainingSet.CustomDomain),
                    examples = counts.GetValueOrDefault(name),
                    has_skill = skills.Contains(name),
                    in_model = model?.Intents.Contains(name) ?? false,
                }),
            });
        });

        app.MapPost("/intents", async (HttpContext http, IntentModelStore models, IntentStore store, LocalMeshOptions options) =>
        {
            if (ManagementEndpoints.RequireAdmin(http) is { } denied)
            {
                return denied;
            }

            using var body = await JsonBody.ReadObjectAsync(http, options).ConfigureAwait(false);
            var root = body.RootElement;
            var name = RequiredString(root, "name");
            var intent = new UserIntentConfig
            {
                Examples = root.TryGetProperty("examples", out var ex) && ex.ValueKind == JsonValueKind.Array
                    ? [.. ex.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw BadRequest("\"examples\" must be an array of strings.", "examples", "invalid_type"))]
                    : throw BadRequest("\"examples\" (an array of at least 3 phrases) is required.", "examples", "missing_examples"),
                Response = OptionalString(root, "response"),
                Webhook = OptionalString(root, "webhook"),
                WebhookTier = OptionalString(root, "webhook_tier") ?? "edge",
                Domain = OptionalString(root, "domain"),
            };
            if (SpecialistsServiceCollectionExtensions.ValidateIntent(name, intent).ToList() is { Count: > 0 } errors)
            {
                throw BadRequest($"Intent '{name}': " + string.Join("; ", errors) + ".", "name", "invalid_intent");
            }

            if (IntentTrainingSet.BuiltIn().Domains.TryGetValue(name, out var domain))
            {
                throw new ApiException(409, $"'{name}' is a built-in intent ({domain}); choose another name.", OpenAIError.InvalidRequest, "name", "intent_exists");
            }

            store.SaveUserIntent(name, intent);
            models.RequestRetrain();
            return Results.Json(new { @object = "localmesh.intent", name, examples = intent.Examples.Count, retraining = true }, statusCode: 201);
        });

        app.MapDelete("/intents/{name}", (HttpContext http, string name, IntentModelStore models, IntentStore store) =>
        {
            if (ManagementEndpoints.RequireAdmin(http) is { } denied)
            {
                return denied;
            }

            if (!store.DeleteUserIntent(name))
            {
                throw new ApiException(404, $"No intent '{name}' was added through the API (built-in and configured intents cannot be deleted here).", OpenAIError.InvalidRequest, "name", "intent_not_found");
            }

            models.RequestRetrain();
            return Results.Json(new { @object = "localmesh.intent.deleted", name, retraining = true });
        });

        app.MapGet("/schedule", (SkillStore skills, HttpContext http) =>
        {
            var all = http.Request.Query["all"] == "true";
            return Results.Json(new
            {
                @object = "list",
                data = skills.Scheduled(NullIfEmpty(http.Request.Query["kind"]), all).Select(i => new
                {
                    id = i.Id, kind = i.Kind, fire_at = i.FireAt, label = i.Label, status = i.Status, created_at = i.CreatedAt,
                }),
            });
        });

        app.MapGet("/lists", (SkillStore skills) => Results.Json(new
        {
            @object = "list",
            data = skills.Lists().Select(l => new { name = l.List, count = l.Count, items = skills.Items(l.List) }),
        }));

        app.MapGet("/events", async (HttpContext http, NodeEvents events) =>
        {
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-cache";
            var (requests, admin) = (http.Request.Query["requests"] == "true", Server.Security.Caller.Of(http).IsAdmin);
            bool visible(NodeEvent e) => Dashboard.RequestFeed.Wants(e, requests, admin); // every key's routes: admins who ask only
            if (http.Request.Query["recent"] == "true")
            {
                foreach (var e in events.Recent().Where(visible))
                {
                    await WriteEventAsync(http, e).ConfigureAwait(false);
                }
            }

            await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
            try
            {
                await foreach (var e in events.SubscribeAsync(http.RequestAborted).ConfigureAwait(false))
                {
                    if (visible(e))
                    {
                        await WriteEventAsync(http, e).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The client went away.
            }
        });

        return endpoints;
    }

    private static async Task WriteEventAsync(HttpContext http, NodeEvent e)
    {
        var json = JsonSerializer.Serialize(new { id = e.Id, type = e.Type, at = e.At, data = e.Data });
        await http.Response.WriteAsync($"id: {e.Id}\nevent: {e.Type}\ndata: {json}\n\n", http.RequestAborted).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    private static IntentModel Ready(IntentModelStore models) => models.Current
        ?? throw new ApiException(503, $"The intent model is not ready yet ({models.Status}).", OpenAIError.Server, null, "model_not_ready");

    private static string RequiredString(JsonElement root, string name) =>
        OptionalString(root, name) ?? throw BadRequest($"\"{name}\" is required.", name, "missing_" + name);

    private static string? OptionalString(JsonElement root, string name) => root.TryGetProperty(name, out var value) switch
    {
        false => null,
        true when value.ValueKind == JsonValueKind.Null => null,
        true when value.ValueKind == JsonValueKind.String => NullIfEmpty(value.GetString()),
        _ => throw BadRequest($"\"{name}\" must be a string.", name, "invalid_type"),
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ApiException BadRequest(string message, string? param, string code) => new(400, message, OpenAIError.InvalidRequest, param, code);
}
