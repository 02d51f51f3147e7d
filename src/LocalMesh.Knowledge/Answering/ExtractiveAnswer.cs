using System.Text;
using LocalMesh.Routing;

namespace LocalMesh.Knowledge.Answering;

/// <summary>
/// The answer given when no language model may or can answer: the passages' own sentences that best match the
/// question, each followed by its footnote marker. A sentence scores the inverse document frequency (over all the
/// candidate sentences) of the question terms it and its section's headings hold, with a small bonus for passages
/// ranked higher, and a bonus when the sentence holds the kind of answer asked for (<see cref="AnswerKind"/>); sentences
/// worth less than half the best one are left out. Thread-safe; no state.
/// </summary>
public static class ExtractiveAnswer
{
    /// <summary>The best sentences of <paramref name="grounding"/> for <paramref name="question"/>, at most <paramref name="maxSentences"/>.</summary>
    public static string Compose(string question, Grounding grounding, int maxSentences)
    {
        var terms = new QuestionTerms(question);
        var candidates = grounding.Passages
            .SelectMany(p =>
            {
                // A sentence is read under its headings: "Maintenance" above "serviced every 90 days" answers "how often is it maintained".
                var heading = terms.Matches(p.Section);
                return Sentences(p.Text).Select((s, i) => (Passage: p, Index: i, Text: s, Terms: terms.Matches(s).Union(heading).ToHashSet(StringComparer.Ordinal)));
            })
            .ToList();
        if (candidates.Count == 0)
        {
            return string.Empty;
        }

        var documentFrequency = candidates.SelectMany(c => c.Terms).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        double Weight(string term) => Math.Log(1 + ((double)candidates.Count / documentFrequency[term]));
        // A sentence of the kind the question asks for (a number for "how long", a name for "who") is worth one more rare term.
        var expected = AnswerKind.Of(question);
        var kindBonus = documentFrequency.Count == 0 ? 1 : documentFrequency.Keys.Max(Weight);
        double Score(IEnumerable<string> found, GroundingPassage passage, string text) =>
            (found.Sum(Weight) + (expected.Fits(text) ? kindBonus : 0)) * (1 + (0.25 / passage.Number));

        var ranked = candidates.OrderByDescending(c => Score(c.Terms, c.Passage, c.Text)).ThenBy(c => c.Passage.Number).ThenBy(c => c.Index).ToList();
        var best = Score(ranked[0].Terms, ranked[0].Passage, ranked[0].Text);
        var chosen = new List<(GroundingPassage Passage, int Index, string Text)> { (ranked[0].Passage, ranked[0].Index, ranked[0].Text) };
        foreach (var candidate in ranked.Skip(1))
        {
            if (chosen.Count >= maxSentences || best <= 0)
            {
                break;
            }

            // A further sentence must hold a question term and be worth at least half the best one.
            if (candidate.Terms.Count > 0 && Score(candidate.Terms, candidate.Passage, candidate.Text) >= best / 2)
            {
                chosen.Add((candidate.Passage, candidate.Index, candidate.Text));
            }
        }

        var answer = new StringBuilder();
        foreach (var (passage, _, text) in chosen) // best first: the first sentence is the answer most likely right
        {
            answer.Append(answer.Length == 0 ? string.Empty : " ").Append(text).Append(" [").Append(passage.Number).Append(']');
        }

        return answer.ToString();
    }

    /// <summary>The sentences of a passage: lines and list items on their own, prose cut after <c>.</c>, <c>?</c> or <c>!</c> before a space.</summary>
    public static IEnumerable<string> Sentences(string passage)
    {
        foreach (var rawLine in passage.Split('\n'))
        {
            var line = rawLine.Trim().TrimStart('-', '*', '+', '>', '#').Trim();
            if (line.Length > 2 && char.IsDigit(line[0]) && line.IndexOf(". ", StringComparison.Ordinal) is > 0 and < 4 and var dot)
            {
                line = line[(dot + 2)..];
            }

            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] is '.' or '?' or '!' && i + 1 < line.Length && line[i + 1] == ' ' && i - start > 1 && !IsAbbreviation(line, i))
                {
                    yield return line[start..(i + 1)].Trim();
                    start = i + 2;
                }
            }

            if (line[start..].Trim() is { Length: > 0 } rest)
            {
                yield return rest;
            }
        }
    }

    // "e.g. ", "approx. 5": a one- or two-letter word or a lower-case continuation after the dot is not a sentence end.
    private static bool IsAbbreviation(string line, int dot)
    {
        var wordStart = line.LastIndexOf(' ', dot) + 1;
        var next = dot + 2 < line.Length ? line[dot + 2] : 'A';
        return line[dot] == '.' && (dot - wordStart <= 2 && char.IsLower(line[wordStart]) || char.IsLower(next));
    }
}
