namespace LocalMesh.Knowledge.Index;

/// <summary>Keeps the <c>limit</c> best-scoring passages seen (a min-heap), for brute-force vector search. Not thread-safe.</summary>
internal sealed class TopScores(int limit)
{
    private readonly PriorityQueue<long, float> _best = new();

    /// <summary>Considers one passage.</summary>
    public void Offer(long id, float score)
    {
        if (_best.Count < limit)
        {
            _best.Enqueue(id, score);
        }
        else if (_best.TryPeek(out _, out var worst) && score > worst)
        {
            _best.DequeueEnqueue(id, score);
        }
    }

    /// <summary>The passages kept, best first (empties the heap).</summary>
    public List<(long Id, double Score)> Best()
    {
        var result = new List<(long, double)>(_best.Count);
        while (_best.TryDequeue(out var id, out var score))
        {
            result.Add((id, score));
        }

        result.Reverse();
        return result;
    }
}
