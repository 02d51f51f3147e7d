using LocalMesh.Configuration;
using LocalMesh.Privacy.Domains;
using LocalMesh.Evaluation.Privacy;

namespace LocalMesh.Privacy.Tests.Domains;

public sealed class DomainClassifierTests
{
    private static readonly string[] PolicyDomains = [.. PolicyConfig.BuiltInDomains.Keys, "plant"];

    [Fact]
    public void HeldOutExamples_AreRoutedByTheirDomain()
    {
        var classifier = new DomainClassifier(PolicyDomains, [], dataDir: null);

        var score = DomainEvaluation.Evaluate(classifier, DomainEvaluationSet.Examples, new PrivacyOptions().DomainThreshold);

        Assert.True(score.Accuracy >= 0.80, $"top-1 accuracy {score.Accuracy:P1}");
        Assert.True(score.SensitiveFlagged >= 0.85, $"sensitive texts flagged {score.SensitiveFlagged:P1}");
        Assert.True(score.GeneralFlagged <= 0.10, $"general texts flagged {score.GeneralFlagged:P1}");
    }

    [Fact]
    public void HeldOutExamples_AreNotInTheTrainingData()
    {
        var training = BuiltInDomainExamples.Training.Select(e => e.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.DoesNotContain(DomainEvaluationSet.Examples, e => training.Contains(e.Text));
    }

    [Theory]
    [InlineData("Refund DE89 3704 0044 0532 0130 00 please", "finance")]
    [InlineData("deploy with AKIAIOSFODNN7EXAMPLE", "secret")]
    [InlineData("The patient's insulin dose was doubled after the lab results.", "medical")]
    public void TextAndEntities_PointToTheDomain(string text, string domain)
    {
        var classifier = new DomainClassifier(PolicyDomains, [], dataDir: null);

        var verdict = classifier.Classify(text);

        Assert.Equal(domain, verdict.Domain);
        Assert.True(verdict.Confidence >= new PrivacyOptions().DomainThreshold, verdict.ToString());
    }

    [Fact]
    public void Teaching_ANewDomain_TakesEffectAtOnce_AndIsKeptAcrossRestarts()
    {
        var dataDir = LocalMesh.Testing.TempDirectories.Create("localmesh-domains-");
        var classifier = new DomainClassifier(PolicyDomains, [], dataDir);
        const string Probe = "Line 3 extruder pressure dropped again during the night shift changeover.";
        Assert.DoesNotContain("plant", classifier.Domains);

        var added = classifier.Teach("plant", [
            "Extruder 2 runs hot when the resin batch is damp.",
            "The night shift logged a pressure drop on line 1.",
            "Changeover on the extruder line takes forty minutes.",
            "Resin dryer setpoint for line 3 is 80 degrees.",
        ]);

        Assert.Equal(4, added);
        Assert.Equal("plant", classifier.Classify(Probe).Domain);
        var restarted = new DomainClassifier(PolicyDomains, [], dataDir);
        Assert.Equal("plant", restarted.Classify(Probe).Domain);
        var stored = Assert.Single(restarted.Stored(), s => s.Text.StartsWith("Resin", StringComparison.Ordinal));

        Assert.True(restarted.Forget(stored.Id));
        Assert.False(restarted.Forget(stored.Id));
        Assert.Equal(3, restarted.Stored().Count);
    }

    [Fact]
    public void ConfiguredExamples_TeachToo()
    {
        var classifier = new DomainClassifier(PolicyDomains, [new DomainExample("plant", "Extruder line 2 resin dryer"), new DomainExample("plant", "extruder changeover on line 4")], dataDir: null);

        Assert.Equal("plant", classifier.Classify("the extruder on line 5 needs a new resin dryer").Domain);
    }

    [Fact]
    public void Teaching_RefusesUnknownDomainsAndBlankText_AndKeepsNothing()
    {
        var dataDir = LocalMesh.Testing.TempDirectories.Create("localmesh-domains-");
        var classifier = new DomainClassifier(PolicyDomains, [], dataDir);

        var unknown = Assert.Throws<ArgumentException>(() => classifier.Teach("astrology", ["the stars say so"]));
        Assert.Contains("not a policy domain", unknown.Message);
        Assert.Throws<ArgumentException>(() => classifier.Teach("medical", ["  "]));
        Assert.Throws<ArgumentException>(() => classifier.Teach("medical", []));
        Assert.Empty(classifier.Stored());
        Assert.Throws<InvalidOperationException>(() => new DomainClassifier(PolicyDomains, [], dataDir: null).Teach("medical", ["x-ray"]));
    }

    [Fact]
    public void OddInput_GetsALowConfidenceVerdict_NotAnError()
    {
        var classifier = new DomainClassifier(PolicyDomains, [], dataDir: null);
        var random = new Random(5);
        var garbage = new string([.. Enumerable.Range(0, 50_000).Select(_ => (char)random.Next(0, 0xD7FF))]);

        foreach (var text in new[] { string.Empty, "hi", garbage, new string('a', 1_000_000) })
        {
            // Either too unsure to count, or general: a text with no words to go by (empty, punctuation) is general.
            var verdict = classifier.Classify(text);
            Assert.True(verdict.Confidence < new PrivacyOptions().DomainThreshold || verdict.Domain == "general", $"{verdict} for a text of {text.Length} chars");
        }
    }
}
