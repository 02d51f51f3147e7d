using LocalMesh.Configuration;

namespace LocalMesh.Webhooks;

/// <summary>
/// Redacts text that leaves the node outside the backend pipelines (webhooks), as the privacy guard does for the
/// backends of its redacted tiers. Core only defines it; the privacy project registers the implementation. Without
/// one, nothing is redacted (as backends are not). Implementations must be thread-safe.
/// </summary>
public interface IOutboundRedactor
{
    /// <summary>Whether text bound for <paramref name="tier"/> is redacted.</summary>
    bool Applies(Tier tier);

    /// <summary>
    /// Replaces every sensitive value in <paramref name="texts"/> by a placeholder (one value, one placeholder across
    /// all of them). Nothing is restored: a webhook's answer is not a model's echo of the request.
    /// </summary>
    OutboundRedaction Redact(IReadOnlyList<string> texts);
}

/// <summary>Redacted texts, in the order given, and how many values of each kind were replaced (never the values).</summary>
public sealed record OutboundRedaction(IReadOnlyList<string> Texts, IReadOnlyDictionary<string, int> Counts);
