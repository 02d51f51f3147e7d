using LocalMesh.Knowledge.Answering;
using LocalMesh.Knowledge.Index;
using LocalMesh.Routing;

namespace LocalMesh.Evaluation.Knowledge;

/// <summary>How the answer cache did on a workload of new questions, then their rewordings.</summary>
/// <param name="Threshold">The question similarity used.</param>
/// <param name="Lookups">Questions asked (every corpus question, then a rewording of each).</param>
/// <param name="HitRate">Hits per lookup over the whole workload.</param>
/// <param name="RewordedHits">Share of rewordings answered from the cache with the right answer.</param>
/// <param name="WrongHits">Hits that returned another question's answer (a different fact), per lookup: the dangerous kind.</param>
public sealed record CacheScore(double Threshold, int Lookups, double HitRate, double RewordedHits, double WrongHits);

/// <summary>
/// Scores the <see cref="AnswerCache"/> on a corpus. First every question is asked once: none has been asked before,
/// so every hit is a wrong answer (questions about the same runbook find the same passages, and only the question
/// similarity keeps them apart). Then each is asked again, reworded: a third as they were, a third in lower case
/// without punctuation, a third with "could you tell me" in front. Those should hit, with their own answer.
/// </summary>
public static class CacheEvaluation
{
    /// <summary>Runs the workload with a cache of the given <paramref name="similarity"/>.</summary>
    public static CacheScore Evaluate(KnowledgeIndex index, string collection, IReadOnlyList<CorpusQuestion> questions, double similarity)
    {
        var cache = new AnswerCache(questions.Count * 2, similarity, TimeSpan.FromHours(1));
        var domains = new Dictionary<string, string>(StringComparer.Ordinal) { [collection] = "general" };
        int hits = 0, wrong = 0, reworded = 0;
        foreach (var (question, pass) in questions.Select((q, i) => (q, i)).Select(x => (x.q, 0)).Concat(questions.Select((q, i) => (q, i + 1))))
        {
            var text = pass == 0 ? question.Question : Reword(question.Question, pass);
            var grounding = new Grounding([collection], PassageFinder.Find(index, text, domains, 5));
            var key = AnswerCache.KeyOf(grounding, string.Empty);
            if (cache.TryGet(key, text) is { } hit)
            {
                hits++;
                var right = hit.Text == Answer(question);
                wrong += right ? 0 : 1;
                reworded += right && pass > 0 ? 1 : 0;
            }
            else
            {
                cache.Add(key, text, new CachedAnswer(Answer(question), grounding, "-", 1));
            }
        }

        var lookups = questions.Count * 2;
        return new CacheScore(similarity, lookups, (double)hits / lookups, (double)reworded / questions.Count, (double)wrong / lookups);
    }

    /// <summary>A rewording of <paramref name="question"/>: as it was, lower case without punctuation, or with a polite opening.</summary>
    public static string Reword(string question, int variant) => (variant % 3) switch
    {
        0 => question,
        1 => new string([.. question.ToLowerInvariant().Where(c => !char.IsPunctuation(c))]).Replace("  ", " ", StringComparison.Ordinal),
        _ => "Could you tell me " + char.ToLowerInvariant(question[0]) + question[1..],
    };

    private static string Answer(CorpusQuestion question) => question.Document + "#" + question.AnswerPhrase;
}
