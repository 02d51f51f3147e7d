using System.Runtime.InteropServices;
using LocalMesh.Specialists.Intents;
using LocalMesh.Specialists.Intents.Federation;

namespace LocalMesh.Specialists.Tests.Intents.Federation;

/// <summary>What a shared version holds (weights over public features, shareable intents; no words of the node's own), and malformed ones refused.</summary>
public sealed class IntentModelShareTests
{
    internal static readonly IntentTrainerOptions Fast = new() { Networks = 2, MinFeatureCount = 1, Network = new SparseMlpOptions { Hidden = 16, Epochs = 40, LearningRate = 0.2f } };

    /// <summary>The "built-in" data of these tests: every node has it.</summary>
    internal static IntentTrainingSet Public() => IntentModelTests.Tiny();

    internal static SharedFeatures Space() => new(IntentVocabulary.Build(Public().Examples.Select(e => e.Text), Fast.MinFeatureCount));

    /// <summary>A node's model after its users corrected it, once in public words and once with a word of their own.</summary>
    internal static IntentModel Taught() => IntentTrainer.Train(Public().With([], [new IntentExample("give the cat a drink", "feed_cat"), new IntentExample("zarquon blorptastic", "porch_light")]), Fast, version: 4);

    [Fact]
    public void Create_KeepsOnlyPublicFeaturesAndShareableIntents_AndNoWordOfTheNodesOwn()
    {
        var model = Taught();
        var space = Space();

        var share = IntentModelShare.Create(model, space, intent => intent != "water_plants", "plant", "a");
        var bytes = share.ToBytes();

        Assert.Equal(["feed_cat", "oos", "porch_light"], share.Header.Intents.Order(StringComparer.Ordinal));
        Assert.Equal((4, 2, "plant", "a"), (share.Header.Version, share.Header.Corrections, share.Header.Site, share.Header.Node));
        Assert.All(share.Networks, n => Assert.Equal(space.Count, n.Features));
        // The node's own vocabulary has the hashes of its users' word; the share has no feature list at all, and not these hashes.
        var own = new Dictionary<ulong, float>();
        IntentFeaturizer.Extract("zarquon blorptastic", own);
        var privateFeatures = own.Keys.Where(f => model.Vocabulary.TryGetIndex(f, out _) && !space.Vocabulary.TryGetIndex(f, out _)).ToList();
        Assert.NotEmpty(privateFeatures);
        Assert.All(privateFeatures, f => Assert.Equal(-1, bytes.AsSpan().IndexOf(MemoryMarshal.AsBytes([f]))));
        Assert.Equal(-1, bytes.AsSpan().IndexOf("zarquon"u8));
        Assert.Equal(-1, bytes.AsSpan().IndexOf("cat a drink"u8));
    }

    [Fact]
    public void ParseOfToBytes_ReadsTheSameWeights()
    {
        var share = IntentModelShare.Create(Taught(), Space(), _ => true, "plant", "a");

        var read = IntentModelShare.Parse(share.ToBytes());

        Assert.Equal(share.Header.Intents, read.Header.Intents);
        Assert.Equal(share.Networks[1].W2, read.Networks[1].W2);
        Assert.Equal(share.Networks[0].W1.Length, read.Networks[0].W1.Length);
        Assert.InRange(share.Networks[0].W1.Zip(read.Networks[0].W1, (x, y) => Math.Abs(x - y)).Max(), 0, 0.01); // first layers travel as 16-bit floats
    }

    [Fact]
    public void Parse_MalformedOrLying_IsInvalidData()
    {
        var bytes = IntentModelShare.Create(Taught(), Space(), _ => true, "plant", "a").ToBytes();
        var nan = (byte[])bytes.Clone();
        BitConverter.GetBytes(float.NaN).CopyTo(nan, nan.Length - 4); // the last output bias
        var header = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Throws<InvalidDataException>(() => IntentModelShare.Parse([]));
        Assert.Throws<InvalidDataException>(() => IntentModelShare.Parse("just some text, not a model"u8.ToArray()));
        Assert.Contains("bytes of weights", Assert.Throws<InvalidDataException>(() => IntentModelShare.Parse(bytes[..^1])).Message);
        Assert.Contains("bytes of weights", Assert.Throws<InvalidDataException>(() => IntentModelShare.Parse([.. bytes, 0])).Message);
        Assert.Contains("finite", Assert.Throws<InvalidDataException>(() => IntentModelShare.Parse(nan)).Message);
        Assert.Contains("intents", Assert.Throws<InvalidDataException>(() => IntentModelShare.Parse(Rewrite(bytes, "\"oos\"", "\"OOS\""))).Message);
        Assert.Contains("node and site", Assert.Throws<InvalidDataException>(() => IntentModelShare.Parse(Rewrite(bytes, "\"plant\"", "\"pl/nt\""))).Message);
        Assert.StartsWith("LMSHARE", header, StringComparison.Ordinal);
    }

    /// <summary>The bytes with one string of the header replaced by another of the same length.</summary>
    private static byte[] Rewrite(byte[] bytes, string from, string to)
    {
        var at = bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(from));
        Assert.True(at > 0, $"'{from}' is in the header");
        var copy = (byte[])bytes.Clone();
        System.Text.Encoding.UTF8.GetBytes(to).CopyTo(copy, at);
        return copy;
    }
}
