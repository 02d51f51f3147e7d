using LocalMesh.Ledger;
using LocalMesh.Privacy.Detection;
using Microsoft.Extensions.AI;

namespace LocalMesh.Privacy.Redaction;

/// <summary>
/// Redacts embedding inputs before a backend in a redacted tier sees them (one session per request, so equal values
/// embed equally). Nothing comes back to restore: the answer is vectors. Counts go to the ledger like for chat.
/// </summary>
public sealed class RedactingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, PrivacyScanner scanner, IReadOnlySet<string>? allowed = null)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    /// <inheritdoc />
    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var session = new RedactionSession(scanner, allowed);
        var inputs = values as IReadOnlyList<string> ?? [.. values];
        foreach (var value in inputs)
        {
            session.Learn(value); // every mention: a name in one input is redacted in the others too
        }

        var redacted = inputs.Select(session.Redact).ToList();
        if (CrossingScope.Current is { } scope)
        {
            foreach (var (type, count) in session.Counts)
            {
                scope.AddRedactions(type, count);
            }
        }

        return base.GenerateAsync(redacted, options, cancellationToken);
    }
}
