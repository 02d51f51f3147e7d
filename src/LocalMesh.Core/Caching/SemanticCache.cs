using LocalMesh.Configuration;

namespace LocalMesh.Caching;

/// <summary>
/// The semantic cache of escalated answers (after GPTCache): answers edge, remote and cloud backends gave, kept per
/// <see cref="CacheScope"/> with the sentence vector of the question they answered. A later question in the same scope
/// gets one back when
/// <list type="bullet">
/// <item>the cosine of the two questions' vectors is at least <see cref="SemanticCacheOptions.Threshold"/>;</item>
/// <item>the <see cref="QuestionGuard"/> finds no differing name or number, no "not" on one side only and no swapped
/// word ("checking" / "savings");</item>
/// <item>the tier that gave it is one the request may reach (the scope's domain already says so; this holds even if the
/// policy changed since).</item>
/// </list>
/// Bounded by <see cref="SemanticCacheOptions.MaxEntries"/> (least recently used first) and expiring after
/// <see cref="SemanticCacheOptions.Ttl"/> on the node's clock. In memory only: answers are never written to disk and a
/// restart empties it. Thread-safe.
/// </summary>
public sealed class SemanticCache(SemanticCacheOptions options, TimeProvider? time = null)
{
    private readonly SimilarityCache<CachedEscalation> _store = new(options.Enabled ? options.MaxEntries : 0, options.Ttl, time);

    /// <summary>The settings.</summary>
    public SemanticCacheOptions Options => options;

    /// <summary>
    /// The answer kept for a question close to <paramref name="question"/> in <paramref name="scope"/> that a request
    /// allowed <paramref name="allowedTiers"/> may be given, with the cosine; null when none. <paramref name="nearMiss"/>
    /// says why the closest question over the threshold was turned down, when one was.
    /// </summary>
    public SimilarityHit<CachedEscalation>? TryGet(string scope, float[] vector, string question, IReadOnlySet<Tier> allowedTiers, out string? nearMiss)
    {
        var words = QuestionWords.Split(question);
        string? rejected = null;
        var hit = _store.TryGet(scope, vector, options.Threshold, entry =>
        {
            var why = !allowedTiers.Contains(entry.Tier) ? $"its answer came from {entry.Tier.Name()}, which this request may not reach" : QuestionGuard.Conflict(entry.Words, words);
            rejected ??= why;
            return why is null;
        });
        nearMiss = hit is null ? rejected : null;
        return hit;
    }

    /// <summary>Keeps <paramref name="entry"/> in <paramref name="scope"/> for questions close to <paramref name="vector"/>.</summary>
    public void Add(string scope, float[] vector, CachedEscalation entry) => _store.Add(scope, vector, entry);

    /// <summary>Forgets every answer.</summary>
    public void Clear() => _store.Clear();

    /// <summary>Entries, lookups and hits since the node started.</summary>
    public SimilarityCacheStats Stats() => _store.Stats();
}
