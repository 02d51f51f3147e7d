using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using LocalMesh.Mesh.Tests.Security;
using LocalMesh.Mesh.Transport;
using LocalMesh.Server.Tests;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Mesh.Tests.Cluster;

/// <summary>
/// A 3-server NATS cluster whose routes use TLS with certificates made at test time (each server's certificate, for
/// 127.0.0.1, is both a server's and a client's, since each server dials the others; every route verifies the other
/// end against the mesh CA): the route ports demand TLS, and two nodes connected to different servers serve each
/// other's requests across the encrypted routes.
/// </summary>
public sealed class ClusterTlsTests : IAsyncLifetime
{
    private readonly string _dir = TempDirectories.Create("localmesh-route-tls-");
    private readonly TestCertificates _ca;
    private readonly NatsCluster _cluster;

    public ClusterTlsTests()
    {
        _ca = new TestCertificates(_dir, "mesh-ca");
        _cluster = new NatsCluster(3, i =>
        {
            var (cert, key) = _ca.Issue($"route-{i}", server: true, alsoClient: true);
            var file = Path.Combine(_dir, $"route-tls-{i}.conf");
            File.WriteAllText(file, $$"""
                cluster {
                  tls {
                    cert_file: "{{cert}}"
                    key_file: "{{key}}"
                    ca_file: "{{_ca.CaFile}}"
                    verify: true
                    timeout: 5
                  }
                }
                """);
            return file;
        });
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _cluster.StartAsync(); // JetStream answers through every server: the routes are up

    public async ValueTask DisposeAsync()
    {
        await _cluster.DisposeAsync();
        _ca.Dispose();
    }

    [Fact]
    public async Task RoutesWithTls_NodesOnDifferentServers_ExchangeARequest()
    {
        // Every route port speaks TLS first (a route in clear would send its INFO line in clear), with the certificate the test made for it.
        for (var i = 0; i < _cluster.Servers.Count; i++)
        {
            var (info, subject) = await RouteOverTlsAsync(_cluster.Servers[i].ClusterPort);
            Assert.StartsWith("INFO {", info, StringComparison.Ordinal);
            Assert.Contains("\"tls_required\":true", info, StringComparison.Ordinal);
            Assert.Equal($"CN=route-{i}", subject);
        }

        await using var upstream = await FakeLlmServer.StartAsync("b-upstream");
        var replicas = new Dictionary<string, string?> { ["Mesh:Replicas"] = "3" };
        // Each node is given one server only, a different one.
        await using var b = await MeshNodes.StartAsync(_cluster.Servers[1].Url, "plant", "rb", replicas, TestNode.Backend("ollama", "edge", upstream.BaseUrl, "m"));
        await using var a = await MeshNodes.StartAsync(_cluster.Servers[0].Url, "plant", "ra", replicas);
        await MeshNodes.WaitForModelAsync(a, "rb", "m");
        Assert.Equal(_cluster.Servers[0].Name, a.Services.GetRequiredService<MeshConnection>().Nats.ServerInfo?.Name);
        Assert.Equal(_cluster.Servers[1].Name, b.Services.GetRequiredService<MeshConnection>().Nats.ServerInfo?.Name);

        using var response = await a.ChatAsync(TestNode.Body("across the routes", model: "m"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("backend=ollama@rb", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);
        Assert.True(upstream.Received("across the routes"));
    }

    /// <summary>
    /// Speaks TLS to a server's route port as a route would (a client certificate of the mesh CA, the server's certificate
    /// checked against the same CA for 127.0.0.1): the handshake comes first, then the route's INFO line over TLS.
    /// </summary>
    private async Task<(string Info, string Subject)> RouteOverTlsAsync(int port)
    {
        var (certFile, keyFile) = _ca.Issue("probe", server: false);
        using var pem = X509Certificate2.CreateFromPemFile(certFile, keyFile);
        using var clientCert = X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null); // SslStream wants a key it can use, not an ephemeral one
        using var ca = X509CertificateLoader.LoadCertificateFromFile(_ca.CaFile);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, Ct);
        await using var tls = new SslStream(client.GetStream());
        var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
        policy.CustomTrustStore.Add(ca);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "127.0.0.1",
            ClientCertificates = new X509CertificateCollection { clientCert },
            CertificateChainPolicy = policy,
        }, Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);
        using var reader = new StreamReader(tls, Encoding.ASCII);
        var line = await reader.ReadLineAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), Ct);
        return (line ?? "", tls.RemoteCertificate?.Subject ?? "");
    }
}
