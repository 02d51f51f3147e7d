using System.Net;
using LocalMesh.Mesh.Hosting;
using LocalMesh.Mesh.Transport;
using LocalMesh.Server.Tests;
using LocalMesh.Testing;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Tests.Security;

/// <summary>
/// The mesh under the per-site users and subject permissions of docs/mesh-nats.conf (sites "plant" and "hq"): it
/// works, a node without valid credentials cannot connect, and one site cannot subscribe to another's subjects.
/// </summary>
public sealed class PermissionsTests : IAsyncLifetime
{
    private readonly NatsServerProcess _server = new(TempDirectories.Create("localmesh-nats-auth-"), port: 0)
    {
        ConfigFile = Path.Combine(AppContext.BaseDirectory, "mesh-nats.conf"),
    };

    public ValueTask InitializeAsync() => new(_server.StartAsync(TimeSpan.FromSeconds(30)));

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static Dictionary<string, string?> Login(string user, string password) => new() { ["Mesh:User"] = user, ["Mesh:Password"] = password };

    [Fact]
    public async Task Mesh_WithPerSiteUsers_ServesWithinAndAcrossSites()
    {
        await using var upstream = await FakeLlmServer.StartAsync("hq-upstream");
        upstream.Reply = "from hq";
        await using var hq = await MeshNodes.StartAsync(_server.Url, "hq", "hq1", Login("hq", "change-me-hq"), TestNode.Backend("ollama", "edge", upstream.BaseUrl, "m9"));
        await using var plant = await MeshNodes.StartAsync(_server.Url, "plant", "p1", Login("plant", "change-me-plant"), new Dictionary<string, string?>
        {
            ["Policy:Domains:shared:Tiers:0"] = "local",
            ["Policy:Domains:shared:Tiers:1"] = "remote",
        });
        await MeshNodes.WaitForModelAsync(plant, "hq1", "m9");

        using var response = await plant.ChatAsync(TestNode.Body("opening hours", model: "m9"), domain: "shared");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("backend=ollama@hq1", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_WrongPassword_IsRefused()
    {
        var options = new MeshOptions { Url = _server.Url, Site = "plant", NodeId = "intruder", User = "plant", Password = "guess" };
        await using var connection = new NatsConnection(MeshConnection.CreateOpts(options) with { RetryOnInitialConnect = false });

        await Assert.ThrowsAnyAsync<NatsException>(async () => await connection.ConnectAsync());
    }

    [Fact]
    public async Task Subscribe_AnotherSitesSubjects_IsAPermissionsViolation()
    {
        var options = new MeshOptions { Url = _server.Url, Site = "plant", NodeId = "snoop", User = "plant", Password = "change-me-plant" };
        await using var connection = new NatsConnection(MeshConnection.CreateOpts(options));
        var violation = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.ServerError += (_, e) =>
        {
            violation.TrySetResult(e.Error);
            return ValueTask.CompletedTask;
        };
        await connection.ConnectAsync();

        await using var sub = await connection.SubscribeCoreAsync<byte[]>(MeshSubjects.Chat("hq", "hq1"), cancellationToken: TestContext.Current.CancellationToken);
        var error = await violation.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Contains("Permissions Violation for Subscription", error, StringComparison.OrdinalIgnoreCase);
    }
}
