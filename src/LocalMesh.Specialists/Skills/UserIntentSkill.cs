using System.Globalization;
using System.Text.Json.Nodes;
using LocalMesh.Configuration;
using LocalMesh.Specialists.Intents;
using LocalMesh.Webhooks;

namespace LocalMesh.Specialists.Skills;

/// <summary>
/// Answers users' own intents (from configuration or the API): the intent's response template (<c>{text}</c>,
/// <c>{time}</c>, <c>{date}</c>), or, when it has a webhook, the webhook's answer (its JSON <c>text</c> field) with the
/// template as the fallback when the webhook fails. The webhook is reached through the <see cref="WebhookGate"/> (policy
/// for its <see cref="UserIntentConfig.WebhookTier"/>, redaction, ledger, retries); the answer waits for it, at most
/// <see cref="WebhookGate.TotalTimeout"/>. When policy keeps the request from the webhook, the answer says so.
/// </summary>
public sealed class UserIntentSkill(SpecialistsOptions options, IntentStore store, WebhookGate webhooks) : ISkill
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents => [.. All().Keys];

    /// <summary>Configured intents and those added through the API (the API wins on a name clash).</summary>
    public IReadOnlyDictionary<string, UserIntentConfig> All()
    {
        var stored = store.UserIntents();
        if (options.Intents.Count == 0)
        {
            return stored;
        }

        var all = new Dictionary<string, UserIntentConfig>(options.Intents, StringComparer.Ordinal);
        foreach (var (name, intent) in stored)
        {
            all[name] = intent;
        }

        return all;
    }

    /// <inheritdoc />
    public async ValueTask<string?> AnswerAsync(SkillRequest request, CancellationToken cancellationToken)
    {
        if (!All().TryGetValue(request.Intent, out var intent))
        {
            return null;
        }

        var fallback = intent.Response is { } template ? Fill(template, request) : null;
        if (intent.Webhook is { } webhook)
        {
            TierNames.TryParse(intent.WebhookTier, out var tier); // validated at start-up and by the intents API
            var result = await webhooks.PostAsync(new WebhookTarget("webhook:" + request.Intent, webhook, tier),
                new JsonObject { ["intent"] = request.Intent, ["text"] = request.Text, ["request_id"] = request.RequestId }, request.Route, request.RequestId, cancellationToken).ConfigureAwait(false);
            if (result.Outcome == WebhookOutcome.Blocked)
            {
                // Not the template: it would read as if the webhook had acted.
                return $"Not sent: the '{request.Intent}' request was not sent to its webhook, because {result.Reason}.";
            }

            if (result.Outcome == WebhookOutcome.Delivered && Text(result.Body) is { Length: > 0 } text)
            {
                return text;
            }

            // Otherwise the template answers instead; without one the request escalates.
        }

        return fallback;
    }

    private static string? Text(string? body)
    {
        try
        {
            return body is null ? null : JsonNode.Parse(body) is JsonObject o && o["text"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // not JSON: the template answers
        }
    }

    private static string Fill(string template, SkillRequest request) => template
        .Replace("{text}", request.Text, StringComparison.Ordinal)
        .Replace("{time}", request.Now.ToString("h:mm tt", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{date}", request.Now.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
