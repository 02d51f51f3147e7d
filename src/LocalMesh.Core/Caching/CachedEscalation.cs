using LocalMesh.Configuration;
using Microsoft.Extensions.AI;

namespace LocalMesh.Caching;

/// <summary>An answer an edge, remote or cloud backend gave, kept by the <see cref="SemanticCache"/>.</summary>
/// <param name="Question">The last user turn it answered.</param>
/// <param name="Words">That question's words, split once for the <see cref="QuestionGuard"/>.</param>
/// <param name="Text">The answer.</param>
/// <param name="Model">The model that answered, as the backend reported it.</param>
/// <param name="Usage">The tokens the backend reported for it, if any.</param>
/// <param name="Tier">The tier that answered.</param>
/// <param name="Backend">The backend that answered.</param>
/// <param name="RequestId">The request that got it.</param>
/// <param name="BytesSent">The request bytes that left the machine for it.</param>
/// <param name="Cost">Its estimated cost.</param>
public sealed record CachedEscalation(
    string Question, IReadOnlyList<QuestionWord> Words, string Text, string? Model, UsageDetails? Usage, Tier Tier, string Backend, string RequestId, long BytesSent, decimal Cost);
