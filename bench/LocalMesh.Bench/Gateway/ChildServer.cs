using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace LocalMesh.Bench.Gateway;

/// <summary>
/// A server the benchmark runs in its own process (the node, the YARP floor, the Portkey peer), so that each path
/// pays for its own runtime, threads and collections as it would in production. Its CPU time is read from the process.
/// </summary>
internal sealed class ChildServer : IDisposable
{
    private readonly Action? _cleanup;

    private ChildServer(Process process, string baseUrl, Action? cleanup) => (Process, BaseUrl, _cleanup) = (process, baseUrl, cleanup);

    /// <summary>The process.</summary>
    public Process Process { get; }

    /// <summary>The OpenAI base URL, <c>http://127.0.0.1:PORT/v1</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>A free loopback port.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Starts <paramref name="start"/>, which must listen on <paramref name="port"/>, and waits until it is ready: until
    /// <paramref name="readyPath"/> answers 2xx, or, when it is null, until the port accepts connections.
    /// </summary>
    /// <exception cref="InvalidOperationException">It exited or was not ready within <paramref name="timeout"/> (its last output is in the message).</exception>
    public static async Task<ChildServer> StartAsync(string what, ProcessStartInfo start, int port, string? readyPath, TimeSpan timeout, Action? cleanup = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{what} could not be started ({start.FileName}).");
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            try
            {
                if (readyPath is null)
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync("127.0.0.1", port);
                    return new ChildServer(process, $"http://127.0.0.1:{port}/v1", cleanup);
                }

                using var ready = await http.GetAsync($"http://127.0.0.1:{port}{readyPath}");
                if (ready.IsSuccessStatusCode)
                {
                    return new ChildServer(process, $"http://127.0.0.1:{port}/v1", cleanup);
                }
            }
            catch (Exception ex) when (ex is SocketException or HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        var exited = process.HasExited;
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        cleanup?.Invoke();
        throw new InvalidOperationException($"{what} did not become ready on port {port} ({(exited ? $"it exited with {process.ExitCode}" : "timed out")}):\n{string.Join('\n', output.TakeLast(20))}");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit(5000);
        }

        Process.Dispose();
        _cleanup?.Invoke();
    }
}
