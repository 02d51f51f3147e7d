using LocalMesh.Evaluation.Intents;
using LocalMesh.Specialists.Intents;
using LocalMesh.Testing;

namespace LocalMesh.Specialists.Tests.Intents;

public sealed class IntentModelTests
{
    internal static readonly string Clinc = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "shared", "data", "clinc150");

    internal static IntentTrainingSet Tiny() => new(
        [
            .. new[] { "turn on the porch light", "switch the porch light on", "porch light on please", "light up the porch", "can you turn the porch lamp on" }.Select(t => new IntentExample(t, "porch_light")),
            .. new[] { "feed the cat", "give the cat her dinner", "time to feed the cat", "put food in the cat bowl", "the cat is hungry, feed her" }.Select(t => new IntentExample(t, "feed_cat")),
            .. new[] { "water the plants", "the plants need water", "give the garden a drink", "start watering the plants", "sprinkle the flower beds" }.Select(t => new IntentExample(t, "water_plants")),
            .. new[] { "who won the world cup in 1998", "explain quantum entanglement", "write me a poem about autumn", "what is the meaning of the word ubiquitous", "translate hello into german" }.Select(t => new IntentExample(t, IntentModel.OutOfScope)),
        ],
        new Dictionary<string, string> { ["porch_light"] = "home", ["feed_cat"] = "home", ["water_plants"] = "garden" });

    private static readonly IntentTrainerOptions Fast = new() { Network = new SparseMlpOptions { Epochs = 40, LearningRate = 0.2f } };

    [Fact]
    public void Training_IsDeterministic_AndSaveLoadKeepsPredictions()
    {
        var a = IntentTrainer.Train(Tiny(), Fast);
        var b = IntentTrainer.Train(Tiny(), Fast);
        var path = Path.Combine(LocalMesh.Testing.TempDirectories.Create("localmesh-model-"), "model-v1.bin");
        a.Save(path);
        var loaded = IntentModel.Load(path);

        Assert.Equal(a.Info.DataHash, IntentModel.ReadInfo(path).DataHash);
        foreach (var text in new[] { "porch light on", "please feed the cat", "water my plants", "who wrote hamlet", "" })
        {
            var expected = a.Classify(text);
            Assert.Equal(expected.Confidence, b.Classify(text).Confidence);
            var actual = loaded.Classify(text);
            Assert.Equal(expected.Intent, actual.Intent);
            Assert.Equal(expected.Confidence, actual.Confidence, 0.01); // first layer stored as 16-bit floats
        }

        Assert.Equal("porch_light", loaded.Classify("turn the porch light on").Intent);
        Assert.Equal("garden", loaded.Classify("water the plants please").Domain);
        Assert.False(loaded.Classify("").InScope); // no features: never in scope
        Assert.Equal("oos score=", loaded.Classify("zxqv wplk").EscalationReason?[..10]);
    }

    [Fact]
    public void CorruptFiles_AreClearErrors()
    {
        var dir = LocalMesh.Testing.TempDirectories.Create("localmesh-model-");
        var good = Path.Combine(dir, "good.bin");
        IntentTrainer.Train(Tiny(), Fast).Save(good);
        var bytes = File.ReadAllBytes(good);

        var truncated = Path.Combine(dir, "truncated.bin");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => IntentModel.Load(truncated)).Message);

        var other = Path.Combine(dir, "other.bin");
        File.WriteAllText(other, "not a model at all, just some text that is long enough");
        Assert.Contains("not a LocalMesh intent model", Assert.Throws<InvalidDataException>(() => IntentModel.Load(other)).Message);
        Assert.Throws<InvalidDataException>(() => IntentModel.ReadInfo(other));
    }

    [Fact]
    public void NothingToTrain_IsAnError() =>
        Assert.Throws<ArgumentException>(() => IntentTrainer.Train(new IntentTrainingSet([new IntentExample("hello", IntentModel.OutOfScope)], new Dictionary<string, string>()), Fast));

    [Fact]
    [Trait(TestCost.Trait, TestCost.Slow)]
    public async Task BuiltInModel_MeetsItsMeasuredQuality_OnClincValidation()
    {
        // Measured (docs/intents.md), lexical half + MiniLM head at the default threshold: 93.5% in-scope accuracy, 91%
        // out-of-scope recall, 1.7% of local answers wrong (out of scope or the wrong intent). The floors sit a little
        // below, so a regression in features, training, the blend or the threshold fails here.
        var model = await TestIntentModels.BuiltInAsync();
        var val = IntentTrainingSet.ReadPairs(Path.Combine(Clinc, "val.json"));
        var oos = IntentTrainingSet.ReadPairs(Path.Combine(Clinc, "oos_val.json"));
        var row = IntentEvaluation.Evaluate(model, val, oos, encoder: TestIntentModels.Encoder).Default;
        Assert.InRange(row.InScopeAccuracy, 0.92, 1);
        Assert.InRange(row.OutOfScopeRecall, 0.88, 1);
        Assert.InRange(row.WrongLocalShare, 0, 0.02);
        Assert.Equal(151, model.Intents.Count);

        // The lexical half alone, as a node without an encoder runs it, at its own threshold (0.4): 94.1% / 70%.
        var lexical = IntentEvaluation.Rows(model, IntentEvaluation.Score(model, [.. val, .. oos], vectors: null), [0.4f], 0, 2).Rows.Single(r => r.Threshold == 0.4f);
        Assert.InRange(lexical.InScopeAccuracy, 0.93, 1);
        Assert.InRange(lexical.OutOfScopeRecall, 0.65, 1);
    }
}
