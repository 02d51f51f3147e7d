using LocalMesh.Configuration;
using LocalMesh.Ledger;
using LocalMesh.Policy;
using LocalMesh.Routing;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Knowledge.Index;

/// <summary>Passages found, and whether an embedding model's ranking took part.</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, bool Semantic);

/// <summary>
/// Search as the node runs it: the index's lexical and built-in dense search, plus, when an embedding model is
/// configured (<see cref="KnowledgeOptions.EmbeddingModel"/>), that model's ranking. The question is embedded through
/// the gateway's own routing, within the tiers every searched collection's domain allows, in at most
/// <see cref="QueryTimeout"/>; when no such backend answers, the search goes on without it. Thread-safe.
/// </summary>
public sealed class KnowledgeSearch(KnowledgeIndex index, ModelVectors? vectors, EmbeddingRouter router, DomainResolver domains, ILogger<KnowledgeSearch> logger)
{
    /// <summary>The longest a question's embedding may take before the search goes on without it.</summary>
    public static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(3);

    /// <summary>The index searched.</summary>
    public KnowledgeIndex Index => index;

    /// <summary>Searches <paramref name="collections"/> (name → data domain).</summary>
    public async Task<SearchResult> SearchAsync(string query, IReadOnlyDictionary<string, string> collections, SearchMode mode, int limit, string? requestId, CancellationToken cancellationToken)
    {
        Func<int, List<(long Id, double Score)>>? semantic = null;
        if (vectors is not null && mode != SearchMode.Lexical && collections.Count > 0 && query.Trim().Length > 0
            && await EmbedAsync(query, collections.Values, requestId, cancellationToken).ConfigureAwait(false) is { } vector)
        {
            semantic = depth => vectors.Nearest(vector, [.. collections.Keys], depth);
        }

        return new SearchResult(index.Search(query, [.. collections.Keys], mode, limit, semantic), semantic is not null);
    }

    private async Task<float[]?> EmbedAsync(string query, IEnumerable<string> collectionDomains, string? requestId, CancellationToken cancellationToken)
    {
        var (domain, tiers) = domains.Strictest(collectionDomains);
        var context = new RouteContext
        {
            RequestId = requestId ?? RequestIds.New("kbq_"),
            Domain = domain!,
            DomainSource = "knowledge",
            AllowedTiers = tiers,
            RequestedModel = vectors!.Model,
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(QueryTimeout);
        try
        {
            var embeddings = await router.GenerateAsync([query], context, timeout.Token).ConfigureAwait(false);
            return embeddings[0].Vector.ToArray();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug("The question was not embedded with {Model} ({Error}); searching without it.", vectors.Model, Backends.ErrorText.Describe(ex));
            return null;
        }
    }
}
