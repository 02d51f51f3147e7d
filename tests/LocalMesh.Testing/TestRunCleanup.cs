namespace LocalMesh.Testing;

/// <summary>
/// The end of a test assembly's run: deletes the <see cref="TempDirectories"/> and closes pooled SQLite connections
/// while the run is still going, instead of when the process exits. xunit v3 gives a process about eleven seconds
/// between the end of its run and its exit and then fails it (exit code 1, "Foreground threads were left running")
/// with every test green; on a busy machine, closing the hundred-odd databases a run leaves open (each close merges
/// its write-ahead log with an fsync) and deleting their directories took longer than that. Each test project
/// declares it once: <c>[assembly: AssemblyFixture(typeof(TestRunCleanup))]</c>.
/// </summary>
public sealed class TestRunCleanup : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => TempDirectories.DeleteAll();
}
