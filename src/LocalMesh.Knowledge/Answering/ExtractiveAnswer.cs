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
public static partial class ExtractiveAnswer
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

    /// <summary>The weight of the question's rarer words in a sentence's score, beside its meaning (chosen on bench/data/kb-calibration: 0.2-0.4 alike).</summary>
    public const double LexicalWeight = 0.3;

    /// <summary>How far below the best sentence (in cosine) a further sentence may be and still join the answer.</summary>
    public const double Margin = 0.1;

    /// <summary>
    /// The answer from passages the encoder scored (<see cref="PassageFinder"/> with an encoder): the sentence closest
    /// in meaning to the question first, then others within <see cref="Margin"/> of it, at most
    /// <paramref name="maxSentences"/>. A sentence that leans on the one before it ("This parameter…", "It…") or leads
    /// into the next (ends with a colon) brings that neighbour. Fragments without a verb's worth of words (headings,
    /// labels) are not chosen on their own; a sentence said twice is said once. Sentences next to each other in a
    /// passage are one run, cited once: <c>… [2]</c>.
    /// </summary>
    public static string Compose(string question, IReadOnlyList<GroundingPassage> passages, IReadOnlyList<ScoredPassage> scored, int maxSentences)
    {
        // Meaning first; the question's rarer words in the sentence (inverse document frequency over the candidates) break
        // the encoder's near-ties: "which option…" is close to every sentence about options, but only one names the one asked about.
        var terms = new QuestionTerms(question);
        var all = passages.Zip(scored).SelectMany(x => x.Second.Sentences.Select(s => (Passage: x.First, Scored: x.Second, Sentence: s, Terms: terms.Matches(s.Text)))).ToList();
        var frequency = all.SelectMany(c => c.Terms).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        double Weight(string term) => Math.Log(1 + ((double)all.Count / frequency[term]));
        var most = Math.Max(1e-9, frequency.Keys.Sum(Weight));
        var candidates = all
            .Select(c => (c.Passage, c.Scored, c.Sentence, Score: (0.8 * c.Sentence.Similarity) + (0.2 * c.Scored.Score) + (LexicalWeight * c.Terms.Sum(Weight) / most)))
            .Where(c => c.Sentence.CanAnswer)
            .OrderByDescending(c => c.Score)
            .ToList();
        if (candidates.Count == 0)
        {
            return string.Empty;
        }

        var chosen = new Dictionary<int, (GroundingPassage Passage, ScoredPassage Scored, SortedDictionary<int, double> Sentences)>();
        var said = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var best = candidates[0].Score;
        var count = 0;
        foreach (var c in candidates)
        {
            if (count >= maxSentences || c.Score < best - Margin)
            {
                break;
            }

            if (!said.Add(c.Sentence.Text))
            {
                continue;
            }

            if (!chosen.TryGetValue(c.Passage.Number, out var entry))
            {
                chosen[c.Passage.Number] = entry = (c.Passage, c.Scored, new SortedDictionary<int, double>());
            }

            entry.Sentences[c.Sentence.Index] = c.Score;
            count++;
            var sentences = c.Scored.Sentences;
            if (c.Sentence.Index > 0 && LeansBack(c.Sentence.Text))
            {
                entry.Sentences.TryAdd(c.Sentence.Index - 1, c.Score);
                said.Add(sentences[c.Sentence.Index - 1].Text);
            }

            // The best sentence goes on in the next one of its passage: it often names the subject and the next one says the
            // fact ("The 'time' reserved word may be used by itself. When used in this way, it displays…"). So does a FAQ's
            // answer, and a sentence that leads into a list or a command (ends with a colon, or with no stop at all).
            var next = c.Sentence.Index + 1 < sentences.Count ? sentences[c.Sentence.Index + 1] : null;
            if (next is not null
                && (((count == 1 || c.Sentence.AnswersQuestion) && next.CanAnswer) || (LeadsOn(c.Sentence.Text) && !SemanticEvidence.IsQuestion(next.Text))))
            {
                // …and on while what was brought leads on ("…can be recovered using" before the command), at most two more.
                for (var k = c.Sentence.Index + 1; k < sentences.Count && k <= c.Sentence.Index + 3; k++)
                {
                    entry.Sentences.TryAdd(k, c.Score);
                    said.Add(sentences[k].Text);
                    if (k + 1 >= sentences.Count || !LeadsOn(sentences[k].Text) || SemanticEvidence.IsQuestion(sentences[k + 1].Text))
                    {
                        break;
                    }
                }
            }
        }

        // Runs of neighbouring sentences, best run first; each ends with its passage's marker.
        var runs = new List<(double Score, string Text)>();
        foreach (var (number, (_, passage, sentences)) in chosen)
        {
            var run = new List<int>();
            foreach (var index in sentences.Keys.Append(int.MaxValue))
            {
                if (run.Count > 0 && index != run[^1] + 1)
                {
                    runs.Add((run.Max(i => sentences[i]), string.Join(' ', run.Select(i => passage.Sentences[i].Text)) + $" [{number}]"));
                    run.Clear();
                }

                run.Add(index);
            }
        }

        return string.Join(' ', runs.OrderByDescending(r => r.Score).Select(r => r.Text));
    }

    // "…the following fields:", "…can be recovered using" (then a command): the sentence is finished by the next one.
    private static bool LeadsOn(string sentence) => sentence.Length > 0 && (sentence[^1] == ':' || char.IsLetterOrDigit(sentence[^1]));

    // "This parameter…", "It…", "Otherwise…": the sentence means little without the one before it.
    private static bool LeansBack(string sentence) => LeaningStart().IsMatch(sentence);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(This|That|These|Those|It|Its|They|Their|Such|Otherwise|However|Also|In that case|In this case|If so|Then)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LeaningStart();

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
