using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LocalMesh.Mesh.Hosting;

/// <summary>
/// A local <c>nats-server</c> process (Debian's package) with JetStream on and its store under a directory: what
/// <c>localmesh mesh up</c> starts for users who run no NATS server, and what the mesh tests run against. Not
/// thread-safe; one owner.
/// </summary>
public sealed class NatsServerProcess : IAsyncDisposable
{
    private readonly System.Text.StringBuilder _output = new();
    private Process? _process;

    /// <summary>Describes a server to start.</summary>
    /// <param name="storeDir">JetStream's store directory.</param>
    /// <param name="port">Client port (0: a free one).</param>
    /// <param name="host">Interface to listen on.</param>
    public NatsServerProcess(string storeDir, int port = 4222, string host = "127.0.0.1")
    {
        StoreDir = storeDir;
        Host = host;
        Port = port == 0 ? FreePort() : port;
    }

    /// <summary>JetStream's store directory.</summary>
    public string StoreDir { get; }

    /// <summary>The interface it listens on.</summary>
    public string Host { get; }

    /// <summary>The client port.</summary>
    public int Port { get; }

    /// <summary>The URL nodes join with.</summary>
    public string Url => $"nats://{Host}:{Port}";

    /// <summary>The server's name, unique in a cluster (JetStream's replicas are placed by name); default from the machine and the port.</summary>
    public string? Name { get; init; }

    /// <summary>The name it runs under: <see cref="Name"/>, or <c>localmesh-{machine}-{port}</c>.</summary>
    public string EffectiveName => Name ?? $"localmesh-{new string([.. Environment.MachineName.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')])}-{Port}";

    /// <summary>Cluster: this server's route port (0: no cluster).</summary>
    public int ClusterPort { get; init; }

    /// <summary>Cluster: route URLs of the other servers.</summary>
    public IReadOnlyList<string> Routes { get; init; } = [];

    /// <summary>A configuration file (accounts, users, permissions), passed with <c>-c</c>.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Whether it is running.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Its process id, while it runs.</summary>
    public int? ProcessId => IsRunning ? _process!.Id : null;

    /// <summary>What the server wrote so far (its log: e.g. the permission violations of users of a configuration file).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The <c>nats-server</c> executable: on PATH, or where Debian installs it; null when it is not installed.</summary>
    public static string? FindExecutable()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Append("/usr/sbin").Append("/usr/bin"))
        {
            var candidate = Path.Combine(dir, "nats-server");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A free TCP port on loopback.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the server and waits (up to <paramref name="timeout"/>) until it accepts connections.</summary>
    /// <exception cref="FileNotFoundException">nats-server is not installed.</exception>
    /// <exception cref="InvalidOperationException">It exited or did not listen in time (its output is in the message).</exception>
    public async Task StartAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var exe = FindExecutable() ?? throw new FileNotFoundException("nats-server is not installed (Debian: apt-get install -y nats-server).");
        Directory.CreateDirectory(StoreDir);
        var info = new ProcessStartInfo(exe) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in Arguments())
        {
            info.ArgumentList.Add(arg);
        }

        var output = _output;
        _process = Process.Start(info) ?? throw new InvalidOperationException("nats-server did not start.");
        _process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        _process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            if (_process.HasExited)
            {
                lock (output)
                {
                    throw new InvalidOperationException($"nats-server exited with code {_process.ExitCode}: {output.ToString().Trim()}");
                }
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(Host, Port, deadline.Token).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new InvalidOperationException($"nats-server did not listen on {Url} within {timeout.TotalSeconds:0} s.");
            }
        }
    }

    /// <summary>The command line: JetStream on, store dir, port, and the cluster's routes when clustered.</summary>
    public IReadOnlyList<string> Arguments()
    {
        var args = new List<string> { "-a", Host, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-js", "-sd", StoreDir, "-n", EffectiveName };
        if (ConfigFile is not null)
        {
            args.AddRange(["-c", ConfigFile]);
        }

        if (ClusterPort > 0)
        {
            args.AddRange(["--cluster_name", "localmesh", "--cluster", $"nats://{Host}:{ClusterPort}"]);
            if (Routes.Count > 0)
            {
                args.AddRange(["--routes", string.Join(',', Routes)]);
            }
        }

        return args;
    }

    /// <summary>Kills it at once (SIGKILL), as a crash would.</summary>
    public void Kill()
    {
        if (IsRunning)
        {
            _process!.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
    }

    /// <summary>Waits until it exits (for a supervisor); returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process!.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return _process.ExitCode;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }
}
