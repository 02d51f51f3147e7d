namespace LocalMesh.Policy;

/// <summary>What a domain classifier decided and why, for messages that explain a route (e.g. a 403).</summary>
/// <param name="Domain">The domain the content was put in.</param>
/// <param name="Score">The classifier's score for that domain (0–1), when it has one.</param>
/// <param name="Reason">
/// Why, in words: e.g. "the content was classified as 'medical' (score 0.87, threshold 0.40)" or "the request holds a
/// PHONE, which LocalMesh:Privacy:Entities:PHONE=keep-local keeps local".
/// </param>
public sealed record DomainClassification(string Domain, double? Score, string Reason);
