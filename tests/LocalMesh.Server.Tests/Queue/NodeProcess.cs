using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LocalMesh.Server.Tests.Queue;

/// <summary>A node started as its own process with the real CLI (<c>localmesh up</c>), so tests can kill it.</summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;

    private NodeProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
    }

    /// <summary>The node's address.</summary>
    public Uri BaseUri { get; }

    /// <summary>Raised with each line the node writes (standard output and error), as it arrives.</summary>
    public event Action<string>? OutputLine;

    private void Line(string? line)
    {
        if (line is not null)
        {
            OutputLine?.Invoke(line);
        }
    }

    /// <summary>A free loopback port.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts <c>localmesh up</c> and waits until <c>/health</c> answers (30 s at most, or <paramref name="startTimeout"/>).</summary>
    public static async Task<NodeProcess> StartAsync(int port, string dataDir, string configFile, TimeSpan? startTimeout = null)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "localmesh.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "up", "--urls", $"http://127.0.0.1:{port}", "--data-dir", dataDir, "--config", configFile })
        {
            info.ArgumentList.Add(arg);
        }

        await Testing.TestIntentModels.EnsureCachedAsync();
        info.Environment["LocalMesh__Specialists__ModelCache"] = Testing.TestIntentModels.CacheDir;
        var process = Process.Start(info)!;
        var node = new NodeProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => node.Line(e.Data);
        process.ErrorDataReceived += (_, e) => node.Line(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = node.BaseUri, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + (startTimeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"localmesh up exited with code {process.ExitCode}.");
            }

            try
            {
                using var response = await http.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    return node;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(100);
        }

        await node.DisposeAsync();
        throw new TimeoutException($"localmesh up did not start within {(startTimeout ?? TimeSpan.FromSeconds(30)).TotalSeconds:0} s.");
    }

    /// <summary>Kills the process at once (no graceful shutdown).</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
