using LocalMesh.Specialists.Intents;
using LocalMesh.Testing;

namespace LocalMesh.Specialists.Tests.Intents;

/// <summary>The intent model's two halves: the lexical fast path, the encoder path, the out-of-scope threshold, and the cache of encoded training texts.</summary>
public sealed class HybridIntentModelTests
{
    [Fact]
    public async Task ConfidentLexicalAnswer_TakesTheFastPath_WithoutRunningTheEncoder()
    {
        var model = await TestIntentModels.BuiltInAsync();
        var encoder = new CountingEncoder(TestIntentModels.Encoder);

        var confident = model.Classify("set an alarm for 7 am", model.Info.Threshold, encoder);
        Assert.Equal(("alarm", true, false), (confident.Intent, confident.InScope, confident.Encoded));
        Assert.Equal(0, encoder.Texts);

        // Unsure lexically (it ranks a visa question first): the encoder runs once, and the blend knows it is about weather.
        const string Umbrella = "will I need an umbrella this afternoon";
        var unsure = model.Classify(Umbrella, model.Info.Threshold, encoder);
        Assert.True(unsure.Encoded);
        Assert.Equal(1, encoder.Texts);
        Assert.Equal("weather", unsure.Intent);

        // Without an encoder the same model answers from its lexical half alone.
        var lexical = model.Classify(Umbrella, model.Info.Threshold, encoder: null);
        Assert.False(lexical.Encoded);
        Assert.NotEqual("weather", lexical.Intent);
    }

    [Fact]
    public async Task OutOfScope_Escalates_AndARisingThresholdOnlyEverEscalatesMore()
    {
        var model = await TestIntentModels.BuiltInAsync();
        var encoder = TestIntentModels.Encoder;
        string[] outOfScope = ["who painted the mona lisa", "tell me about the roman empire", "how do volcanoes form", "write a haiku about the sea"];
        string[] inScope = ["what's 2 plus 2", "add eggs to my shopping list", "what is my checking balance", "set a timer for ten minutes"];

        Assert.All(outOfScope, text => Assert.False(model.Classify(text, model.Info.Threshold, encoder).InScope, text));
        Assert.True(model.Classify("who painted the mona lisa", model.Info.Threshold, encoder: null).InScope); // the lexical half alone kept this one local
        Assert.All(inScope, text => Assert.True(model.Classify(text, model.Info.Threshold, encoder).InScope, text));

        foreach (var text in outOfScope.Concat(inScope).Append("could you maybe help me with my card"))
        {
            var local = new[] { 0f, 0.2f, 0.4f, 0.6f, 0.8f, 0.95f }.Select(t => model.Classify(text, t, encoder).InScope).ToList();
            Assert.True(local.SkipWhile(l => l).All(l => !l), $"'{text}': local at a higher threshold after escalating at a lower one ({string.Join(",", local)})");
        }

        Assert.False(model.Classify("set a timer for ten minutes", 1.01f, encoder).InScope); // a margin over 1 keeps nothing local
    }

    [Fact]
    public async Task HybridModel_SavesAndLoads_WithItsHead()
    {
        var model = await TestIntentModels.BuiltInAsync();
        var path = Path.Combine(TempDirectories.Create("localmesh-model-"), "model-v1.bin");
        model.Save(path);
        var loaded = IntentModel.Load(path);

        Assert.NotNull(loaded.Head);
        Assert.Equal(model.Info.Encoder, loaded.Info.Encoder);
        Assert.Equal("local-minilm", loaded.Info.Encoder);
        foreach (var text in new[] { "will I need an umbrella this afternoon", "who painted the mona lisa", "play some jazz" })
        {
            var a = model.Classify(text, model.Info.Threshold, TestIntentModels.Encoder);
            var b = loaded.Classify(text, model.Info.Threshold, TestIntentModels.Encoder);
            Assert.Equal((a.Intent, a.InScope, a.Encoded), (b.Intent, b.InScope, b.Encoded));
            Assert.Equal(a.Confidence, b.Confidence, 0.01);
        }
    }

    [Fact]
    public void VectorCache_EncodesOnlyTextsItHasNotSeen_AndSurvivesAsAFile()
    {
        var dir = TempDirectories.Create("localmesh-vectors-");
        var encoder = new CountingEncoder(TestIntentModels.Encoder);
        string[] first = ["turn on the porch light", "feed the cat", "water the plants"];

        var a = IntentVectorCache.Encode(encoder, first, dir, TestContext.Current.CancellationToken);
        Assert.Equal(3, encoder.Texts);
        var b = IntentVectorCache.Encode(encoder, [.. first, "feed the cat", "lock the back door"], dir, TestContext.Current.CancellationToken);
        Assert.Equal(4, encoder.Texts); // only the new text
        Assert.Equal(a[1], b[1]);
        Assert.Equal(b[1], b[3]);
        Assert.Single(Directory.GetFiles(dir, "vectors-local-minilm.bin"));

        // A damaged file costs time, not correctness: everything is encoded again.
        File.WriteAllText(Directory.GetFiles(dir, "vectors-*.bin").Single(), "LMVECT01 but then nothing sensible");
        var c = IntentVectorCache.Encode(encoder, first, dir, TestContext.Current.CancellationToken);
        Assert.Equal(7, encoder.Texts);
        Assert.Equal(a[0], c[0]);
    }
}
