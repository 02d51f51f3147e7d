namespace LocalMesh.Testing;

/// <summary>
/// Temporary directories for tests, deleted when the test process exits (a node's data directory holds a copy of the
/// intent model, so leaving them behind filled the disk after a few hundred runs).
/// </summary>
public static class TempDirectories
{
    private static readonly List<string> Created = [];

    /// <summary>Creates a fresh directory under the temp folder whose name starts with <paramref name="prefix"/>.</summary>
    public static string Create(string prefix)
    {
        var dir = Directory.CreateTempSubdirectory(prefix).FullName;
        lock (Created)
        {
            if (Created.Count == 0)
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();
            }

            Created.Add(dir);
        }

        return dir;
    }

    private static void DeleteAll()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // pooled connections hold the database files open
        lock (Created)
        {
            foreach (var dir in Created)
            {
                try
                {
                    Directory.Delete(dir, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // best effort: a directory still in use stays behind
                }
            }

            Created.Clear();
        }
    }
}
