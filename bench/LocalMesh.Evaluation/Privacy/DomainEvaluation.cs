using LocalMesh.Privacy.Domains;

namespace LocalMesh.Evaluation.Privacy;

/// <summary>How well the domain classifier does on labelled texts, at the threshold routing uses.</summary>
/// <param name="Examples">How many texts were scored.</param>
/// <param name="Accuracy">Share whose top domain is the right one (whatever its confidence).</param>
/// <param name="SensitiveFlagged">Share of non-<c>general</c> texts that routing would treat as some sensitive domain.</param>
/// <param name="GeneralFlagged">Share of <c>general</c> texts that routing would wrongly treat as sensitive.</param>
/// <param name="PerDomain">Per labelled domain: texts and how many were classified right at the threshold.</param>
public sealed record DomainScore(int Examples, double Accuracy, double SensitiveFlagged, double GeneralFlagged, IReadOnlyDictionary<string, (int Texts, int Right)> PerDomain);

/// <summary>Scores a <see cref="DomainClassifier"/>.</summary>
public static class DomainEvaluation
{
    /// <summary>Scores the classifier on <paramref name="examples"/> at <paramref name="threshold"/>.</summary>
    public static DomainScore Evaluate(DomainClassifier classifier, IReadOnlyList<DomainExample> examples, double threshold)
    {
        int right = 0, sensitive = 0, sensitiveFlagged = 0, general = 0, generalFlagged = 0;
        var perDomain = new Dictionary<string, (int Texts, int Right)>(StringComparer.OrdinalIgnoreCase);
        foreach (var example in examples)
        {
            var verdict = classifier.Classify(example.Text);
            var flagged = verdict.Confidence >= threshold && !IsGeneral(verdict.Domain);
            right += verdict.Domain == example.Domain ? 1 : 0;
            var counts = perDomain.GetValueOrDefault(example.Domain);
            var routedRight = IsGeneral(example.Domain) ? !flagged : flagged && verdict.Domain == example.Domain;
            perDomain[example.Domain] = (counts.Texts + 1, counts.Right + (routedRight ? 1 : 0));
            if (IsGeneral(example.Domain))
            {
                general++;
                generalFlagged += flagged ? 1 : 0;
            }
            else
            {
                sensitive++;
                sensitiveFlagged += flagged ? 1 : 0;
            }
        }

        return new DomainScore(
            examples.Count,
            examples.Count == 0 ? 0 : (double)right / examples.Count,
            sensitive == 0 ? 0 : (double)sensitiveFlagged / sensitive,
            general == 0 ? 0 : (double)generalFlagged / general,
            perDomain);
    }

    private static bool IsGeneral(string domain) => string.Equals(domain, "general", StringComparison.OrdinalIgnoreCase);
}
