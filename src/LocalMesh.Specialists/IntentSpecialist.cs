using LocalMesh.Specialists.Intents;
using LocalMesh.Local;
using LocalMesh.Routing;
using LocalMesh.Specialists.Skills;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Specialists;

/// <summary>
/// The local tier's front door: classifies the user's last message with the intent model and, when the request is in
/// scope and a skill covers its intent, answers it in-process. Otherwise it declines and the router escalates, with
/// the reason (<c>oos score=0.12</c>, <c>no local skill for intent=transfer</c>) and the intent's domain recorded in the
/// route. Requests with tools, several user turns of context or long texts are not commands and go straight on.
/// Thread-safe.
/// </summary>
public sealed class IntentSpecialist : ILocalSpecialist
{
    /// <summary>Messages longer than this are not commands.</summary>
    public const int MaxCommandLength = 300;

    private readonly IntentModelStore _models;
    private readonly IntentStore _store;
    private readonly SpecialistsOptions _options;
    private readonly Dictionary<string, ISkill> _builtIn;
    private readonly UserIntentSkill _userIntents;
    private readonly TimeZoneInfo _zone;
    private readonly TimeProvider _time;
    private readonly ILogger<IntentSpecialist> _logger;

    /// <summary>Creates the specialist.</summary>
    public IntentSpecialist(IntentModelStore models, IntentStore store, SpecialistsOptions options, IEnumerable<ISkill> skills, UserIntentSkill userIntents, TimeProvider time, ILogger<IntentSpecialist> logger)
    {
        _logger = logger;
        _models = models;
        _store = store;
        _options = options;
        _userIntents = userIntents;
        _time = time;
        _builtIn = [];
        foreach (var skill in skills)
        {
            foreach (var intent in skill.Intents)
            {
                _builtIn[intent] = skill;
            }
        }

        _zone = ResolveZone(options.TimeZone);
    }

    /// <inheritdoc />
    public string Name => "intents";

    /// <summary>The intents that have a local skill.</summary>
    public IEnumerable<string> SkillIntents => _builtIn.Keys.Concat(_userIntents.Intents).Distinct();

    /// <inheritdoc />
    public async ValueTask<ChatResponse?> TryAnswerAsync(IReadOnlyList<ChatMessage> messages, ChatOptions? options, SpecialistMode mode, CancellationToken cancellationToken)
    {
        var context = RouteContext.From(options);
        if (context?.UsesTools == true || options?.Tools is { Count: > 0 } || options?.ResponseFormat is ChatResponseFormatJson)
        {
            return null;
        }

        var text = messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxCommandLength)
        {
            return null;
        }

        if (context?.Intent is { Local: false } && mode == SpecialistMode.Fallback)
        {
            return null; // already classified as out of scope when asked first
        }

        if (_models.Current is not { } model)
        {
            if (context is not null)
            {
                context.RecordIntent(new IntentVerdict(null, null, 0, false, $"intent model not ready ({_models.Status})"));
            }

            return null;
        }

        var requestId = context?.RequestId ?? "-";
        var prediction = model.Classify(text, Threshold(model));
        string? reason = prediction.EscalationReason;
        string? answer = null;
        if (reason is null)
        {
            var skill = _userIntents.All().ContainsKey(prediction.Intent) ? _userIntents : _builtIn.GetValueOrDefault(prediction.Intent);
            if (skill is null)
            {
                reason = $"no local skill for intent={prediction.Intent} score={prediction.Confidence:0.00}";
            }
            else
            {
                var now = TimeZoneInfo.ConvertTime(_time.GetUtcNow(), _zone);
                try
                {
                    answer = await skill.AnswerAsync(new SkillRequest(text, prediction.Intent, requestId, now, _zone) { Route = context }, cancellationToken).ConfigureAwait(false);
                    reason = answer is null ? $"skill {prediction.Intent} could not answer" : null;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A skill's bug must not fail the request: it escalates, and the log says which skill.
                    _logger.LogError(ex, "Skill for intent {Intent} failed; the request escalates.", prediction.Intent);
                    reason = $"skill {prediction.Intent} failed";
                }
            }
        }

        if (context is not null)
        {
            context.RecordIntent(new IntentVerdict(prediction.Intent, prediction.Domain, prediction.Confidence, answer is not null, reason));
        }

        if (requestId != "-")
        {
            _store.Log(requestId, text, prediction, model.Info.Version);
        }

        if (answer is null)
        {
            return null;
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, answer))
        {
            FinishReason = ChatFinishReason.Stop,
            ModelId = $"{SpecialistsChatClient.BackendName}/{Name}",
            CreatedAt = _time.GetUtcNow(),
        };
    }

    /// <summary>The threshold in use with <paramref name="model"/>: the configured one, else the model's own.</summary>
    public float Threshold(IntentModel model) => _options.Threshold ?? model.Info.Threshold;

    private static TimeZoneInfo ResolveZone(string? id) =>
        string.IsNullOrWhiteSpace(id) ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(id); // validated at start-up
}
