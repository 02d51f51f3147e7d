using LocalMesh.Evaluation.Intents;
using LocalMesh.Specialists.Intents;
using LocalMesh.Testing;

namespace LocalMesh.Specialists.Tests.Intents;

public sealed class TeachingTests
{
    // A phrasing CLINC150 never uses for shopping lists; the built-in model gets all of these wrong.
    private static readonly string[] Taught = ["chuck some oat milk in the grocery basket", "toss rice into the grocery basket", "lob some eggs in the grocery basket"];
    private static readonly string[] HeldBack = ["throw lentils into the grocery basket", "drop butter into the grocery basket", "stick coffee in the grocery basket", "sling tea bags into the grocery basket"];

    [Fact]
    [Trait(LocalMesh.Testing.TestCost.Trait, LocalMesh.Testing.TestCost.Slow)] // a training run on CLINC150: 40+ s
    public async Task Corrections_FixTheirPhrasing_AndSimilarOnes_WithoutCostingValidationAccuracy()
    {
        var before = await TestIntentModels.BuiltInAsync();
        Assert.All(Taught.Concat(HeldBack), text => Assert.False(IsRight(before, text), $"precondition: the built-in model already gets '{text}' right"));

        var set = IntentTrainingSet.BuiltIn().With([], Taught.Select(t => new IntentExample(t, "shopping_list_update")));
        var options = new IntentTrainerOptions();
        var lexical = IntentTrainer.Train(set, options, version: 2, cancellationToken: TestContext.Current.CancellationToken);
        var encoder = new CountingEncoder(TestIntentModels.Encoder);
        var after = IntentTrainer.AddHead(lexical, set, options, encoder, TestIntentModels.CacheDir, TestContext.Current.CancellationToken);
        // The built-in texts' vectors come from the shared cache: at most the corrections are encoded (none when an earlier run cached them).
        Assert.InRange(encoder.Texts, 0, Taught.Length);

        Assert.All(Taught, text => Assert.True(IsRight(after, text), $"taught '{text}': {after.Classify(text)}"));
        Assert.All(HeldBack, text => Assert.True(IsRight(after, text), $"held back '{text}': {after.Classify(text)}"));

        var val = IntentTrainingSet.ReadPairs(Path.Combine(IntentModelTests.Clinc, "val.json"));
        var oos = IntentTrainingSet.ReadPairs(Path.Combine(IntentModelTests.Clinc, "oos_val.json"));
        var accuracyBefore = IntentEvaluation.Evaluate(before, val, oos, encoder: TestIntentModels.Encoder).Default.InScopeAccuracy;
        var accuracyAfter = IntentEvaluation.Evaluate(after, val, oos, encoder: TestIntentModels.Encoder).Default.InScopeAccuracy;
        Assert.True(accuracyAfter >= accuracyBefore - 0.005, $"validation accuracy fell from {accuracyBefore:P2} to {accuracyAfter:P2}");
        Assert.Equal(3, after.Info.Corrections);
        Assert.Equal(2, after.Info.Version);
    }

    private static bool IsRight(IntentModel model, string text) =>
        model.Classify(text, model.Info.Threshold, TestIntentModels.Encoder) is { Intent: "shopping_list_update", InScope: true };
}
