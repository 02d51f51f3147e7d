using System.Numerics.Tensors;
using LocalMesh.Knowledge.Index;

namespace LocalMesh.Knowledge.Answering;

/// <summary>A sentence of a passage and how close it is in meaning to the question (cosine of their encoder vectors).</summary>
/// <param name="Index">Its position among the passage's sentences.</param>
/// <param name="Start">Its first character in the passage.</param>
/// <param name="Length">Its length.</param>
/// <param name="Text">Its text on one line.</param>
/// <param name="Similarity">The cosine; for the sentence after a question or a heading, that one's when it is higher (its answer, or the text it heads).</param>
/// <param name="CanAnswer">False for a question (a FAQ's) and a heading or label: they are not an answer on their own.</param>
/// <param name="AnswersQuestion">Whether it follows a question closer to the one asked than itself (so it opens that question's answer).</param>
public sealed record ScoredSentence(int Index, int Start, int Length, string Text, double Similarity, bool CanAnswer = true, bool AnswersQuestion = false);

/// <summary>A search hit re-scored with the encoder: the passage's and its best sentence's closeness to the question.</summary>
/// <param name="Hit">The passage.</param>
/// <param name="Score">How well it answers: the best sentence's cosine and the passage's, averaged.</param>
/// <param name="Sentences">Its sentences, in order, with their cosines.</param>
/// <param name="BestSentence">The cosine of its sentence closest to the question.</param>
/// <param name="PassageCosine">The cosine of the passage as a whole.</param>
public sealed record ScoredPassage(SearchHit Hit, double Score, IReadOnlyList<ScoredSentence> Sentences, double BestSentence = 0, double PassageCosine = 0);

/// <summary>
/// What the evidence that the knowledge base answers a question is made of, read off the passage that scores best.
/// </summary>
/// <param name="BestSentence">The cosine of its sentence closest to the question.</param>
/// <param name="PassageCosine">The cosine of the passage.</param>
/// <param name="UnknownName">Whether the question names something (a word no dictionary holds) that no searched passage mentions.</param>
/// <param name="Coverage">The share of the question's content words (stems) the passage and its headings hold.</param>
public sealed record EvidenceFeatures(double BestSentence, double PassageCosine, bool UnknownName, double Coverage);

/// <summary>
/// The second stage of a knowledge-base search: the fused search's best passages scored by meaning. A question is
/// usually answered by one sentence of a passage, so a passage scores the mean of its best sentence's cosine to the
/// question and its own. The best score is the evidence: below <see cref="KnowledgeOptions.MinEvidence"/> the
/// knowledge base does not hold the answer. Thread-safe; no state.
/// </summary>
public static class SemanticEvidence
{
    /// <summary>Scores <paramref name="hits"/> (best first from the fused search) for <paramref name="question"/>, in their order; empty without an encoder.</summary>
    public static IReadOnlyList<ScoredPassage> Rank(KnowledgeIndex index, string question, IReadOnlyList<SearchHit> hits)
    {
        if (index.Encoded is not { } encoded || hits.Count == 0)
        {
            return [];
        }

        var query = encoded.Encoder.EncodeQuery(question).Vector;
        var vectors = encoded.Sentences([.. hits.Select(h => h.ChunkId)]);
        var scored = new List<ScoredPassage>(hits.Count);
        foreach (var hit in hits)
        {
            if (!vectors.TryGetValue(hit.ChunkId, out var passage))
            {
                continue;
            }

            var sentences = passage.Sentences.Select((s, i) =>
            {
                var length = Math.Min(s.Length, Math.Max(0, hit.Text.Length - s.Start));
                var text = Flatten(hit.Text.Substring(s.Start, length));
                return new ScoredSentence(i, s.Start, length, text, TensorPrimitives.Dot(query, s.Vector), !IsQuestion(text) && !IsFragment(text));
            }).ToList();
            var best = sentences.Count == 0 ? 0 : sentences.Max(s => s.Similarity);

            // A FAQ's question close to the question asked makes the sentence after it (its answer) as close; so does a heading or a label for the text under it.
            for (var i = 0; i + 1 < sentences.Count; i++)
            {
                if (!sentences[i].CanAnswer && sentences[i].Similarity > sentences[i + 1].Similarity)
                {
                    sentences[i + 1] = sentences[i + 1] with { Similarity = sentences[i].Similarity, AnswersQuestion = IsQuestion(sentences[i].Text) };
                }
            }

            var cosine = TensorPrimitives.Dot(query, passage.Passage);
            scored.Add(new ScoredPassage(hit, (best + cosine) / 2, sentences, best, cosine));
        }

        return scored;
    }

    /// <summary>The features of the evidence: those of the best-scoring passage of <paramref name="ranked"/> (all zero when there is none).</summary>
    public static EvidenceFeatures Features(string question, IReadOnlyList<ScoredPassage> ranked, bool unknownName)
    {
        if (ranked.Count == 0)
        {
            return new EvidenceFeatures(0, 0, unknownName, 0);
        }

        var top = ranked.MaxBy(r => r.Score)!;
        var terms = new QuestionTerms(question);
        var coverage = terms.IsEmpty ? 0 : terms.Matches(top.Hit.Section + " " + top.Hit.Text).Count / (double)terms.Stems().Count;
        return new EvidenceFeatures(top.BestSentence, top.PassageCosine, unknownName, coverage);
    }

    /// <summary>
    /// The evidence that the knowledge base answers the question, as a probability: a logistic model of the best
    /// passage's <see cref="EvidenceFeatures"/>. Meaning (the encoder's cosines) says whether the passage is about the
    /// same thing; coverage says whether it is about the same particulars ("split a tar archive" is close in meaning to
    /// "an archiver such as tar", but the passage holds few of its words); a name no document mentions weighs against.
    /// The weights were fitted on bench/data/kb-dev2 (65 questions, 30 off-topic) and 300 CLINC150 training questions
    /// asked of the same documents (everyday requests that model <c>auto</c> must leave alone), never on a held-out set
    /// (docs/knowledge.md).
    /// </summary>
    public static double Probability(EvidenceFeatures f)
    {
        var z = Bias + (SentenceWeight * f.BestSentence) + (PassageWeight * f.PassageCosine) + (UnknownNameWeight * (f.UnknownName ? 1 : 0)) + (CoverageWeight * f.Coverage);
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The refusal model's weights (see <see cref="Probability"/>).</summary>
    public const double Bias = -6.115, SentenceWeight = 4.629, PassageWeight = 4.415, UnknownNameWeight = -1.084, CoverageWeight = 3.752;

    /// <summary>Whether a sentence asks rather than tells: it ends with a question mark, or opens a FAQ's question ("Q. I upgraded my system…").</summary>
    public static bool IsQuestion(string sentence) => sentence.EndsWith('?') || sentence.StartsWith("Q. ", StringComparison.Ordinal);

    /// <summary>Whether a sentence is a heading or a label: a few words, and no sentence end or every word capitalised ("3. Public License Fallback.").</summary>
    public static bool IsFragment(string sentence)
    {
        var words = sentence.Split(' ');
        return words.Length < 6
            && ((!sentence.EndsWith('.') && !sentence.EndsWith('!') && !sentence.EndsWith(':'))
                || words.All(w => w.Length == 0 || !char.IsLetter(w[0]) || char.IsUpper(w[0])));
    }

    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
