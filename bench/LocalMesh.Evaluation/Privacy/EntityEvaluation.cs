using LocalMesh.Privacy.Detection;
using LocalMesh.Privacy.Tagging;

namespace LocalMesh.Evaluation.Privacy;

/// <summary>Per-type and overall scores, entity-level as presidio-research counts them (exact span and type).</summary>
public sealed record EntityScore(string Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>F-beta with beta 2: recall weighs four times as much as precision.</summary>
    public double F2 => Precision + Recall == 0 ? 0 : 5 * Precision * Recall / ((4 * Precision) + Recall);
}

/// <summary>Scores a scanner on labelled texts.</summary>
public static class EntityEvaluation
{
    /// <summary>Scores per type, then overall (type <c>ALL</c>) last.</summary>
    /// <param name="scanner">The scanner.</param>
    /// <param name="texts">Labelled texts.</param>
    /// <param name="anchored">
    /// Score what the scanner reports (true), or every span its detectors found (<see cref="PrivacyScanner.ScanAll"/>):
    /// the places and organisations it leaves out of a text with no personal data too, to score the tagger as a model.
    /// </param>
    public static IReadOnlyList<EntityScore> Evaluate(PrivacyScanner scanner, IEnumerable<LabelledText> texts, bool anchored = true)
    {
        var counts = new Dictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        void Add(string type, int tp, int fp, int fn)
        {
            var c = counts.GetValueOrDefault(type);
            counts[type] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
        }

        foreach (var labelled in texts)
        {
            var found = (anchored ? scanner.Scan(labelled.Text) : scanner.ScanAll(labelled.Text)).Select(m => (m.Type, m.Start, m.Length)).ToHashSet();
            var expected = labelled.Entities.ToHashSet();
            foreach (var e in expected)
            {
                Add(e.Type, found.Contains(e) ? 1 : 0, 0, found.Contains(e) ? 0 : 1);
            }

            foreach (var f in found.Where(f => !expected.Contains(f)))
            {
                Add(f.Type, 0, 1, 0);
            }
        }

        var scores = counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new EntityScore(c.Key, c.Value.Tp, c.Value.Fp, c.Value.Fn)).ToList();
        scores.Add(new EntityScore("ALL", scores.Sum(s => s.TruePositives), scores.Sum(s => s.FalsePositives), scores.Sum(s => s.FalseNegatives)));
        return scores;
    }
}
