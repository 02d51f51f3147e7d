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

    /// <summary>
    /// The domain the messages belong to with the classifier's score and reason, or null when it has no opinion. By
    /// default <see cref="ClassifyAsync"/>'s domain with no score.
    /// </summary>
    async ValueTask<DomainClassification?> ExplainAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken) =>
        await ClassifyAsync(messages, cancellationToken).ConfigureAwait(false) is { } domain
            ? new DomainClassification(domain, null, $"the content was classified as '{domain}'")
            : null;
}
