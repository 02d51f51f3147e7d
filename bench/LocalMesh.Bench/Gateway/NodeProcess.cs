using System.Diagnostics;
using LocalMesh.Testing;

namespace LocalMesh.Bench.Gateway;

/// <summary>
/// A LocalMesh node as users run it: <c>./localmesh up</c> from the repository root (the launcher builds the CLI when the
/// sources changed), in its own process with the runtime settings the product ships, one edge backend, and the intent
/// model and tagger from the shared cache so nothing trains on the measured cores.
/// </summary>
internal static class NodeProcess
{
    /// <summary>
    /// Starts the node (with extra <c>NAME=VALUE</c> <paramref name="environment"/> settings) and waits (up to 5 minutes,
    /// which covers a first build) until <c>/health/ready</c> answers.
    /// </summary>
    public static async Task<ChildServer> StartAsync(string repositoryRoot, string upstreamBaseUrl, IEnumerable<string> environment)
    {
        await TestIntentModels.EnsureCachedAsync();
        await TestTaggers.BuiltInAsync();
        var port = ChildServer.FreePort();
        var dataDir = Directory.CreateTempSubdirectory("localmesh-bench-").FullName;
        var start = new ProcessStartInfo(Path.Combine(repositoryRoot, "localmesh"), ["up", "--urls", $"http://127.0.0.1:{port}", "--data-dir", dataDir])
        {
            WorkingDirectory = dataDir,
            Environment =
            {
                ["LocalMesh__Backends__edge__Tier"] = "edge",
                ["LocalMesh__Backends__edge__Endpoint"] = upstreamBaseUrl,
                ["LocalMesh__Backends__edge__Models__0"] = "bench-model",
                ["LocalMesh__Backends__edge__MaxConcurrency"] = "1024",
                ["LocalMesh__Specialists__ModelCache"] = TestIntentModels.CacheDir,
                ["LocalMesh__Privacy__ModelCache"] = TestIntentModels.CacheDir,
            },
        };
        foreach (var setting in environment)
        {
            var (name, value) = setting.IndexOf('=') is var at and > 0 ? (setting[..at], setting[(at + 1)..]) : throw new ArgumentException($"--node-env takes NAME=VALUE, not '{setting}'.");
            start.Environment[name] = value;
        }

        return await ChildServer.StartAsync("The node", start, port, "/health/ready", TimeSpan.FromMinutes(5), () => DeleteQuietly(dataDir));
    }

    private static void DeleteQuietly(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
