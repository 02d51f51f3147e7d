using System.Net;
using System.Text.Json;
using LocalMesh.Testing;

namespace LocalMesh.Server.Tests.Privacy;

public sealed class EntityActionTests
{
    private const string PrivateKey = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----";

    [Fact]
    public async Task Block_RefusesTheRequest_NamingTheRule_AndNothingLeaves()
    {
        await using var mesh = await EdgeAndCloud.StartAsync(new Dictionary<string, string?> { ["Privacy:Entities:PRIVATE_KEY"] = "block" });
        using var response = await mesh.Node.ChatAsync(TestNode.Body("why does this key not work?\n" + PrivateKey, model: "gpt-4o"), domain: "general");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await TestNode.JsonAsync(response)).GetProperty("error");
        Assert.Equal("entity_blocked", error.GetProperty("code").GetString());
        Assert.Contains("LocalMesh:Privacy:Entities:PRIVATE_KEY=block", error.GetProperty("message").GetString());
        Assert.Empty(mesh.Cloud.Requests);
        Assert.Empty(mesh.Edge.Requests);
    }

    [Fact]
    public async Task KeepLocal_RoutesTheRequestOffTheCloud_EvenWhenTheEdgeIsDown()
    {
        await using var mesh = await EdgeAndCloud.StartAsync(new Dictionary<string, string?> { ["Privacy:Entities:AWS_KEY"] = "keep-local" });
        var prompt = "Is AKIAIOSFODNN7EXAMPLE still valid for the deploy bucket?";
        using (var response = await mesh.Node.ChatAsync(TestNode.Body(prompt), domain: "general"))
        {
            var route = (await TestNode.JsonAsync(response)).GetProperty("localmesh");
            Assert.Equal("edge", route.GetProperty("tier").GetString());
            Assert.Equal("unclassified", route.GetProperty("domain").GetString());
            Assert.Equal("classifier", route.GetProperty("domain_source").GetString());
        }

        mesh.Edge.FailStatus = 503;
        using (var down = await mesh.Node.ChatAsync(TestNode.Body(prompt), domain: "general"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        }

        Assert.Empty(mesh.Cloud.Requests);

        // Without the entity the same request may use the cloud.
        using var general = await mesh.Node.ChatAsync(TestNode.Body("Is the deploy bucket versioned?", model: "gpt-4o"), domain: "general");
        Assert.Equal(HttpStatusCode.OK, general.StatusCode);
        Assert.Single(mesh.Cloud.Requests);
    }

    [Fact]
    public async Task Allow_SendsThatTypeAsIs_WhileOthersAreStillRedacted()
    {
        await using var mesh = await EdgeAndCloud.StartAsync(new Dictionary<string, string?> { ["Privacy:Entities:EMAIL"] = "allow", ["Privacy:ClassifyDomains"] = "false" });
        using var response = await mesh.Node.ChatAsync(TestNode.Body("write to support@example.com about card 4111 1111 1111 1111", model: "gpt-4o"), domain: "general");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = JsonDocument.Parse(Assert.Single(mesh.Cloud.Requests).Body).RootElement.GetProperty("messages")[0].GetProperty("content").GetString();
        Assert.Equal("write to support@example.com about card <CREDIT_CARD_1>", sent);
    }

    [Fact]
    public async Task BadEntityActions_AreReportedAtStart()
    {
        var error = await Assert.ThrowsAsync<Configuration.LocalMeshConfigurationException>(() => TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["Privacy:Entities:EMAIL"] = "shred",
            ["Privacy:RedactTiers:0"] = "moon",
            ["Privacy:KeepLocalDomain"] = "nowhere",
        }));
        Assert.Equal(3, error.Errors.Count);
    }
}
