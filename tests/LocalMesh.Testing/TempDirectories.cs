using System.Diagnostics;

namespace LocalMesh.Testing;

/// <summary>
/// Temporary directories for tests, deleted when the test process exits (a node's data directory holds a copy of the
/// intent model, so leaving them behind filled the disk after a few hundred runs).
/// </summary>
/// <remarks>
/// They are deleted by <see cref="TestRunCleanup"/>, the assembly fixture every test project declares, at the end of
/// its run, and otherwise when the process exits. The deletion at exit is bounded: xunit v3 gives a test process about
/// eleven seconds after its run returns and then exits it with code 1 ("Foreground threads were left running, forcing
/// process exit") whatever the tests did, and everything the process does at exit counts. What is not deleted is
/// removed by the next test process: every directory's name carries the id of the process that made it, and
/// directories of processes that are gone are swept at the first <see cref="Create"/>.
/// </remarks>
public static class TempDirectories
{
    private const string Marker = "lmtest-";
    private static readonly TimeSpan ExitBudget = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan RunEndBudget = TimeSpan.FromMinutes(2);
    private static readonly List<string> Created = [];
    private static bool swept;

    /// <summary>Creates a fresh directory under the temp folder whose name starts with <paramref name="prefix"/>.</summary>
    public static string Create(string prefix)
    {
        lock (Created)
        {
            if (!swept)
            {
                swept = true;
                SweepOrphans();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll(ExitBudget);
            }

            var dir = Directory.CreateTempSubdirectory($"{Marker}{Environment.ProcessId}-{prefix}").FullName;
            Created.Add(dir);
            return dir;
        }
    }

    /// <summary>Deletes every directory made so far, within <see cref="RunEndBudget"/>: the end of a test run.</summary>
    internal static void DeleteAll() => DeleteAll(RunEndBudget);

    private static void DeleteAll(TimeSpan budget)
    {
        // Pooled connections hold database files open, and closing the last one on a file merges its write-ahead log
        // (an fsync): a node releases its own when it stops, this catches the rest.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var clock = Stopwatch.StartNew();
        lock (Created)
        {
            foreach (var dir in Created)
            {
                if (clock.Elapsed > budget)
                {
                    break; // the next test process sweeps the rest
                }

                TryDelete(dir);
            }

            Created.Clear();
        }
    }

    /// <summary>Deletes the directories left by test processes that are no longer running.</summary>
    private static void SweepOrphans()
    {
        try
        {
            foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), Marker + "*"))
            {
                var name = Path.GetFileName(dir).AsSpan(Marker.Length);
                var dash = name.IndexOf('-');
                if (dash > 0 && int.TryParse(name[..dash], out var pid) && pid != Environment.ProcessId && !IsRunning(pid))
                {
                    TryDelete(dir);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // best effort
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string dir)
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
}
