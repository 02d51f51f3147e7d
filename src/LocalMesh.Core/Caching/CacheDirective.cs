namespace LocalMesh.Caching;

/// <summary>What a client asked of the semantic cache with its request's <c>Cache-Control</c> header.</summary>
public enum CacheDirective
{
    /// <summary>No directive: a cached answer may be given, and a new one is kept.</summary>
    Default,

    /// <summary><c>no-cache</c>: ask the backend again (a fresh sample), and keep its answer.</summary>
    NoCache,

    /// <summary><c>no-store</c>: neither look nor keep.</summary>
    NoStore,
}
