using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace LocalMesh.Local;

/// <summary>
/// The in-process part of the local tier as an <see cref="IChatClient"/>: asks each <see cref="ILocalSpecialist"/> in
/// turn and throws <see cref="SpecialistDeclinedException"/> when none answers, so the router escalates.
/// </summary>
public sealed class SpecialistsChatClient(IReadOnlyList<ILocalSpecialist> specialists, SpecialistMode mode) : IChatClient
{
    /// <summary>The name of the in-process backend in routes and the ledger.</summary>
    public const string BackendName = "specialists";

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        foreach (var specialist in specialists)
        {
            if (await specialist.TryAnswerAsync(list, options, mode, cancellationToken).ConfigureAwait(false) is { } response)
            {
                response.ModelId ??= BackendName + "/" + specialist.Name;
                return response;
            }
        }

        throw new SpecialistDeclinedException();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
