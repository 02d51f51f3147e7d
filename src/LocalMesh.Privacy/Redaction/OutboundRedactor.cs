using LocalMesh.Configuration;
using LocalMesh.Privacy.Detection;
using LocalMesh.Webhooks;

namespace LocalMesh.Privacy.Redaction;

/// <summary>
/// The privacy guard's redaction for data leaving outside the backend pipelines (webhooks): the same scanner, the
/// same tiers (<see cref="PrivacyOptions.RedactTiers"/>) and the same <c>allow</c> exceptions as <see cref="RedactionStage"/>.
/// </summary>
public sealed class OutboundRedactor(PrivacyOptions options, PrivacyScanner scanner) : IOutboundRedactor
{
    private readonly HashSet<string> _allowed =
        options.Entities.Where(e => options.ActionFor(e.Key) == EntityAction.Allow).Select(e => e.Key.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Applies(Tier tier) => options.Enabled && options.RedactTiers.Contains(tier.Name(), StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public OutboundRedaction Redact(IReadOnlyList<string> texts)
    {
        var session = new RedactionSession(scanner, _allowed);
        foreach (var text in texts)
        {
            session.Learn(text); // every mention: a name in one field is redacted in the others too
        }

        var redacted = texts.Select(session.Redact).ToList();
        return new OutboundRedaction(redacted, session.Counts);
    }
}
