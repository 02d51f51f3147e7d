using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LocalMesh.Intents;

namespace LocalMesh.Skills;

/// <summary>
/// Answers users' own intents (from configuration or the API): the intent's response template (<c>{text}</c>,
/// <c>{time}</c>, <c>{date}</c>), or, when it has a webhook, the webhook's answer (its JSON <c>text</c> field) with the
/// template as the fallback when the webhook fails.
/// </summary>
public sealed class UserIntentSkill(SpecialistsOptions options, IntentStore store, IHttpClientFactory http) : ISkill
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
            try
            {
                using var response = await http.CreateClient("localmesh.webhooks").PostAsJsonAsync(webhook,
                    new JsonObject { ["intent"] = request.Intent, ["text"] = request.Text, ["request_id"] = request.RequestId }, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode && await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken).ConfigureAwait(false) is { } body
                    && body["text"]?.GetValue<string>() is { Length: > 0 } text)
                {
                    return text;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or InvalidOperationException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // The template answers instead; without one the request escalates.
            }
        }

        return fallback;
    }

    private static string Fill(string template, SkillRequest request) => template
        .Replace("{text}", request.Text, StringComparison.Ordinal)
        .Replace("{time}", request.Now.ToString("h:mm tt", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{date}", request.Now.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
