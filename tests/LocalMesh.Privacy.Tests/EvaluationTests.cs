using LocalMesh.Privacy.Detection;
using LocalMesh.Evaluation.Privacy;

namespace LocalMesh.Privacy.Tests;

public sealed class EvaluationTests
{
    [Fact]
    public void PatternDetectors_MeetTheTargets_OnGeneratedSentences()
    {
        var scanner = new PrivacyScanner([new DeclaredSecretsDetector(SyntheticEntities.DeclaredTerms), .. BuiltInDetectors.All]);
        var scores = EntityEvaluation.Evaluate(scanner, SyntheticEntities.Generate(2000, seed: 7, named: false));
        var all = scores.Single(s => s.Type == "ALL");
        Assert.True(all.F2 >= 0.90, $"overall F2 {all.F2:0.000}");
        foreach (var type in new[] { "CREDIT_CARD", "IBAN", "DECLARED_SECRET" })
        {
            var score = scores.Single(s => s.Type == type);
            Assert.True(score.Recall >= 0.99, $"{type} recall {score.Recall:0.000}");
        }
    }

    [Fact]
    public void Generator_IsDeterministic_AndPlantsValidNumbers()
    {
        var a = SyntheticEntities.Generate(200, seed: 1);
        Assert.Equal(a.Select(t => t.Text), SyntheticEntities.Generate(200, seed: 1).Select(t => t.Text));
        foreach (var text in a)
        {
            foreach (var (type, start, length) in text.Entities)
            {
                var value = text.Text.Substring(start, length);
                if (type == "CREDIT_CARD")
                {
                    Assert.True(Checksums.Luhn(value), value);
                }

                if (type == "IBAN")
                {
                    Assert.True(Checksums.Iban(value), value);
                }
            }
        }
    }
}
