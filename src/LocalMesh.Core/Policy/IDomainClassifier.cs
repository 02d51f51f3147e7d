using Microsoft.Extensions.AI;

namespace LocalMesh.Policy;

/// <summary>
/// Decides a request's data domain from its content (the privacy guard fills this hook). A classifier can only make a
/// request's routing stricter: its domain is used when it allows fewer tiers than the one declared. Thread-safe.
/// </summary>
public interface IDomainClassifier
{
    /// <summary>The domain the messages belong to, or null when the classifier has no opinion.</summary>
    ValueTask<string?> ClassifyAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken);
}
