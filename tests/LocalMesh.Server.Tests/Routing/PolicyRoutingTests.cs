using System.Net;
using LocalMesh.Testing;

namespace LocalMesh.Server.Tests.Routing;

public sealed class PolicyRoutingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Route_MedicalDomain_NeverReachesCloud_EvenWhenEdgeIsDown()
    {
        await using var mesh = await EdgeAndCloud.StartAsync();
        var (edge, cloud, node) = (mesh.Edge, mesh.Cloud, mesh.Node);

        // Healthy edge: medical goes to edge.
        using var ok = await node.ChatAsync(TestNode.Body("Patient John has diabetes type 2"), domain: "medical");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("tier=edge", ok.Headers.GetValues("x-localmesh-route").Single());

        // Edge failing: medical must not fail over to the cloud.
        edge.FailStatus = 500;
        using var failed = await node.ChatAsync(TestNode.Body("Patient John: insulin dose?"), domain: "medical");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        var error = await TestNode.JsonAsync(failed);
        Assert.Equal("no_backend_available", error.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("medical", error.GetProperty("error").GetProperty("message").GetString());

        // Asking for the cloud model by name is refused by policy, before anything is sent.
        using var explicitCloud = await node.ChatAsync(TestNode.Body("Patient John: insulin dose?", model: "gpt-4o"), domain: "medical");
        Assert.Equal(HttpStatusCode.Forbidden, explicitCloud.StatusCode);

        // Queued instead: still nothing reaches the cloud.
        using var queued = await node.ChatAsync(TestNode.Body("Patient John: insulin dose?"), domain: "medical", queue: true);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);

        Assert.Empty(cloud.Requests);
        Assert.False(cloud.Received("Patient John"));
    }

    [Fact]
    public async Task Route_GeneralDomain_FailsOverFromEdgeToCloud()
    {
        await using var mesh = await EdgeAndCloud.StartAsync();
        var (edge, cloud, node) = (mesh.Edge, mesh.Cloud, mesh.Node);

        edge.ProbesFollowFailures = false; // probes keep saying "healthy": this tests failover on a failed call
        edge.FailStatus = 503;
        using var response = await node.ChatAsync(TestNode.Body("What is the capital of France?"), domain: "general");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await TestNode.JsonAsync(response);
        Assert.Equal("Hello from cloud.", json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        var route = json.GetProperty("localmesh");
        Assert.Equal("cloud", route.GetProperty("tier").GetString());
        Assert.Contains("failover after edge", route.GetProperty("reason").GetString());
        Assert.Equal(["specialists", "edge", "cloud"], route.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("backend").GetString()));
        Assert.Single(edge.Requests);
        Assert.Single(cloud.Requests);
        Assert.Contains("degraded=false", response.Headers.GetValues("x-localmesh-route").Single());
    }

    [Fact]
    public async Task Route_UnclassifiedRequest_StaysOnSiteByDefault()
    {
        await using var cloud = await FakeLlmServer.StartAsync("cloud");
        await using var node = await TestNode.StartAsync(TestNode.Backend("cloud", "cloud", cloud.BaseUrl, "gpt-4o"));

        using var response = await node.ChatAsync(TestNode.Body("no domain given"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(cloud.Requests);
    }

    [Fact]
    public async Task Route_ExplicitModel_GoesToTheBackendThatServesIt_AndUnknownModelIs404()
    {
        await using var a = await FakeLlmServer.StartAsync("a");
        await using var b = await FakeLlmServer.StartAsync("b");
        await using var node = await TestNode.StartAsync(TestNode.Merge(
            TestNode.Backend("a", "edge", a.BaseUrl, "small"),
            TestNode.Backend("b", "edge", b.BaseUrl, "large")));

        using var large = await node.ChatAsync(TestNode.Body("hi", model: "large"));
        Assert.Equal("Hello from b.", (await TestNode.JsonAsync(large)).GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        using var pinned = await node.ChatAsync(TestNode.Body("hi", model: "a/custom-name"));
        Assert.Equal(HttpStatusCode.OK, pinned.StatusCode);
        Assert.Contains("\"model\":\"custom-name\"", a.Requests.Last().Body);

        using var unknown = await node.ChatAsync(TestNode.Body("hi", model: "nope"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("model_not_found", (await TestNode.JsonAsync(unknown)).GetProperty("error").GetProperty("code").GetString());

        using var models = await node.Http.GetAsync("/v1/models", Ct);
        var ids = (await TestNode.JsonAsync(models)).GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Contains("auto", ids);
        Assert.Contains("small", ids);
        Assert.Contains("b/large", ids);
    }

    [Fact]
    public async Task Route_UnknownRequestFields_ArePassedThroughToTheUpstream()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "m"));

        using var response = await node.ChatAsync("""{"model":"auto","messages":[{"role":"user","content":"hi"}],"top_k":7,"temperature":0.5}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = edge.Requests.Single().Body;
        Assert.Contains("\"top_k\":7", sent);
        Assert.Contains("\"temperature\":0.5", sent);
    }

    [Fact]
    public async Task Route_UpstreamRejectsTheRequest_ClientGetsThe4xx_AndNoOtherBackendIsTried()
    {
        await using var mesh = await EdgeAndCloud.StartAsync();
        var (edge, cloud, node) = (mesh.Edge, mesh.Cloud, mesh.Node);

        edge.ProbesFollowFailures = false;
        edge.FailStatus = 400;
        using var response = await node.ChatAsync(TestNode.Body("x"), domain: "general");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await TestNode.JsonAsync(response)).GetProperty("error");
        Assert.Equal("upstream_rejected", error.GetProperty("code").GetString());
        Assert.Contains("edge is failing on purpose", error.GetProperty("message").GetString());
        Assert.Empty(cloud.Requests);
    }
}
