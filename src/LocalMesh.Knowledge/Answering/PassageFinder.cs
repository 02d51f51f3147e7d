using LocalMesh.Knowledge.Index;
using LocalMesh.Routing;

namespace LocalMesh.Knowledge.Answering;

/// <summary>The passages an answer is grounded in, the encoder's scores of them (aligned; empty without an encoder) and the evidence (the best score).</summary>
/// <param name="Passages">The passages, numbered from 1, best first; empty when the knowledge base does not hold the answer.</param>
/// <param name="Scored">The encoder's scores of <paramref name="Passages"/>, in the same order.</param>
/// <param name="Evidence">The best passage's score, when the encoder scored them.</param>
/// <param name="Ranked">Every passage considered, best first (for evaluation).</param>
/// <param name="UnknownNames">Names and codes of the question that no searched passage holds (then no passage is chosen).</param>
/// <param name="Features">What the evidence was computed from (<see cref="SemanticEvidence.Probability"/>), with the encoder.</param>
public sealed record FoundPassages(IReadOnlyList<GroundingPassage> Passages, IReadOnlyList<ScoredPassage> Scored, double? Evidence, IReadOnlyList<SearchHit> Ranked, IReadOnlyList<string>? UnknownNames = null, EvidenceFeatures? Features = null);

/// <summary>
/// The passages an answer is grounded in. With the sentence encoder: the fused search's best hits re-ranked by meaning
/// (<see cref="SemanticEvidence"/>), and none when the best is below the evidence threshold. Without it: the best
/// fused-search hits that share a content word with the question.
/// </summary>
public static class PassageFinder
{
    /// <summary>How many fused-search hits are scored, per passage wanted.</summary>
    public const int Candidates = 3;

    /// <summary>
    /// Finds at most <paramref name="limit"/> passages for <paramref name="question"/> in <paramref name="collections"/>
    /// (collection → data domain). None when no passage is about the question: dense search alone always returns
    /// something, so a passage must also share a question term.
    /// </summary>
    public static IReadOnlyList<GroundingPassage> Find(KnowledgeIndex index, string question, IReadOnlyDictionary<string, string> collections, int limit) =>
        Find(index, question, collections, limit, KnowledgeOptions.DefaultMinEvidence).Passages;

    /// <summary>Finds the passages for <paramref name="question"/>, with the encoder's scores when the index has an encoder.</summary>
    public static FoundPassages Find(KnowledgeIndex index, string question, IReadOnlyDictionary<string, string> collections, int limit, double minEvidence) =>
        new QuestionTerms(question).IsEmpty || collections.Count == 0
            ? new FoundPassages([], [], null, [])
            : Choose(index, question, index.Search(question, [.. collections.Keys], SearchMode.Fused, limit * Candidates), collections, limit, minEvidence);

    /// <summary>Of search <paramref name="hits"/> (best first, about <see cref="Candidates"/> × <paramref name="limit"/>), the passages an answer is grounded in.</summary>
    public static FoundPassages Choose(KnowledgeIndex index, string question, IReadOnlyList<SearchHit> hits, IReadOnlyDictionary<string, string> collections, int limit, double minEvidence)
    {
        if (index.Encoded is null)
        {
            var passages = Select(question, hits, collections, limit);
            return new FoundPassages(passages, [], null, hits);
        }

        // The passages stay in the fused order (re-ordering them by the encoder's scores lost hit@1 on the calibration set);
        // the encoder's scores give the evidence and the sentences.
        var ranked = SemanticEvidence.Rank(index, question, hits);
        var ranking = ranked.Select(r => r.Hit).ToList();
        var unknown = index.UnknownNames(question, [.. collections.Keys]);
        var features = SemanticEvidence.Features(question, ranked, unknown.Count > 0);
        var evidence = SemanticEvidence.Probability(features);
        if (evidence < minEvidence)
        {
            return new FoundPassages([], [], evidence, ranking, unknown, features);
        }

        var chosen = ranked.Take(limit).ToList();
        return new FoundPassages([.. chosen.Select((s, i) => Number(s.Hit, i + 1, collections))], chosen, evidence, ranking, null, features);
    }

    /// <summary>Of search <paramref name="hits"/> (best first, about twice <paramref name="limit"/>), those that share a question term, numbered.</summary>
    public static IReadOnlyList<GroundingPassage> Select(string question, IReadOnlyList<SearchHit> hits, IReadOnlyDictionary<string, string> collections, int limit)
    {
        var terms = new QuestionTerms(question);
        return [.. hits
            .Where(h => terms.Matches(h.Section + " " + h.Text).Count > 0)
            .Take(limit)
            .Select((h, i) => Number(h, i + 1, collections))];
    }

    private static GroundingPassage Number(SearchHit h, int number, IReadOnlyDictionary<string, string> collections) =>
        new(number, h.Collection, collections[h.Collection], h.Document, h.Section, h.LineStart, h.LineEnd, h.Score, h.Text, h.CharStart, h.CharEnd);
}
