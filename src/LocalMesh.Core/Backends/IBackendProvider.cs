namespace LocalMesh.Backends;

/// <summary>
/// A module that contributes backends it builds itself, with the node's <see cref="BackendFactory"/> (so they get the
/// same stages, ledger and probe as configured ones): the mesh's peer backends. Register implementations in DI; they are
/// asked once, when the registry is built.
/// </summary>
public interface IBackendProvider
{
    /// <summary>The backends to add to the registry.</summary>
    IEnumerable<Backend> CreateBackends(BackendFactory factory);
}
