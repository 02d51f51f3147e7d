using System.Net;
using System.Net.Sockets;
using LocalMesh.Mesh.Hosting;
using NATS.Client.Core;
using NATS.Net;

namespace LocalMesh.Mesh.Tests;

/// <summary>
/// A NATS cluster of real <c>nats-server</c> processes on loopback: each with its own client port, route port and
/// JetStream store, routed to all the others, JetStream clustered (the servers elect a meta leader among themselves).
/// </summary>
internal sealed class NatsCluster : IAsyncDisposable
{
    /// <summary>Describes <paramref name="size"/> servers; <paramref name="configFile"/> gives server i a configuration file (e.g. its route TLS).</summary>
    public NatsCluster(int size, Func<int, string>? configFile = null)
    {
        var ports = DistinctFreePorts(2 * size);
        var routePorts = ports[size..];
        Servers = [.. Enumerable.Range(0, size).Select(i => new NatsServerProcess(Testing.TempDirectories.Create($"localmesh-nats-c{i}-"), port: ports[i])
        {
            Name = $"c{i}",
            ClusterPort = routePorts[i],
            Routes = [.. routePorts.Where((_, j) => j != i).Select(p => $"nats://127.0.0.1:{p}")],
            ConfigFile = configFile?.Invoke(i),
        })];
    }

    /// <summary>The servers.</summary>
    public IReadOnlyList<NatsServerProcess> Servers { get; }

    /// <summary>Every server's client URL, comma-separated: what a node joins with.</summary>
    public string Url => string.Join(',', Servers.Select(s => s.Url));

    /// <summary>Starts every server, then waits (60 s at most) until JetStream answers through each, i.e. the cluster has a meta leader.</summary>
    public async Task StartAsync()
    {
        await Task.WhenAll(Servers.Select(s => s.StartAsync(TimeSpan.FromSeconds(30))));
        foreach (var server in Servers)
        {
            await using var client = new NatsConnection(NatsOpts.Default with { Url = server.Url });
            var js = client.CreateJetStreamContext();
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await js.GetAccountInfoAsync(TestContext.Current.CancellationToken);
                    break;
                }
                catch (Exception ex) when (ex is NatsException or TimeoutException && attempt < 240)
                {
                    await Task.Delay(250, TestContext.Current.CancellationToken);
                }
            }
        }
    }

    /// <summary>Free loopback ports, all different (one at a time, the system may hand out a port it just handed out).</summary>
    private static int[] DistinctFreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var server in Servers)
        {
            await server.DisposeAsync();
        }
    }
}
