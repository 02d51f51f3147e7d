using System.Numerics.Tensors;

namespace LocalMesh.Caching;

/// <summary>A value found by <see cref="SimilarityCache{T}.TryGet"/> and how close its question was.</summary>
/// <param name="Value">The cached value.</param>
/// <param name="Similarity">The cosine of the two questions' vectors.</param>
public readonly record struct SimilarityHit<T>(T Value, double Similarity);

/// <summary>The counters of a <see cref="SimilarityCache{T}"/> since it was made.</summary>
/// <param name="Entries">Entries held now.</param>
/// <param name="Lookups">Lookups made.</param>
/// <param name="Hits">Lookups that found a value.</param>
public sealed record SimilarityCacheStats(int Entries, long Lookups, long Hits)
{
    /// <summary>Hits per lookup; 0 before the first lookup.</summary>
    public double HitRate => Lookups == 0 ? 0 : (double)Hits / Lookups;
}

/// <summary>
/// The store under the node's semantic caches (the knowledge base's answer cache, the escalation cache): values kept
/// under an exact key (the scope a value may be reused in) with the unit vector of the question that produced them. A
/// lookup returns the value of the closest question in the same key whose cosine reaches the threshold and that the
/// caller accepts (its own checks: names, tiers). Bounded (the least recently used entry goes first) and expiring
/// (on the given clock). In memory only. Thread-safe; a lookup scans the entries of one key.
/// </summary>
/// <typeparam name="T">The cached value.</typeparam>
/// <param name="capacity">Entries kept; 0 or less turns the cache off.</param>
/// <param name="timeToLive">How long an entry is kept after it was added.</param>
/// <param name="time">The clock entries expire on; the system's when null.</param>
public sealed class SimilarityCache<T>(int capacity, TimeSpan timeToLive, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedList<Entry>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private long _lookups;
    private long _hits;

    /// <summary>Entries kept at most.</summary>
    public int Capacity => capacity;

    /// <summary>
    /// The value of the question closest to <paramref name="vector"/> under <paramref name="key"/> with a cosine of at
    /// least <paramref name="threshold"/> that <paramref name="accept"/> takes (asked from the closest down); null when none.
    /// Expired entries met on the way are removed.
    /// </summary>
    /// <param name="key">The scope.</param>
    /// <param name="vector">The question's unit vector.</param>
    /// <param name="threshold">The least cosine.</param>
    /// <param name="accept">The caller's own checks of a candidate (called under the cache's lock: keep it short, no I/O).</param>
    public SimilarityHit<T>? TryGet(string key, float[] vector, double threshold, Func<T, bool>? accept = null)
    {
        if (capacity <= 0)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        lock (_gate)
        {
            _lookups++;
            if (!_byKey.TryGetValue(key, out var entries))
            {
                return null;
            }

            List<(Entry Entry, double Score)>? candidates = null;
            for (var node = entries.First; node is not null;)
            {
                var entry = node.Value;
                node = node.Next;
                if (entry.Expires <= now)
                {
                    Remove(entry);
                    continue;
                }

                var score = TensorPrimitives.Dot(vector, entry.Vector);
                if (score >= threshold)
                {
                    (candidates ??= []).Add((entry, score));
                }
            }

            if (candidates is null)
            {
                return null;
            }

            foreach (var (entry, score) in candidates.OrderByDescending(c => c.Score))
            {
                if (accept is null || accept(entry.Value))
                {
                    _hits++;
                    _recency.Remove(entry.RecencyNode);
                    _recency.AddFirst(entry.RecencyNode);
                    return new SimilarityHit<T>(entry.Value, Math.Round(score, 4));
                }
            }

            return null;
        }
    }

    /// <summary>Keeps <paramref name="value"/> under <paramref name="key"/> for questions close to <paramref name="vector"/>; the least recently used entry goes when full.</summary>
    public void Add(string key, float[] vector, T value)
    {
        if (capacity <= 0)
        {
            return;
        }

        var entry = new Entry(key, vector, value, _time.GetUtcNow() + timeToLive);
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

    /// <summary>Forgets every entry.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _byKey.Clear();
            _recency.Clear();
        }
    }

    /// <summary>Entries, lookups and hits.</summary>
    public SimilarityCacheStats Stats()
    {
        lock (_gate)
        {
            return new SimilarityCacheStats(_recency.Count, _lookups, _hits);
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

    private sealed class Entry(string key, float[] vector, T value, DateTimeOffset expires)
    {
        public string Key { get; } = key;

        public float[] Vector { get; } = vector;

        public T Value { get; } = value;

        public DateTimeOffset Expires { get; } = expires;

        public LinkedListNode<Entry> KeyNode { get; set; } = null!;

        public LinkedListNode<Entry> RecencyNode { get; set; } = null!;
    }
}
