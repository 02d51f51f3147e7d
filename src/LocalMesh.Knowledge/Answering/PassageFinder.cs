using LocalMesh.Knowledge.Index;
using LocalMesh.Routing;

namespace LocalMesh.Knowledge.Answering;

/// <summary>The passages an answer is grounded in: the best fused-search hits that share a content word with the question, numbered from 1.</summary>
public static class PassageFinder
{
    /// <summary>
    /// Finds at most <paramref name="limit"/> passages for <paramref name="question"/> in <paramref name="collections"/>
    /// (collection → data domain). None when no passage is about the question: dense search alone always returns
    /// something, so a passage must also share a question term.
    /// </summary>
    public static IReadOnlyList<GroundingPassage> Find(KnowledgeIndex index, string question, IReadOnlyDictionary<string, string> collections, int limit)
    {
        return new QuestionTerms(question).IsEmpty || collections.Count == 0
            ? []
            : Select(question, index.Search(question, [.. collections.Keys], SearchMode.Fused, limit * 2), collections, limit);
    }

    /// <summary>Of search <paramref name="hits"/> (best first, about twice <paramref name="limit"/>), those that share a question term, numbered.</summary>
    public static IReadOnlyList<GroundingPassage> Select(string question, IReadOnlyList<SearchHit> hits, IReadOnlyDictionary<string, string> collections, int limit)
    {
        var terms = new QuestionTerms(question);
        return [.. hits
            .Where(h => terms.Matches(h.Section + " " + h.Text).Count > 0)
            .Take(limit)
            .Select((h, i) => new GroundingPassage(i + 1, h.Collection, collections[h.Collection], h.Document, h.Section, h.LineStart, h.LineEnd, h.Score, h.Text))];
    }
}
