using System.Net;
using System.Text.Json;
using LocalMesh.Knowledge.Index;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Server.Tests.Knowledge;

/// <summary>Model <c>auto</c> consults the knowledge base: a question about a collection the caller may see is answered from it, others are routed as before.</summary>
public sealed class KnowledgeAutoTests
{
    private const string Handbook = KnowledgeAnsweringTests.Handbook;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static KnowledgeIndex Index(TestNode node) => node.Services.GetRequiredService<KnowledgeIndex>();

    private static Task<EdgeAndCloud> StartAsync() => EdgeAndCloud.StartAsync(TestNode.Merge(TestNode.AdminAndOpsKeys(), new Dictionary<string, string?>
    {
        ["Privacy:ClassifyDomains"] = "false", // only the passages decide the domain
        ["Knowledge:CacheEntries"] = "0",
    }));

    [Fact]
    public async Task AQuestionAboutACollection_IsAnsweredFromIt_WithoutNamingKb()
    {
        await using var mesh = await StartAsync();
        Index(mesh.Node).AddText("hr", "hr", "/handbook/leave.md", Handbook);
        mesh.Edge.Reply = "Sixteen weeks, at full pay [1].";

        using var response = await mesh.Node.ChatAsync(TestNode.Body("How long is parental leave?"), domain: "general", key: "admin-secret");
        var json = await TestNode.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var route = response.Headers.GetValues("x-localmesh-route").Single();
        Assert.Contains("backend=edge", route, StringComparison.Ordinal);
        Assert.Contains("domain=hr", route, StringComparison.Ordinal); // the passages' domain: the cloud is out of reach
        Assert.Matches("reason=\"model auto: about knowledge collection hr \\(evidence 0\\.\\d\\d\\); grounded in \\d passages? from hr; ", route);
        Assert.StartsWith("Sixteen weeks, at full pay [1].\n\nSources:\n[1] hr: leave.md", json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("hr", json.GetProperty("localmesh").GetProperty("collections")[0].GetString());
        Assert.NotEmpty(json.GetProperty("localmesh").GetProperty("citations").EnumerateArray());
        Assert.Single(mesh.Edge.Requests);
        Assert.True(mesh.Edge.Received("Parental leave is sixteen weeks at full pay."), "the edge is given the passages");
        Assert.Empty(mesh.Cloud.Requests);
    }

    [Theory]
    [InlineData("What is the capital of Australia?")]
    [InlineData("Write a haiku about autumn rain")]
    public async Task AnOffTopicQuestion_IsNotAnsweredFromTheKnowledgeBase_AndGoesOnAsBefore(string question)
    {
        await using var mesh = await StartAsync();
        Index(mesh.Node).AddText("hr", "hr", "/handbook/leave.md", Handbook);

        using var response = await mesh.Node.ChatAsync(TestNode.Body(question), domain: "general", key: "admin-secret");
        var json = await TestNode.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello from edge.", json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        var route = response.Headers.GetValues("x-localmesh-route").Single();
        Assert.DoesNotContain("knowledge", route, StringComparison.Ordinal);
        Assert.Contains("domain=general", route, StringComparison.Ordinal);
        Assert.False(json.GetProperty("localmesh").TryGetProperty("citations", out _));
        var sent = Assert.Single(mesh.Edge.Requests);
        Assert.DoesNotContain("sixteen weeks", sent.Body, StringComparison.Ordinal); // no passage went with it
    }

    [Fact]
    public async Task ACollectionTheKeyMayNotSee_IsNeverConsulted()
    {
        await using var mesh = await StartAsync();
        Index(mesh.Node).AddText("hr", "hr", "/handbook/leave.md", Handbook);

        using var response = await mesh.Node.ChatAsync(TestNode.Body("How long is parental leave?"), domain: "general", key: "ops-secret"); // ops: general only

        var json = await TestNode.JsonAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("knowledge", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);
        Assert.False(json.GetProperty("localmesh").TryGetProperty("citations", out _));
        Assert.DoesNotContain("sixteen weeks", Assert.Single(mesh.Edge.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAutoOff_TheKnowledgeBaseIsNotConsulted()
    {
        await using var mesh = await EdgeAndCloud.StartAsync(new Dictionary<string, string?> { ["Knowledge:Auto"] = "false", ["Privacy:ClassifyDomains"] = "false" });
        Index(mesh.Node).AddText("hr", "hr", "/handbook/leave.md", Handbook);

        using var response = await mesh.Node.ChatAsync(TestNode.Body("How long is parental leave?"), domain: "general");

        Assert.DoesNotContain("knowledge", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("sixteen weeks", Assert.Single(mesh.Edge.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStreamedAutoQuestion_IsAnsweredFromTheCollection_WithItsSources()
    {
        await using var mesh = await StartAsync();
        Index(mesh.Node).AddText("hr", "hr", "/handbook/leave.md", Handbook);
        mesh.Edge.Reply = "Sixteen weeks [1].";

        using var response = await mesh.Node.ChatAsync(TestNode.Body("How long is parental leave?", stream: true), domain: "general", key: "admin-secret");
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("model auto: about knowledge collection hr", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);
        var content = string.Concat(text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Where(e => e != "data: [DONE]")
            .Select(e => JsonDocument.Parse(e["data: ".Length..]).RootElement)
            .Where(e => e.GetProperty("choices").GetArrayLength() > 0 && e.GetProperty("choices")[0].GetProperty("delta").TryGetProperty("content", out _))
            .Select(e => e.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString()));
        Assert.StartsWith("Sixteen weeks [1].\n\nSources:\n[1] hr: leave.md", content, StringComparison.Ordinal);
    }
}
