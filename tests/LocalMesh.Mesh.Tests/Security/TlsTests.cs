using System.Net;
using LocalMesh.Mesh.Hosting;
using LocalMesh.Mesh.Transport;
using LocalMesh.Server.Tests;
using LocalMesh.Testing;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Tests.Security;

/// <summary>
/// The mesh over TLS with client certificates (a nats-server requiring TLS and verifying clients against a CA made at
/// test time): nodes with valid certificates join and serve; without a certificate, with one from another CA, or
/// trusting another CA than the server's, a node cannot connect, so it cannot join.
/// </summary>
public sealed class TlsTests : IAsyncLifetime
{
    private readonly string _dir = TempDirectories.Create("localmesh-tls-");
    private readonly TestCertificates _ca;
    private readonly TestCertificates _otherCa;
    private readonly NatsServerProcess _server;

    public TlsTests()
    {
        _ca = new TestCertificates(_dir, "mesh-ca");
        _otherCa = new TestCertificates(_dir, "other-ca");
        var (cert, key) = _ca.Issue("nats-server", server: true);
        var config = Path.Combine(_dir, "nats-tls.conf");
        File.WriteAllText(config, $$"""
            tls {
              cert_file: "{{cert}}"
              key_file: "{{key}}"
              ca_file: "{{_ca.CaFile}}"
              verify: true
              timeout: 5
            }
            """);
        _server = new NatsServerProcess(Path.Combine(_dir, "js"), port: 0) { ConfigFile = config };
    }

    public ValueTask InitializeAsync() => new(_server.StartAsync(TimeSpan.FromSeconds(30)));

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _ca.Dispose();
        _otherCa.Dispose();
    }

    private Dictionary<string, string?> Tls(string node, TestCertificates issuer)
    {
        var (cert, key) = issuer.Issue(node, server: false);
        return new() { ["Mesh:Tls"] = "true", ["Mesh:TlsCaFile"] = _ca.CaFile, ["Mesh:TlsCertFile"] = cert, ["Mesh:TlsKeyFile"] = key };
    }

    [Fact]
    public async Task Mesh_OverMutualTls_JoinsAndServes()
    {
        await using var upstream = await FakeLlmServer.StartAsync("tls-upstream");
        await using var peer = await MeshNodes.StartAsync(_server.Url, "plant", "tb", Tls("tb", _ca), TestNode.Backend("ollama", "edge", upstream.BaseUrl, "m"));
        await using var entry = await MeshNodes.StartAsync(_server.Url, "plant", "ta", Tls("ta", _ca));
        await MeshNodes.WaitForModelAsync(entry, "tb", "m");

        using var response = await entry.ChatAsync(TestNode.Body("over tls", model: "m"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("backend=ollama@tb", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_WithoutValidCredentials_IsRefused()
    {
        var good = Tls("good", _ca);
        var mine = new MeshOptions { Url = _server.Url, Site = "plant", NodeId = "x", Tls = true, TlsCaFile = _ca.CaFile };
        var (foreignCert, foreignKey) = _otherCa.Issue("foreign", server: false);

        await AssertRefusedAsync(mine); // no client certificate
        await AssertRefusedAsync(mine with { TlsCertFile = foreignCert, TlsKeyFile = foreignKey }); // signed by a CA the server does not trust
        await AssertRefusedAsync(mine with { TlsCaFile = _otherCa.CaFile, TlsCertFile = good["Mesh:TlsCertFile"], TlsKeyFile = good["Mesh:TlsKeyFile"] }); // the server is not who this node trusts
        await using var connection = new NatsConnection(MeshConnection.CreateOpts(mine with { TlsCertFile = good["Mesh:TlsCertFile"], TlsKeyFile = good["Mesh:TlsKeyFile"] }) with { RetryOnInitialConnect = false });
        await connection.ConnectAsync(); // and the same options with a good certificate connect
    }

    private static async Task AssertRefusedAsync(MeshOptions options)
    {
        await using var connection = new NatsConnection(MeshConnection.CreateOpts(options) with { RetryOnInitialConnect = false, MaxReconnectRetry = 0 });
        await Assert.ThrowsAnyAsync<NatsException>(async () => await connection.ConnectAsync());
    }
}
