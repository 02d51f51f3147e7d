using LocalMesh.Knowledge.Answering;
using LocalMesh.Knowledge.Index;
using LocalMesh.Routing;

namespace LocalMesh.Evaluation.Knowledge;

/// <summary>How often the extractive answer holds the fact asked for, and how long it is.</summary>
/// <param name="Questions">Questions asked.</param>
/// <param name="Answered">Share of answers that hold the answer phrase, cited to a passage of the right document.</param>
/// <param name="FirstSentence">Share of answers whose first sentence holds it.</param>
/// <param name="NoPassage">Share of questions for which no passage was found.</param>
/// <param name="MeanWords">Mean words per answer (without the sources).</param>
public sealed record AnswerScore(int Questions, double Answered, double FirstSentence, double NoPassage, double MeanWords);

/// <summary>Scores <see cref="ExtractiveAnswer"/> on a corpus whose questions know their answer phrase.</summary>
public static partial class AnswerEvaluation
{
    /// <summary>Answers every question from <paramref name="collection"/> as the knowledge tier would with no language model.</summary>
    public static AnswerScore Evaluate(KnowledgeIndex index, string collection, IReadOnlyList<CorpusQuestion> questions, int passages = 5, int sentences = 3)
    {
        var domains = new Dictionary<string, string>(StringComparer.Ordinal) { [collection] = "general" };
        double answered = 0, first = 0, none = 0, words = 0;
        foreach (var q in questions)
        {
            var found = PassageFinder.Find(index, q.Question, domains, passages);
            if (found.Count == 0)
            {
                none++;
                continue;
            }

            var answer = ExtractiveAnswer.Compose(q.Question, new Grounding([collection], found), sentences);
            words += answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var right = found.Where(p => p.Document == q.Document && p.Text.Contains(q.AnswerPhrase, StringComparison.Ordinal)).Select(p => p.Number).ToHashSet();
            var marked = Marked().Matches(answer).Select(m => (Text: m.Groups[1].Value, Number: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
            bool Holds((string Text, int Number) s) => s.Text.Contains(q.AnswerPhrase, StringComparison.Ordinal) && right.Contains(s.Number);
            answered += marked.Any(Holds) ? 1 : 0;
            first += marked.Count > 0 && Holds(marked[0]) ? 1 : 0;
        }

        var n = questions.Count;
        return new AnswerScore(n, answered / n, first / n, none / n, words / Math.Max(1, n - none));
    }

    // A sentence and its marker: "Parental leave is sixteen weeks. [1]".
    [System.Text.RegularExpressions.GeneratedRegex(@"(.+?) \[(\d+)\]")]
    private static partial System.Text.RegularExpressions.Regex Marked();
}
