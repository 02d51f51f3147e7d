namespace LocalMesh.Mesh.Routing;

/// <summary>No peer in a peer backend's scope could take the request (none capable, or every one failed before answering); the message says which and why.</summary>
/// <param name="message">What was tried.</param>
public sealed class NoPeerException(string message) : Exception(message);
