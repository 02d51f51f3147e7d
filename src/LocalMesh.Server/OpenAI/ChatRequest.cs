using Microsoft.Extensions.AI;

namespace LocalMesh.Server.OpenAI;

/// <summary>An OpenAI chat completion request, parsed into Microsoft.Extensions.AI types.</summary>
/// <param name="Model">The model asked for; null for <c>auto</c> or none.</param>
/// <param name="Messages">The conversation.</param>
/// <param name="Options">Sampling, tools, response format and pass-through fields.</param>
/// <param name="Stream">Whether to answer as server-sent events.</param>
/// <param name="IncludeUsage">Whether a streamed answer ends with a usage chunk.</param>
public sealed record ChatRequest(string? Model, IReadOnlyList<ChatMessage> Messages, ChatOptions Options, bool Stream, bool IncludeUsage)
{
    /// <summary>Whether the request defines tools.</summary>
    public bool UsesTools => Options.Tools is { Count: > 0 };
}
