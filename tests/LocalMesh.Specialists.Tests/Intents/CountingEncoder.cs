using Microsoft.Extensions.AI;

namespace LocalMesh.Specialists.Tests.Intents;

/// <summary>The shared MiniLM encoder, counting the texts it is asked to encode.</summary>
internal sealed class CountingEncoder(IEmbeddingGenerator<string, Embedding<float>> inner) : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    private int _texts;

    /// <summary>Texts encoded so far.</summary>
    public int Texts => Volatile.Read(ref _texts);

    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = values.ToList();
        Interlocked.Add(ref _texts, list.Count);
        return base.GenerateAsync(list, options, cancellationToken);
    }

    /// <summary>Keeps the inner encoder alive (it is shared by the test process).</summary>
    protected override void Dispose(bool disposing)
    {
    }
}
