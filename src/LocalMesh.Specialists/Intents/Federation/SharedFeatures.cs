using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace LocalMesh.Specialists.Intents.Federation;

/// <summary>
/// The feature space a shared model version is written in: the vocabulary of the built-in training data (CLINC150,
/// public, shipped with every node) with its public IDF weights. A node's own vocabulary also holds the hashes of the
/// words of its users' corrections and intents; those features are hashes of words (FNV-1a, reversible with a word
/// list), so they never leave the node. Every node computes the same space from its own copy of the built-in data, so
/// a shared version carries no feature list at all, and its <see cref="Id"/> tells a node built from other built-in
/// data (another release) to refuse it. Immutable and thread-safe.
/// </summary>
public sealed class SharedFeatures
{
    private static readonly Lazy<SharedFeatures> BuiltInSpace = new(() => new SharedFeatures(
        IntentVocabulary.Build(IntentTrainingSet.BuiltIn().Examples.Select(e => e.Text), new IntentTrainerOptions().MinFeatureCount)));

    /// <summary>Creates the space of <paramref name="vocabulary"/> (its features and IDF weights).</summary>
    public SharedFeatures(IntentVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(MemoryMarshal.AsBytes(vocabulary.Features.AsSpan()));
        sha.AppendData(MemoryMarshal.AsBytes(vocabulary.Idf.AsSpan()));
        Id = Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    /// <summary>The space of this build's built-in data (computed once per process, about a second).</summary>
    public static SharedFeatures BuiltIn => BuiltInSpace.Value;

    /// <summary>The features, in order, with their public IDF weights.</summary>
    public IntentVocabulary Vocabulary { get; }

    /// <summary>A hash of the features and weights: equal on every node built from the same built-in data.</summary>
    public string Id { get; }

    /// <summary>The number of features.</summary>
    public int Count => Vocabulary.Count;
}
