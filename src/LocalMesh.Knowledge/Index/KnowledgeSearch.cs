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
    /// <param name="query">The question.</param>
    /// <param name="collections">The collections searched, with their data domains.</param>
    /// <param name="mode">Lexical, dense or fused.</param>
    /// <param name="limit">Passages at most.</param>
    /// <param name="requestId">The request searching, for the ledger's crossing of the question's embedding.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <param name="allowedTiers">The tiers the asking request may reach: an embedding backend must be on one of them too (null: the collections' domains decide alone).</param>
    public async Task<SearchResult> SearchAsync(string query, IReadOnlyDictionary<string, string> collections, SearchMode mode, int limit, string? requestId, CancellationToken cancellationToken, IReadOnlySet<Tier>? allowedTiers = null)
    {
        Func<int, List<(long Id, double Score)>>? semantic = null;
        if (vectors is not null && mode != SearchMode.Lexical && collections.Count > 0 && query.Trim().Length > 0
            && await EmbedAsync(query, collections.Values, allowedTiers, requestId, cancellationToken).ConfigureAwait(false) is { } vector)
        {
            semantic = depth => vectors.Nearest(vector, [.. collections.Keys], depth);
        }

        return new SearchResult(index.Search(query, [.. collections.Keys], mode, limit, semantic), semantic is not null);
    }

    private async Task<float[]?> EmbedAsync(string query, IEnumerable<string> collectionDomains, IReadOnlySet<Tier>? allowedTiers, string? requestId, CancellationToken cancellationToken)
    {
        var (domain, tiers) = domains.Strictest(collectionDomains);
        if (allowedTiers is not null)
        {
            tiers = tiers.Intersect(allowedTiers).ToHashSet();
        }

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
