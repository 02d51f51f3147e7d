using LocalMesh.Mesh.Hosting;
using LocalMesh.Mesh.Transport;
using LocalMesh.Testing;
using NATS.Client.Core;
using NATS.Net;

namespace LocalMesh.Mesh.Tests.Security;

/// <summary>
/// A nats-server on docs/mesh-nats.conf (one user per site, exact JetStream API subjects) whose admin has made plant's
/// and hq's streams and buckets, as <c>localmesh mesh provision --sites plant,hq</c> does; the admin's connection stays
/// open for tests that read or change what the sites cannot.
/// </summary>
internal sealed class ProvisionedServer : IAsyncDisposable
{
    private ProvisionedServer(NatsServerProcess server, NatsConnection admin)
    {
        Server = server;
        Admin = admin;
    }

    /// <summary>The server.</summary>
    public NatsServerProcess Server { get; }

    /// <summary>The admin's connection.</summary>
    public NatsConnection Admin { get; }

    /// <summary>Starts the server in a new temporary directory named after <paramref name="name"/> and provisions plant and hq.</summary>
    public static async Task<ProvisionedServer> StartAsync(string name, CancellationToken ct)
    {
        var server = new NatsServerProcess(TempDirectories.Create($"localmesh-nats-{name}-"), port: 0)
        {
            ConfigFile = Path.Combine(AppContext.BaseDirectory, "mesh-nats.conf"),
        };
        await server.StartAsync(TimeSpan.FromSeconds(30));
        var options = new MeshOptions { Url = server.Url, Site = "admin", NodeId = "provision", User = "admin", Password = "change-me-admin", PeerTimeoutSeconds = 30 };
        var admin = new NatsConnection(MeshConnection.CreateOpts(options) with { InboxPrefix = "_INBOX" });
        await MeshResources.ProvisionAsync(admin.CreateJetStreamContext(), options, ["plant", "hq"], ct);
        return new ProvisionedServer(server, admin);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Admin.DisposeAsync();
        await Server.DisposeAsync();
    }
}
