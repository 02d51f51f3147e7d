using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Privacy.Detection;
using Microsoft.Extensions.AI;

namespace LocalMesh.Privacy.Redaction;

/// <summary>Adds a <see cref="RedactingChatClient"/> to the pipeline of every backend in a redacted tier.</summary>
public sealed class RedactionStage(PrivacyOptions options, PrivacyScanner scanner) : IBackendPipelineStage
{
    /// <inheritdoc />
    public void Configure(ChatClientBuilder builder, BackendState backend)
    {
        if (Applies(backend))
        {
            builder.Use(inner => new RedactingChatClient(inner, scanner, Allowed()));
        }
    }

    /// <inheritdoc />
    public void ConfigureEmbeddings(EmbeddingGeneratorBuilder<string, Embedding<float>> builder, BackendState backend)
    {
        if (Applies(backend))
        {
            builder.Use(inner => new RedactingEmbeddingGenerator(inner, scanner, Allowed()));
        }
    }

    private bool Applies(BackendState backend) =>
        options.Enabled && options.RedactTiers.Contains(backend.Config.Tier.Name(), StringComparer.OrdinalIgnoreCase);

    private HashSet<string> Allowed() =>
        options.Entities.Where(e => options.ActionFor(e.Key) == EntityAction.Allow).Select(e => e.Key.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
}
