namespace LocalMesh.Specialists.Skills;

/// <summary>
/// An offline skill: plain code that answers the requests of some intents (no model involved). Implementations are
/// registered in DI and must be thread-safe.
/// </summary>
public interface ISkill
{
    /// <summary>The intents this skill answers.</summary>
    IReadOnlyCollection<string> Intents { get; }

    /// <summary>Answers; null declines (the request escalates, e.g. a question the skill cannot settle).</summary>
    ValueTask<string?> AnswerAsync(SkillRequest request, CancellationToken cancellationToken);
}

/// <summary>A request as a skill sees it.</summary>
/// <param name="Text">The user's last message.</param>
/// <param name="Intent">The intent the model found.</param>
/// <param name="RequestId">The request's id (for events and the ledger).</param>
/// <param name="Now">The current time in the user's zone.</param>
/// <param name="Zone">The user's time zone.</param>
public sealed record SkillRequest(string Text, string Intent, string RequestId, DateTimeOffset Now, TimeZoneInfo Zone)
{
    /// <summary>The request's route context (its data domain and the tiers it may reach); null outside a routed request.</summary>
    public Routing.RouteContext? Route { get; init; }
}
