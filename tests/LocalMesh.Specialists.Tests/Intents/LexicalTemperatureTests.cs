using LocalMesh.Specialists.Intents;
using LocalMesh.Testing;
using Microsoft.Extensions.AI;

namespace LocalMesh.Specialists.Tests.Intents;

/// <summary>
/// The blend softens the lexical half's probabilities (p^(1/T)) before mixing in the semantic half: the lexical networks
/// stay nearly as sure when a new phrasing fools them, and softened, a confident semantic half can outvote them.
/// </summary>
public sealed class LexicalTemperatureTests
{
    private static readonly IntentTrainerOptions Fast = new() { Network = new SparseMlpOptions { Epochs = 40, LearningRate = 0.2f }, FastPath = 2f };

    [Fact]
    public void Blend_SoftensTheLexicalHalf_SoAConfidentSemanticHalfCanOutvoteIt()
    {
        // Classes: [wrong intent, right intent, out of scope]. The lexical half is sure of the wrong one, the semantic half
        // a little less sure of the right one.
        float[] lexical = [0.92f, 0.06f, 0.02f];
        float[] semantic = [0.08f, 0.88f, 0.04f];

        var plain = (float[])lexical.Clone();
        IntentModel.Blend(plain, semantic, 0.5f);
        Assert.Equal(new[] { 0.50f, 0.47f, 0.03f }, plain, (a, b) => Math.Abs(a - b) < 1e-5); // temperature 1: the plain mean, and the lexical half wins

        var softened = (float[])lexical.Clone();
        IntentModel.Blend(softened, semantic, 0.5f, lexicalTemperature: 1.25f);
        Assert.True(softened[1] > softened[0], $"the semantic half should win once the lexical half is softened ({string.Join(", ", softened)})");
        Assert.Equal(1f, softened.Sum(), 1e-5);
        Assert.True(softened[2] > plain[2]); // softening lifts the small probabilities, out-of-scope's among them
    }

    [Fact]
    public void TrainedModel_RecordsItsTemperature_UsesItWhenClassifying_AndKeepsItWhenSaved()
    {
        var set = IntentModelTests.Tiny();
        var lexical = IntentTrainer.Train(set, Fast);
        var encoder = new KeywordEncoder();
        var model = IntentTrainer.AddHead(lexical, set, Fast, encoder, TempDirectories.Create("localmesh-vectors-"), TestContext.Current.CancellationToken);
        Assert.Equal(new IntentTrainerOptions().LexicalTemperature, model.Info.LexicalTemperature);
        Assert.Equal(1.25f, model.Info.LexicalTemperature);

        // Classify blends with the model's temperature: the same as blending by hand, and not the same as temperature 1.
        const string Text = "the porch cat";
        var classes = model.Intents.Count;
        var expected = new float[classes];
        model.LexicalProbabilities(Text, expected);
        var semantic = new float[classes];
        model.Head!.Probabilities(encoder.Vector(Text), semantic);
        var untempered = (float[])expected.Clone();
        IntentModel.Blend(expected, semantic, model.Info.EncoderWeight, model.Info.LexicalTemperature);
        IntentModel.Blend(untempered, semantic, model.Info.EncoderWeight);

        var prediction = model.Classify(Text, model.Info.Threshold, encoder);
        Assert.True(prediction.Encoded);
        Assert.Equal(expected.Where((_, k) => model.Intents[k] != IntentModel.OutOfScope).Max(), prediction.Confidence, 1e-5);
        Assert.True(Math.Abs(untempered.Where((_, k) => model.Intents[k] != IntentModel.OutOfScope).Max() - prediction.Confidence) > 1e-4, "the temperature made no difference");

        var path = Path.Combine(TempDirectories.Create("localmesh-model-"), "model-v1.bin");
        model.Save(path);
        Assert.Equal(1.25f, IntentModel.ReadInfo(path).LexicalTemperature);
        Assert.Equal(prediction.Confidence, IntentModel.Load(path).Classify(Text, model.Info.Threshold, encoder).Confidence, 0.01);

        // A model saved before the temperature existed has none in its header and blends as it always did.
        Assert.Equal(1f, new IntentModelInfo().LexicalTemperature);
    }

    /// <summary>A stand-in encoder: one axis per topic word, so the head has something to learn without loading a model.</summary>
    private sealed class KeywordEncoder : IEmbeddingGenerator<string, Embedding<float>>
    {
        private static readonly string[][] Topics = [["porch", "light", "lamp"], ["cat"], ["plant", "water", "garden", "flower"]];

        public float[] Vector(string text)
        {
            var vector = new float[Topics.Length + 1];
            for (var t = 0; t < Topics.Length; t++)
            {
                vector[t] = Topics[t].Count(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
            }

            vector[^1] = vector.Sum() == 0 ? 1 : 0.1f;
            var norm = MathF.Sqrt(vector.Sum(v => v * v));
            return [.. vector.Select(v => v / norm)];
        }

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(Vector(v)))));

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("keywords", null, "test-keywords") : null;

        public void Dispose()
        {
        }
    }
}
