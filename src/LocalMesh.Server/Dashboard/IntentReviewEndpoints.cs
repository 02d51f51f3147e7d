using LocalMesh.Server.Http;
using LocalMesh.Server.Management;
using LocalMesh.Specialists;
using LocalMesh.Specialists.Intents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalMesh.Server.Dashboard;

/// <summary>
/// <c>GET /v1/localmesh/intents/review</c> (admin keys only): how the intent model fares by people's corrections — how
/// many of them the current model now gets right, the newest ones, and per intent how many logged requests it was
/// given and how many of those someone corrected.
/// </summary>
public static class IntentReviewEndpoints
{
    private const int Recent = 20;
    private const int Checked = 1000;

    /// <summary>Maps the endpoint (only on a node with the local specialists).</summary>
    public static IEndpointRouteBuilder MapLocalMeshIntentReview(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/v1/localmesh").MapGet("/intents/review", async (HttpContext http, IntentModelStore models, IntentStore store, IntentSpecialist specialist) =>
        {
            if (ManagementEndpoints.RequireAdmin(http) is { } denied)
            {
                return denied;
            }

            var model = models.Current
                ?? throw new ApiException(503, $"The intent model is not ready yet ({models.Status}).", OpenAIError.Server, null, "model_not_ready");
            var threshold = specialist.Threshold(model);
            var all = store.Corrections();
            var check = all.Skip(Math.Max(0, all.Count - Checked)).ToList();
            var learned = check.Count(c => Learned(model.Classify(c.Text, threshold), c.Intent));
            var recent = await store.RecentCorrectionsAsync(Recent).ConfigureAwait(false);
            var usage = await store.UsageAsync().ConfigureAwait(false);
            return Results.Json(new
            {
                @object = "localmesh.intents.review",
                model = new { status = models.Status, version = model.Info.Version, trained_at = model.Info.TrainedAt, examples = model.Info.Examples, corrections = model.Info.Corrections, threshold },
                corrections = new
                {
                    total = all.Count,
                    @checked = check.Count,
                    learned,
                    accuracy = check.Count == 0 ? (double?)null : Math.Round((double)learned / check.Count, 4),
                },
                recent = recent.Select(c =>
                {
                    var now = model.Classify(c.Text, threshold);
                    return new
                    {
                        id = c.Id, request_id = c.RequestId, text = c.Text, intent = c.Intent, kind = c.Kind, created_at = c.CreatedAt, was = c.WasIntent,
                        now = now.InScope ? now.Intent : IntentModel.OutOfScope, learned = Learned(now, c.Intent),
                    };
                }),
                usage = usage.Select(u => new
                {
                    intent = u.Intent, classified = u.Classified, local = u.Local, corrected = u.Corrected,
                    corrected_share = u.Classified == 0 ? 0 : Math.Round((double)u.Corrected / u.Classified, 4),
                }),
            });
        });
        return endpoints;
    }

    // A correction to "oos" is learned when the model now escalates; one to an intent when the model now names it.
    private static bool Learned(IntentPrediction now, string taught) =>
        taught == IntentModel.OutOfScope ? !now.InScope || now.Intent == IntentModel.OutOfScope : now.Intent == taught;
}
