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
        if (options.Enabled && options.RedactTiers.Contains(backend.Config.Tier.Name(), StringComparer.OrdinalIgnoreCase))
        {
            var allowed = options.Entities.Where(e => options.ActionFor(e.Key) == EntityAction.Allow).Select(e => e.Key.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
            builder.Use(inner => new RedactingChatClient(inner, scanner, allowed));
        }
    }
}
