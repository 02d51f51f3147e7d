using LocalMesh.Caching;
using LocalMesh.Knowledge.Index;
using LocalMesh.Routing;

namespace LocalMesh.Knowledge.Answering;

/// <summary>A cached answer and where it came from.</summary>
/// <param name="Text">The answer's text (with its sources).</param>
/// <param name="Grounding">The passages it was grounded in.</param>
/// <param name="RequestId">The request that produced it.</param>
/// <param name="Similarity">How close the question is to the one that produced it (cosine of the built-in embeddings).</param>
public sealed record CachedAnswer(string Text, Grounding Grounding, string RequestId, double Similarity);

/// <summary>
/// The semantic answer cache of the knowledge tier. A question is answered from the cache when an earlier one
/// <list type="bullet">
/// <item>retrieved the same passages (in any order, with the same text) from the same collections: so a question about
/// another machine, or one asked after its sources changed, is never a hit;</item>
/// <item>had the same earlier conversation (a hash of the messages before the question);</item>
/// <item>names the same things: the words that are not dictionary words (names, codes, numbers: "Riga", "press 12")
/// must be the same in both, so "holidays at the Riga office" never answers "holidays at the Izmir office";</item>
/// <item>and is close enough in words: the cosine of the two questions' built-in embeddings is at least the threshold,
/// so "when can parental leave start" is not answered with "how long is parental leave" although both find the same
/// passages.</item>
/// </list>
/// Bounded (least recently used entries go first) and expiring (a <see cref="SimilarityCache{T}"/>). In memory only:
/// answers are not written to disk. Thread-safe.
/// </summary>
public sealed class AnswerCache(int capacity, double similarity, TimeSpan timeToLive, TimeProvider? time = null)
{
    private readonly SimilarityCache<(string Names, CachedAnswer Answer)> _store = new(capacity, timeToLive, time);

    /// <summary>The minimum cosine between two questions for one to be answered with the other's answer.</summary>
    public double Similarity => similarity;

    /// <summary>The key of a question's retrieval: its collections, what its passages say and where, and the conversation before it.</summary>
    public static string KeyOf(Grounding grounding, string conversation)
    {
        // Passage text, not ids: SQLite reuses the ids of a replaced document's passages, and an unchanged passage keeps its answer valid.
        var sources = grounding.Passages.Select(p => $"{p.Collection}\u001f{p.Document}\u001f{p.Section}\u001f{p.Text}").Order(StringComparer.Ordinal);
        var text = string.Join('\u001e', grounding.Collections) + "\u001d" + string.Join('\u001e', sources) + "\u001d" + conversation;
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The answer to a question close to <paramref name="question"/> with the same <paramref name="key"/>, if any.</summary>
    public CachedAnswer? TryGet(string key, string question)
    {
        var names = Names(question);
        return _store.TryGet(key, HashingEmbedder.Embed(question), similarity, e => e.Names == names) is { } hit
            ? hit.Value.Answer with { Similarity = hit.Similarity }
            : null;
    }

    /// <summary>Keeps <paramref name="answer"/> for questions close to <paramref name="question"/> with the same <paramref name="key"/>.</summary>
    public void Add(string key, string question, CachedAnswer answer) => _store.Add(key, HashingEmbedder.Embed(question), (Names(question), answer));

    /// <summary>Forgets every answer.</summary>
    public void Clear() => _store.Clear();

    /// <summary>Entries, lookups and hits.</summary>
    public SimilarityCacheStats Stats() => _store.Stats();

    /// <summary>The question's words that are not dictionary words (names, codes, numbers), sorted, as one string.</summary>
    private static string Names(string question) =>
        string.Join(' ', Tokens.Words(question).Where(w => !Synonyms.IsDictionaryWord(w)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
