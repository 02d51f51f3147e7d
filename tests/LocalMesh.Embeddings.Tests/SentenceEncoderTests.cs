using System.Numerics.Tensors;
using Microsoft.Extensions.AI;

namespace LocalMesh.Embeddings.Tests;

public sealed class SentenceEncoderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void SameText_SameVector_UnitLength()
    {
        using var fresh = new SentenceEncoder(new EncoderOptions { CacheEntries = 0 });
        var a = fresh.Encode("How do I reset my password?");
        var b = SharedEncoder.MiniLM.Encode("How do I reset my password?");
        Assert.Equal(384, a.Vector.Length);
        Assert.Equal(a.Vector, b.Vector); // same model, same tokens: bit-identical, whatever the batch or the cache
        Assert.Equal(1f, TensorPrimitives.Norm(a.Vector), 1e-4f);
        Assert.False(a.Truncated);
    }

    [Fact]
    public void Paraphrases_AreCloserThanUnrelatedTexts()
    {
        var v = SharedEncoder.MiniLM.Encode(["what's my checking account balance", "how much money is in my checking account", "set an alarm for 7 in the morning"]);
        var paraphrase = TensorPrimitives.Dot(v[0].Vector, v[1].Vector);
        var unrelated = TensorPrimitives.Dot(v[0].Vector, v[2].Vector);
        Assert.True(paraphrase > 0.7f, $"paraphrase cosine {paraphrase}");
        Assert.True(unrelated < 0.3f, $"unrelated cosine {unrelated}");
    }

    [Fact]
    public void Batch_GivesTheSameVectorsAsOneByOne_InOrder_WithDuplicates()
    {
        string[] texts = ["lights on", "a much longer sentence about the weather in Paris tomorrow afternoon", "lights on", "", "ok"];
        using var fresh = new SentenceEncoder(new EncoderOptions { CacheEntries = 0, BatchSize = 2 });
        var batched = fresh.Encode(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            var alone = SharedEncoder.MiniLM.Encode(texts[i]);
            Assert.True(TensorPrimitives.CosineSimilarity(alone.Vector, batched[i].Vector) > 0.99999f, $"text {i}"); // padding must not change a vector
            Assert.Equal(alone.Tokens, batched[i].Tokens);
        }
    }

    [Fact]
    [Trait("Cost", "Slow")] // see LocalMesh.Testing.TestCost
    public async Task ConcurrentCalls_FromManyThreads_AgreeWithSequentialOnes()
    {
        using var encoder = new SentenceEncoder(new EncoderOptions { CacheEntries = 16 }); // small cache: hits, misses and evictions race
        var texts = Enumerable.Range(0, 64).Select(i => $"request number {i % 40} about the thermostat").ToArray();
        var expected = texts.Select(t => SharedEncoder.MiniLM.Encode(t).Vector).ToArray();
        var tasks = Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < texts.Length; i++)
            {
                var index = (i * 7 + worker * 13) % texts.Length;
                var got = encoder.Encode(texts[index]).Vector;
                Assert.True(TensorPrimitives.CosineSimilarity(expected[index], got) > 0.99999f);
            }
        }, Ct));
        await Task.WhenAll(tasks);
        Assert.InRange(encoder.CachedTexts, 1, 16);
    }

    [Fact]
    public async Task HugeInput_IsCutToTheModelsLimit_AndSaysSo()
    {
        var huge = string.Concat(Enumerable.Repeat("the quick brown fox jumps over the lazy dog ", 2500)); // ~110,000 characters
        var result = await SharedEncoder.MiniLM.GenerateAsync([huge, "short"], cancellationToken: Ct);
        Assert.Equal(SharedEncoder.MiniLM.MaxTokens, result[0].AdditionalProperties![SentenceEncoder.TokensProperty]);
        Assert.Equal(true, result[0].AdditionalProperties![SentenceEncoder.TruncatedProperty]);
        Assert.False(result[1].AdditionalProperties!.ContainsKey(SentenceEncoder.TruncatedProperty));
        Assert.Equal(SharedEncoder.MiniLM.MaxTokens + 3, result.Usage!.InputTokenCount); // "short" is [CLS] short [SEP]
        Assert.Equal("local-minilm", result[0].ModelId);
    }

    [Fact]
    public void NullText_IsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => SharedEncoder.MiniLM.Encode(["fine", null!]));
    }

    [Fact]
    public void ArcticXs_Loads_WithItsOwnPoolingAndLimit()
    {
        using var arctic = new SentenceEncoder(new EncoderOptions { Model = "arctic-xs" });
        var v = arctic.Encode(["turn off the kitchen lights", "switch the kitchen lights off", "what is the capital of France"]);
        Assert.Equal("local-arctic-xs", arctic.ModelId);
        Assert.Equal(512, arctic.MaxTokens);
        Assert.Equal(384, v[0].Vector.Length);
        Assert.True(TensorPrimitives.Dot(v[0].Vector, v[1].Vector) > TensorPrimitives.Dot(v[0].Vector, v[2].Vector));
    }

    [Fact]
    public void EncodeQuery_PrefixesArcticQueries_AndLeavesMiniLMAlone()
    {
        // arctic-embed is trained to match a prefixed query with plain passages; MiniLM is symmetric and has no prefix.
        using var arctic = new SentenceEncoder(new EncoderOptions { Model = "arctic-xs", CacheEntries = 0 });
        const string question = "how long is parental leave";
        Assert.Equal(arctic.Encode(EncoderModel.ArcticQueryPrefix + question).Vector, arctic.EncodeQuery(question).Vector);
        Assert.NotEqual(arctic.Encode(question).Vector, arctic.EncodeQuery(question).Vector);
        Assert.Equal(SharedEncoder.MiniLM.Encode(question).Vector, SharedEncoder.MiniLM.EncodeQuery(question).Vector);
    }

    [Theory]
    [InlineData("bert-base", "neither")]
    [InlineData("/nowhere/model.onnx", "does not exist")]
    public void UnusableModel_IsRefusedAtConstruction_WithTheKey(string model, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new SentenceEncoder(new EncoderOptions { Model = model }));
        Assert.Contains("LocalMesh:Encoder:Model", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void ModelGivenByPath_NeedsItsVocabulary()
    {
        var dir = Directory.CreateTempSubdirectory("localmesh-encoder-").FullName;
        try
        {
            var path = Path.Combine(dir, "model.onnx");
            File.WriteAllBytes(path, [1, 2, 3]);
            var error = Assert.Throws<ArgumentException>(() => new SentenceEncoder(new EncoderOptions { Model = path }));
            Assert.Contains("LocalMesh:Encoder:VocabPath", error.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Metadata_NamesTheModel_AndTheGeneratorIsReachableAsAService()
    {
        IEmbeddingGenerator<string, Embedding<float>> generator = SharedEncoder.MiniLM;
        Assert.Equal("local-minilm", generator.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelId);
        Assert.Same(SharedEncoder.MiniLM, generator.GetService<SentenceEncoder>());
    }
}
