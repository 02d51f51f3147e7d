using LocalMesh.Configuration;

namespace LocalMesh.Webhooks;

/// <summary>
/// A webhook as an outbound destination: where it is and which tier it counts as. Like a backend, it may receive a
/// request's data only when the request's domain allows its tier, and a redacted tier only ever sees placeholders.
/// </summary>
/// <param name="Name">How it appears in the ledger's backend column, e.g. <c>webhook:smart_home</c>.</param>
/// <param name="Url">The http(s) URL the payload is POSTed to.</param>
/// <param name="Tier">Its tier: <c>edge</c> (on the site network) unless configured otherwise.</param>
public sealed record WebhookTarget(string Name, string Url, Tier Tier);
