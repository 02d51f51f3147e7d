using LocalMesh.Mesh.Hosting;

namespace LocalMesh.Mesh.Tests;

/// <summary>A real nats-server (JetStream on) on a free loopback port, shared by the tests of a class.</summary>
public sealed class NatsServerFixture : IAsyncLifetime
{
    /// <summary>The server.</summary>
    public NatsServerProcess Server { get; } = new(Testing.TempDirectories.Create("localmesh-nats-"), port: 0);

    /// <summary>The URL nodes join with.</summary>
    public string Url => Server.Url;

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => await Server.StartAsync(TimeSpan.FromSeconds(30));

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
