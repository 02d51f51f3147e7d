using System.Diagnostics;
using LocalMesh.Server.Hosting;
using LocalMesh.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Bench.Gateway;

/// <summary>
/// The LocalMesh node under test: one edge backend in front of the upstream, and the intent model and tagger from the
/// shared cache so nothing trains on the measured cores. It runs as users run it — <c>./localmesh up</c> from the
/// repository root (the launcher builds the CLI when the sources changed), in its own process with the runtime
/// settings the product ships — or, for profiling, inside the bench process.
/// </summary>
internal static class BenchNode
{
    /// <summary>
    /// Starts <c>./localmesh up</c> (with extra <c>NAME=VALUE</c> <paramref name="environment"/> settings) and waits (up to
    /// 5 minutes, which covers a first build) until <c>/health/ready</c> answers.
    /// </summary>
    public static async Task<ChildServer> StartProcessAsync(string repositoryRoot, string upstreamBaseUrl, IEnumerable<string> environment)
    {
        await EnsureModelsCachedAsync();
        var port = ChildServer.FreePort();
        var dataDir = Directory.CreateTempSubdirectory("localmesh-bench-").FullName;
        var start = new ProcessStartInfo(Path.Combine(repositoryRoot, "localmesh"), ["up", "--urls", $"http://127.0.0.1:{port}", "--data-dir", dataDir])
        {
            WorkingDirectory = dataDir,
        };
        foreach (var (key, value) in Settings(upstreamBaseUrl))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value; // .NET configuration from the environment
        }

        foreach (var setting in environment)
        {
            var (name, value) = setting.IndexOf('=') is var at and > 0 ? (setting[..at], setting[(at + 1)..]) : throw new ArgumentException($"--node-env takes NAME=VALUE, not '{setting}'.");
            start.Environment[name] = value;
        }

        return await ChildServer.StartAsync("The node", start, port, "/health/ready", TimeSpan.FromMinutes(5), () => DeleteQuietly(dataDir));
    }

    /// <summary>Starts the node inside the bench process (<c>--in-process</c>) and waits until its models are loaded.</summary>
    public static async Task<WebApplication> StartInProcessAsync(string upstreamBaseUrl)
    {
        await EnsureModelsCachedAsync();
        var node = LocalMeshNode.Build(new LocalMeshNodeSettings
        {
            Urls = "http://127.0.0.1:0",
            DataDir = Directory.CreateTempSubdirectory("localmesh-bench-").FullName,
            LogLevel = Microsoft.Extensions.Logging.LogLevel.Warning,
            Overrides = Settings(upstreamBaseUrl),
        });
        await node.StartNodeAsync();
        await node.Services.GetRequiredService<LocalMesh.Specialists.Intents.IntentModelStore>().Ready;
        await node.Services.GetRequiredService<LocalMesh.Privacy.Tagging.TaggerDetector>().Ready;
        return node;
    }

    private static Dictionary<string, string?> Settings(string upstreamBaseUrl) => new()
    {
        ["LocalMesh:Backends:edge:Tier"] = "edge",
        ["LocalMesh:Backends:edge:Endpoint"] = upstreamBaseUrl,
        ["LocalMesh:Backends:edge:Models:0"] = "bench-model",
        ["LocalMesh:Backends:edge:MaxConcurrency"] = "1024",
        ["LocalMesh:Specialists:ModelCache"] = TestIntentModels.CacheDir,
        ["LocalMesh:Privacy:ModelCache"] = TestIntentModels.CacheDir,
    };

    /// <summary>Never measure while a model trains on the same cores: both are trained into the shared cache first, if missing.</summary>
    private static async Task EnsureModelsCachedAsync()
    {
        await TestIntentModels.EnsureCachedAsync();
        await TestTaggers.BuiltInAsync();
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
