using LocalMesh.Configuration;

namespace LocalMesh.Routing;

/// <summary>One backend tried for a request.</summary>
/// <param name="Backend">The backend's name.</param>
/// <param name="Tier">Its tier.</param>
/// <param name="Error">Why it failed; null when it answered.</param>
/// <param name="Duration">Time spent on it.</param>
public sealed record RouteAttempt(string Backend, Tier Tier, string? Error, TimeSpan Duration);
