namespace LocalMesh.Local;

/// <summary>No local specialist could answer; the router escalates to the next tier (this is not a failure).</summary>
public sealed class SpecialistDeclinedException() : Exception("no local specialist can answer this request");
