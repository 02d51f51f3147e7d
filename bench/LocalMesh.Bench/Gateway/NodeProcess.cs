using System.Diagnostics;
using LocalMesh.Testing;

namespace LocalMesh.Bench.Gateway;

/// <summary>
/// A LocalMesh node as users run it: <c>./localmesh up</c> from the repository root (the launcher builds the CLI when the
/// sources changed), in its own process with the runtime settings the product ships, one edge backend, and the intent
/// model and tagger from the shared cache so nothing trains on the measured cores.
/// </summary>
internal sealed class NodeProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _dataDir;

    private NodeProcess(Process process, string baseUrl, string dataDir) => (_process, BaseUrl, _dataDir) = (process, baseUrl, dataDir);

    /// <summary>The OpenAI base URL.</summary>
    public string BaseUrl { get; }

    /// <summary>The node's process, whose CPU time counts as the gateway's.</summary>
    public Process Process => _process;

    /// <summary>Starts the node (with extra <c>NAME=VALUE</c> <paramref name="environment"/> settings) and waits (up to 5 minutes, which covers a first build) until <c>/health/ready</c> answers.</summary>
    public static async Task<NodeProcess> StartAsync(string repositoryRoot, string upstreamBaseUrl, IEnumerable<string> environment)
    {
        await TestIntentModels.EnsureCachedAsync();
        await TestTaggers.BuiltInAsync();
        var port = PortkeyPeer.FreePort();
        var dataDir = Directory.CreateTempSubdirectory("localmesh-bench-").FullName;
        var start = new ProcessStartInfo(Path.Combine(repositoryRoot, "localmesh"), ["up", "--urls", $"http://127.0.0.1:{port}", "--data-dir", dataDir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
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

        var process = Process.Start(start)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(5);
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            try
            {
                using var ready = await http.GetAsync($"http://127.0.0.1:{port}/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return new NodeProcess(process, $"http://127.0.0.1:{port}/v1", dataDir);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        var exited = process.HasExited;
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        throw new InvalidOperationException($"The node did not become ready ({(exited ? "it exited" : "timed out")}):\n{string.Join('\n', output.TakeLast(20))}");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
