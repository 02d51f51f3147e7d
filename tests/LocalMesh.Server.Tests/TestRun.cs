// Temporary directories and pooled databases are released at the end of the run, not at process exit (see TestRunCleanup).
[assembly: AssemblyFixture(typeof(LocalMesh.Testing.TestRunCleanup))]
