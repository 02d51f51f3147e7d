namespace LocalMesh.Embeddings;

/// <summary>
/// The vectors of recently encoded texts, least recently used evicted first; bounded by entry count, so by
/// <c>capacity × dimensions × 4</c> bytes. Thread-safe (one lock; a hit costs a dictionary lookup and a list move).
/// </summary>
internal sealed class EmbeddingCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Text, EncodedText Value)>> _byText = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, EncodedText Value)> _recency = new();
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byText.Count;
            }
        }
    }

    public bool TryGet(string text, out EncodedText value)
    {
        lock (_gate)
        {
            if (_byText.TryGetValue(text, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public void Add(string text, EncodedText value)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_byText.ContainsKey(text))
            {
                return;
            }

            _byText[text] = _recency.AddFirst((text, value));
            while (_byText.Count > capacity)
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _byText.Remove(last.Value.Text);
            }
        }
    }
}
