using LocalMesh.Knowledge.Index;

namespace LocalMesh.Evaluation.Knowledge;

/// <summary>Retrieval quality of one search mode.</summary>
public sealed record RetrievalScore(SearchMode Mode, int Questions, double HitAt1, double HitAt5, double Mrr);

/// <summary>Scores an index on questions whose answering passage is known.</summary>
public static class RetrievalEvaluation
{
    /// <summary>hit@1, hit@5 and MRR (over the top 10) of each mode; a hit is a passage of the right document holding the answer phrase.</summary>
    public static IReadOnlyList<RetrievalScore> Evaluate(KnowledgeIndex index, string collection, IReadOnlyList<CorpusQuestion> questions)
    {
        var scores = new List<RetrievalScore>();
        foreach (var mode in new[] { SearchMode.Lexical, SearchMode.Dense, SearchMode.Fused })
        {
            double hit1 = 0, hit5 = 0, reciprocal = 0;
            foreach (var q in questions)
            {
                var hits = index.Search(q.Question, [collection], mode, limit: 10);
                var rank = hits.ToList().FindIndex(h => h.Document == q.Document && h.Text.Contains(q.AnswerPhrase, StringComparison.Ordinal));
                hit1 += rank == 0 ? 1 : 0;
                hit5 += rank is >= 0 and < 5 ? 1 : 0;
                reciprocal += rank >= 0 ? 1.0 / (rank + 1) : 0;
            }

            scores.Add(new RetrievalScore(mode, questions.Count, hit1 / questions.Count, hit5 / questions.Count, reciprocal / questions.Count));
        }

        return scores;
    }
}
