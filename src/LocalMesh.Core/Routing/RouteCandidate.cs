using LocalMesh.Backends;

namespace LocalMesh.Routing;

/// <summary>A backend the planner may send a request to, with the model to ask of it.</summary>
internal sealed record RouteCandidate(Backend Backend, string? Model, bool Degraded);
