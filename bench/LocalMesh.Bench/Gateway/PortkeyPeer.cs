using System.Diagnostics;

namespace LocalMesh.Bench.Gateway;

/// <summary>
/// The peer gateway, Portkey (Node.js), as ../shared/docs/BENCHMARKS.md runs it: installed from npm into
/// <c>bench/peers</c> by <c>bench/peers/install.sh</c>, started headless in production mode on a free loopback port,
/// and told the upstream with its <c>x-portkey-*</c> headers. Optional: without the install the row is skipped.
/// </summary>
internal static class PortkeyPeer
{
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
    public static async Task<ChildServer?> StartAsync(string repositoryRoot)
    {
        var script = StartScript(repositoryRoot);
        if (!File.Exists(script))
        {
            return null;
        }

        var port = ChildServer.FreePort();
        var start = new ProcessStartInfo("node", [script, $"--port={port}", "--headless"]) { Environment = { ["NODE_ENV"] = "production" } };
        return await ChildServer.StartAsync("Portkey", start, port, readyPath: null, TimeSpan.FromSeconds(30));
    }
}
