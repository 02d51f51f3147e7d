using LocalMesh.Ledger;
using LocalMesh.Routing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Backends;

/// <summary>The embedding counterpart of <see cref="BackendChatClient"/>: concurrency slot, route-state stripping and a ledger row per attempt.</summary>
/// <param name="inner">The protocol generator.</param>
/// <param name="state">The backend's live state.</param>
/// <param name="ledger">Where crossings are written; null for an in-process backend, whose calls cross nothing.</param>
/// <param name="storeContent">Whether the ledger keeps the bytes sent.</param>
/// <param name="time">The clock that stamps the ledger's crossings (the node's); <see cref="TimeProvider.System"/> when null.</param>
public sealed class BackendEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, BackendState state, AuditLedger? ledger, bool storeContent, TimeProvider? time = null)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <inheritdoc />
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var context = options?.AdditionalProperties?.TryGetValue(RouteContext.PropertyKey, out var value) == true ? value as RouteContext : null;
        var upstream = options?.Clone() ?? new EmbeddingGenerationOptions();
        if (upstream.AdditionalProperties is { } props)
        {
            var copy = new AdditionalPropertiesDictionary(props);
            copy.Remove(RouteContext.PropertyKey);
            upstream.AdditionalProperties = copy.Count == 0 ? null : copy;
        }

        if (!state.TryEnter())
        {
            throw new BackendBusyException(state.Name, state.Config.MaxConcurrency);
        }

        var inputs = values as IReadOnlyList<string> ?? [.. values];
        using var scope = CrossingScope.Begin(storeContent, context?.Upstream);
        var started = _time.GetUtcNow();
        GeneratedEmbeddings<Embedding<float>>? result = null;
        Exception? error = null;
        try
        {
            result = await base.GenerateAsync(inputs, upstream, cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (Exception ex)
        {
            error = ex;
            throw;
        }
        finally
        {
            state.Exit(error is null or OperationCanceledException);
            if (ledger is not null)
            {
                var tokens = result?.Usage?.InputTokenCount ?? inputs.Sum(v => ((long)v.Length + 3) / 4);
                BackendCrossing.Write(ledger, state, context, scope, started, tokens, 0, result?.Usage?.InputTokenCount is null, error);
            }
        }
    }
}
