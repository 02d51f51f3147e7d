namespace LocalMesh.Embeddings.Tests;

/// <summary>One loaded MiniLM encoder for the whole test assembly (loading reads a 90 MB model).</summary>
public static class SharedEncoder
{
    private static readonly Lazy<SentenceEncoder> Instance = new(() => new SentenceEncoder(new EncoderOptions()));

    /// <summary>The default encoder, loaded.</summary>
    public static SentenceEncoder MiniLM => Instance.Value;
}
