using System.Diagnostics;
using System.Net.Sockets;

namespace LocalMesh.Bench.Gateway;

/// <summary>
/// The peer gateway, Portkey (Node.js), as ../shared/docs/BENCHMARKS.md runs it: installed from npm into
/// <c>bench/peers</c> by <c>bench/peers/install.sh</c>, started headless in production mode on a free loopback port,
/// and told the upstream with its <c>x-portkey-*</c> headers. Optional: without the install the row is skipped.
/// </summary>
internal sealed class PortkeyPeer : IDisposable
{
    private readonly Process _process;

    private PortkeyPeer(Process process, int port) => (_process, BaseUrl) = (process, $"http://127.0.0.1:{port}/v1");

    /// <summary>The OpenAI base URL.</summary>
    public string BaseUrl { get; }

    /// <summary>The Node.js process, whose CPU time counts as the gateway's.</summary>
    public Process Process => _process;

    /// <summary>Where <c>install.sh</c> puts the gateway's start script.</summary>
    public static string StartScript(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "bench", "peers", "node_modules", "@portkey-ai", "gateway", "build", "start-server.js");

    /// <summary>The headers that point Portkey at the upstream.</summary>
    public static IReadOnlyDictionary<string, string> Headers(string upstreamBaseUrl) => new Dictionary<string, string>
    {
        ["x-portkey-provider"] = "openai",
        ["x-portkey-custom-host"] = upstreamBaseUrl,
        ["Authorization"] = "Bearer bench",
    };

    /// <summary>Starts the gateway and waits (up to 30 s) until it accepts connections; null when it is not installed.</summary>
    public static async Task<PortkeyPeer?> StartAsync(string repositoryRoot)
    {
        var script = StartScript(repositoryRoot);
        if (!File.Exists(script))
        {
            return null;
        }

        var port = FreePort();
        var start = new ProcessStartInfo("node", [script, $"--port={port}", "--headless"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["NODE_ENV"] = "production" },
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 300 && !process.HasExited; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port).ConfigureAwait(false);
                return new PortkeyPeer(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"Portkey did not start on port {port} (exit: {(process.HasExited ? process.ExitCode : "still running")}).");
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
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
