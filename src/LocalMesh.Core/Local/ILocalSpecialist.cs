using Microsoft.Extensions.AI;

namespace LocalMesh.Local;

/// <summary>
/// An in-process specialist of the local tier (an intent model with skills, a knowledge base, ...). It answers in
/// about a millisecond or declines, and the router escalates. Register implementations in DI; they must be thread-safe.
/// </summary>
public interface ILocalSpecialist
{
    /// <summary>A short name shown in routes and the ledger.</summary>
    string Name { get; }

    /// <summary>Answers, or returns null to decline.</summary>
    /// <param name="messages">The conversation.</param>
    /// <param name="options">The request's options (the route context rides in them).</param>
    /// <param name="mode"><see cref="SpecialistMode.Primary"/>: answer only when confident. <see cref="SpecialistMode.Fallback"/>: no better tier is reachable, answer if at all possible (the answer is flagged degraded).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    ValueTask<ChatResponse?> TryAnswerAsync(IReadOnlyList<ChatMessage> messages, ChatOptions? options, SpecialistMode mode, CancellationToken cancellationToken);
}

/// <summary>When a specialist is asked.</summary>
public enum SpecialistMode
{
    /// <summary>Before any model: answer only when sure.</summary>
    Primary,

    /// <summary>After every allowed backend failed: a degraded answer is better than none.</summary>
    Fallback,
}
