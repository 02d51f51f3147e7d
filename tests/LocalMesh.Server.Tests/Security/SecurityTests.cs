using System.Net;
using LocalMesh.Configuration;
using LocalMesh.Testing;

namespace LocalMesh.Server.Tests.Security;

public sealed class SecurityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Keys_AreRequired_LimitDomainsAndAdmin_AndRateLimitPerKey()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.Merge(
            TestNode.Backend("edge", "edge", edge.BaseUrl, "m"),
            new Dictionary<string, string?>
            {
                ["Keys:alice:Hash"] = ApiKeyHash.Compute("alice-secret"),
                ["Keys:alice:Domains:0"] = "general",
                ["Keys:admin:Hash"] = ApiKeyHash.Compute("admin-secret"),
                ["Keys:admin:Admin"] = "true",
                ["Keys:limited:Hash"] = ApiKeyHash.Compute("limited-secret"),
                ["Keys:limited:RequestsPerMinute"] = "2",
            }));

        using (var missing = await node.ChatAsync(TestNode.Body("hi")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
            Assert.Equal("missing_api_key", (await TestNode.JsonAsync(missing)).GetProperty("error").GetProperty("code").GetString());
        }

        using (var wrong = await node.ChatAsync(TestNode.Body("hi"), key: "guess"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using (var ok = await node.ChatAsync(TestNode.Body("hi"), domain: "general", key: "alice-secret"))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using (var forbiddenDomain = await node.ChatAsync(TestNode.Body("hi"), domain: "medical", key: "alice-secret"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbiddenDomain.StatusCode);
        }

        using (var auditAsAlice = new HttpRequestMessage(HttpMethod.Get, "/v1/localmesh/audit"))
        {
            auditAsAlice.Headers.Authorization = new("Bearer", "alice-secret");
            using var response = await node.Http.SendAsync(auditAsAlice, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using (var auditAsAdmin = new HttpRequestMessage(HttpMethod.Get, "/v1/localmesh/audit"))
        {
            auditAsAdmin.Headers.Authorization = new("Bearer", "admin-secret");
            using var response = await node.Http.SendAsync(auditAsAdmin, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await node.ChatAsync(TestNode.Body("hi"), key: "limited-secret");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("rate_limit_exceeded", (await TestNode.JsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);

        // Probes and health stay open; the key never reaches the upstream.
        using var health = await node.Http.GetAsync("/health", Ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.DoesNotContain(edge.Requests, r => r.Authorization.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Validation_ReportsEveryErrorAtOnce_NamingTheObjectAtFault()
    {
        var options = new LocalMeshOptions
        {
            Backends = new(StringComparer.OrdinalIgnoreCase)
            {
                ["edge"] = new BackendConfig { Endpoint = "not a url" },
                ["cloud"] = new BackendConfig { Tier = Tier.Cloud, Endpoint = "https://api.example.com/v1", ApiKeyEnv = "LOCALMESH_TEST_MISSING_VAR", MaxConcurrency = 0 },
            },
            Policy = new PolicyConfig { DefaultDomain = "nowhere", Domains = new(StringComparer.OrdinalIgnoreCase) { ["ops"] = new DomainPolicy { Tiers = ["edge", "moon"] } } },
            Keys = new(StringComparer.OrdinalIgnoreCase) { ["bob"] = new ApiKeyConfig { Hash = "plain-text" } },
            Audit = new AuditConfig { CommitIntervalSeconds = -1 },
        };

        var ex = Assert.Throws<LocalMeshConfigurationException>(() => LocalMeshOptionsValidator.ThrowIfInvalid(options, _ => null));
        Assert.Contains(ex.Errors, e => e.StartsWith("LocalMesh:Backends:edge:Endpoint", StringComparison.Ordinal) && e.Contains("not an absolute"));
        Assert.Contains(ex.Errors, e => e.StartsWith("LocalMesh:Backends:cloud:ApiKeyEnv", StringComparison.Ordinal) && e.Contains("LOCALMESH_TEST_MISSING_VAR"));
        Assert.Contains(ex.Errors, e => e.StartsWith("LocalMesh:Backends:cloud:MaxConcurrency", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.StartsWith("LocalMesh:Policy:Domains:ops:Tiers", StringComparison.Ordinal) && e.Contains("moon"));
        Assert.Contains(ex.Errors, e => e.Contains("LocalMesh:Policy:DefaultDomain: 'nowhere'"));
        Assert.Contains(ex.Errors, e => e.StartsWith("LocalMesh:Keys:bob", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.StartsWith("LocalMesh:Audit:CommitIntervalSeconds", StringComparison.Ordinal));
        Assert.Equal(7, ex.Errors.Count);
    }
}
