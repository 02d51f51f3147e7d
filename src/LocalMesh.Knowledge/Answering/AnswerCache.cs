using System.Numerics.Tensors;
using LocalMesh.Knowledge.Index;
using LocalMesh.Routing;

namespace LocalMesh.Knowledge.Answering;

/// <summary>A cached answer and where it came from.</summary>
/// <param name="Text">The answer's text (with its sources).</param>
/// <param name="Grounding">The passages it was grounded in.</param>
/// <param name="RequestId">The request that produced it.</param>
/// <param name="Similarity">How close the question is to the one that produced it (cosine of the built-in embeddings).</param>
public sealed record CachedAnswer(string Text, Grounding Grounding, string RequestId, double Similarity);

/// <summary>The cache's counters since the node started.</summary>
public sealed record AnswerCacheStats(int Entries, long Lookups, long Hits)
{
    /// <summary>Hits per lookup; 0 before the first lookup.</summary>
    public double HitRate => Lookups == 0 ? 0 : (double)Hits / Lookups;
}

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
/// Bounded (least recently used entries go first) and expiring. In memory only: answers are not written to disk.
/// Thread-safe.
/// </summary>
public sealed class AnswerCache(int capacity, double similarity, TimeSpan timeToLive, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedList<Entry>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private long _lookups;
    private long _hits;

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
        if (capacity <= 0)
        {
            return null;
        }

        var vector = HashingEmbedder.Embed(question);
        var names = Names(question);
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            _lookups++;
            if (!_byKey.TryGetValue(key, out var entries))
            {
                return null;
            }

            Entry? best = null;
            var bestScore = double.MinValue;
            foreach (var entry in entries.ToList())
            {
                if (entry.Expires <= now)
                {
                    Remove(entry);
                    continue;
                }

                var score = TensorPrimitives.Dot(vector, entry.Question);
                if (score > bestScore && entry.Names == names)
                {
                    (best, bestScore) = (entry, score);
                }
            }

            if (best is null || bestScore < similarity)
            {
                return null;
            }

            _hits++;
            _recency.Remove(best.RecencyNode);
            _recency.AddFirst(best.RecencyNode);
            return best.Answer with { Similarity = Math.Round(bestScore, 4) };
        }
    }

    /// <summary>Keeps <paramref name="answer"/> for questions close to <paramref name="question"/> with the same <paramref name="key"/>.</summary>
    public void Add(string key, string question, CachedAnswer answer)
    {
        if (capacity <= 0)
        {
            return;
        }

        var entry = new Entry(key, HashingEmbedder.Embed(question), Names(question), answer, _time.GetUtcNow() + timeToLive);
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out var entries))
            {
                _byKey[key] = entries = new LinkedList<Entry>();
            }

            entry.KeyNode = entries.AddFirst(entry);
            entry.RecencyNode = _recency.AddFirst(entry);
            while (_recency.Count > capacity)
            {
                Remove(_recency.Last!.Value);
            }
        }
    }

    /// <summary>Forgets every answer.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _byKey.Clear();
            _recency.Clear();
        }
    }

    /// <summary>Entries, lookups and hits.</summary>
    public AnswerCacheStats Stats()
    {
        lock (_gate)
        {
            return new AnswerCacheStats(_recency.Count, _lookups, _hits);
        }
    }

    private void Remove(Entry entry)
    {
        _recency.Remove(entry.RecencyNode);
        var entries = _byKey[entry.Key];
        entries.Remove(entry.KeyNode);
        if (entries.Count == 0)
        {
            _byKey.Remove(entry.Key);
        }
    }

    /// <summary>The question's words that are not dictionary words (names, codes, numbers), sorted, as one string.</summary>
    private static string Names(string question) =>
        string.Join(' ', Tokens.Words(question).Where(w => !Synonyms.IsDictionaryWord(w)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private sealed class Entry(string key, float[] question, string names, CachedAnswer answer, DateTimeOffset expires)
    {
        public string Key { get; } = key;

        public float[] Question { get; } = question;

        public string Names { get; } = names;

        public CachedAnswer Answer { get; } = answer;

        public DateTimeOffset Expires { get; } = expires;

        public LinkedListNode<Entry> KeyNode { get; set; } = null!;

        public LinkedListNode<Entry> RecencyNode { get; set; } = null!;
    }
}
