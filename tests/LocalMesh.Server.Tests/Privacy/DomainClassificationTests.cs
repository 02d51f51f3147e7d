using System.Net;
using System.Text;
using LocalMesh.Configuration;

namespace LocalMesh.Server.Tests.Privacy;

/// <summary>The data-domain classifier feeding the gateway's policy, end to end.</summary>
public sealed class DomainClassificationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> SensitiveRequests() => new()
    {
        { "The patient's biopsy confirmed stage II cancer; draft the oncology referral.", "medical" },
        { "Write the termination letter and severance calculation for the warehouse supervisor.", "hr" },
        { "Here is the root password and the SSH key for the production cluster, why can't I log in?", "secret" },
    };

    [Theory]
    [MemberData(nameof(SensitiveRequests))]
    public async Task SensitiveRequests_DeclaredGeneral_NeverReachTheCloud_WhateverTheBackendsDo(string prompt, string domain)
    {
        await using var mesh = await EdgeAndCloud.StartAsync();

        // Healthy edge and cloud; then the edge unavailable; then failing. The cloud must not see any of them.
        foreach (var edgeState in new[] { 0, 503, 500 })
        {
            mesh.Edge.FailStatus = edgeState;
            using var response = await mesh.Node.ChatAsync(TestNode.Body(prompt, model: "auto"), domain: "general");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var route = (await TestNode.JsonAsync(response)).GetProperty("localmesh");
                Assert.Equal(domain, route.GetProperty("domain").GetString());
                Assert.Equal("classifier", route.GetProperty("domain_source").GetString());
                Assert.NotEqual("cloud", route.GetProperty("tier").GetString());
            }
            else
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            }
        }

        // Asking for the cloud model by name does not get it there either.
        using var named = await mesh.Node.ChatAsync(TestNode.Body(prompt, model: "gpt-4o"), domain: "general");
        Assert.NotEqual(HttpStatusCode.OK, named.StatusCode);
        Assert.Empty(mesh.Cloud.Requests);
    }

    [Fact]
    public async Task ClassifyUndeclared_LetsClearlyGeneralTextUseTheCloud_AndKeepsTheRestOnSite()
    {
        await using var strict = await EdgeAndCloud.StartAsync();
        using (var response = await strict.Node.ChatAsync(TestNode.Body("Write a haiku about autumn leaves.", model: "gpt-4o")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode); // undeclared stays 'unclassified' by default
        }

        await using var open = await EdgeAndCloud.StartAsync(new Dictionary<string, string?> { ["Policy:ClassifyUndeclared"] = "true" });
        using (var general = await open.Node.ChatAsync(TestNode.Body("Write a haiku about autumn leaves.", model: "gpt-4o")))
        {
            Assert.Equal(HttpStatusCode.OK, general.StatusCode);
            var route = (await TestNode.JsonAsync(general)).GetProperty("localmesh");
            Assert.Equal("general", route.GetProperty("domain").GetString());
            Assert.Equal("cloud", route.GetProperty("tier").GetString());
        }

        using (var vague = await open.Node.ChatAsync(TestNode.Body("hmm", model: "auto")))
        {
            Assert.Equal("unclassified", (await TestNode.JsonAsync(vague)).GetProperty("localmesh").GetProperty("domain").GetString());
        }

        using (var medical = await open.Node.ChatAsync(TestNode.Body("My insulin dose and glucose readings from this week", model: "auto")))
        {
            Assert.Equal("medical", (await TestNode.JsonAsync(medical)).GetProperty("localmesh").GetProperty("domain").GetString());
        }

        Assert.Single(open.Cloud.Requests);
    }

    [Fact]
    public async Task TeachingThroughTheApi_RoutesANewKindOfText_AndBadExamplesAreRefused()
    {
        var config = new Dictionary<string, string?>
        {
            ["Policy:Domains:plant:Tiers:0"] = "local",
            ["Policy:Domains:plant:Tiers:1"] = "edge",
            ["Keys:admin:Hash"] = ApiKeyHash.Compute("admin-secret"),
            ["Keys:admin:Admin"] = "true",
            ["Keys:user:Hash"] = ApiKeyHash.Compute("user-secret"),
        };
        await using var mesh = await EdgeAndCloud.StartAsync(config);
        const string Probe = "Extruder 4 lost pressure during the changeover on the night shift.";

        using (var notAdmin = await mesh.Node.SendAsync(HttpMethod.Post, "/v1/localmesh/domains/examples", "user-secret", new { domain = "plant", text = "x" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        }

        using (var unknown = await mesh.Node.SendAsync(HttpMethod.Post, "/v1/localmesh/domains/examples", "admin-secret", new { domain = "astrology", text = "the stars" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            var error = (await TestNode.JsonAsync(unknown)).GetProperty("error");
            Assert.Equal("invalid_example", error.GetProperty("code").GetString());
            Assert.Contains("not a policy domain", error.GetProperty("message").GetString());
        }

        using (var missing = await mesh.Node.SendAsync(HttpMethod.Post, "/v1/localmesh/domains/examples", "admin-secret", new { domain = "plant" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        }

        using (var taught = await mesh.Node.SendAsync(HttpMethod.Post, "/v1/localmesh/domains/examples", "admin-secret", new
        {
            domain = "plant",
            texts = new[]
            {
                "Extruder 2 runs hot when the resin batch is damp.",
                "The night shift logged a pressure drop on line 1.",
                "Changeover on the extruder line takes forty minutes.",
                "Resin dryer setpoint for line 3 is 80 degrees.",
            },
        }))
        {
            Assert.Equal(HttpStatusCode.Created, taught.StatusCode);
            Assert.Equal(4, (await TestNode.JsonAsync(taught)).GetProperty("added").GetInt32());
        }

        using (var scan = await mesh.Node.SendAsync(HttpMethod.Post, "/v1/localmesh/scan", "user-secret", new { text = Probe }))
        {
            var domain = (await TestNode.JsonAsync(scan)).GetProperty("domain");
            Assert.Equal("plant", domain.GetProperty("name").GetString());
            Assert.True(domain.GetProperty("counts").GetBoolean());
        }

        using (var chat = await mesh.Node.ChatAsync(TestNode.Body(Probe, model: "auto"), domain: "general", key: "user-secret"))
        {
            var route = (await TestNode.JsonAsync(chat)).GetProperty("localmesh");
            Assert.Equal("plant", route.GetProperty("domain").GetString());
            Assert.Equal("edge", route.GetProperty("tier").GetString());
        }

        using var list = await mesh.Node.SendAsync(HttpMethod.Get, "/v1/localmesh/domains/examples", "admin-secret", null);
        var id = (await TestNode.JsonAsync(list)).GetProperty("data")[0].GetProperty("id").GetInt64();
        using (var removed = await mesh.Node.SendAsync(HttpMethod.Delete, $"/v1/localmesh/domains/examples/{id}", "admin-secret", null))
        {
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        }

        using (var gone = await mesh.Node.SendAsync(HttpMethod.Delete, $"/v1/localmesh/domains/examples/{id}", "admin-secret", null))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        using var domains = await mesh.Node.SendAsync(HttpMethod.Get, "/v1/localmesh/domains", "user-secret", null);
        var plant = (await TestNode.JsonAsync(domains)).GetProperty("data").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "plant");
        Assert.True(plant.GetProperty("classified").GetBoolean());
        Assert.Empty(mesh.Cloud.Requests);
    }

    [Fact]
    public async Task DomainBlock_RefusesContentOfThatDomain_NamingTheRule()
    {
        await using var mesh = await EdgeAndCloud.StartAsync(new Dictionary<string, string?> { ["Privacy:Domains:hr"] = "block" });

        using (var hr = await mesh.Node.ChatAsync(TestNode.Body("Write the termination letter and severance calculation for the warehouse supervisor."), domain: "general"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, hr.StatusCode);
            var error = (await TestNode.JsonAsync(hr)).GetProperty("error");
            Assert.Equal("domain_blocked", error.GetProperty("code").GetString());
            var message = error.GetProperty("message").GetString()!;
            Assert.Contains("LocalMesh:Privacy:Domains:hr=block", message); // the rule
            Assert.Matches(@"classified as 'hr' by the data-domain classifier \(score 0\.\d\d, threshold 0\.40\)", message); // the domain and the score
            Assert.Contains("the domain came from the content", message);
            Assert.Contains("LocalMesh:Privacy:Domains:hr=keep-local", message); // how to override
            Assert.Contains("localmesh domains teach", message); // how to report a misclassification
            Assert.Equal("tier=none; backend=-; model=-; domain=hr; degraded=false; reason=\"refused: domain_blocked (domain from classifier)\"",
                hr.Headers.GetValues("x-localmesh-route").Single());
        }

        using var general = await mesh.Node.ChatAsync(TestNode.Body("Write a haiku about autumn leaves.", model: "gpt-4o"), domain: "general");
        Assert.Equal(HttpStatusCode.OK, general.StatusCode);
        Assert.Empty(mesh.Edge.Requests);
    }

    [Fact]
    public async Task DomainExamplesForUnknownDomains_AreReportedAtStart()
    {
        var error = await Assert.ThrowsAsync<Configuration.LocalMeshConfigurationException>(() => TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["Privacy:DomainExamples:astrology:0"] = "the stars say so",
            ["Privacy:DomainThreshold"] = "1.5",
            ["Privacy:Domains:medical"] = "shred",
        }));
        Assert.Equal(3, error.Errors.Count);
        Assert.Contains(error.Errors, e => e.Contains("Privacy:DomainExamples:astrology", StringComparison.Ordinal));
    }
}
