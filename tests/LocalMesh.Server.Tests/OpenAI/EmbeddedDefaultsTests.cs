using System.Net;

namespace LocalMesh.Server.Tests.OpenAI;

public sealed class EmbeddedDefaultsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Node_WithNoBackendsConfigured_StartsAndExplainsWhyItCannotAnswer()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());

        using var health = await node.Http.GetAsync("/health/ready", Ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        using var models = await node.Http.GetAsync("/v1/models", Ct);
        Assert.Equal("auto", (await TestNode.JsonAsync(models)).GetProperty("data")[0].GetProperty("id").GetString());

        using var chat = await node.ChatAsync(TestNode.Body("hello"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, chat.StatusCode);
        Assert.Contains("no backend is configured", (await TestNode.JsonAsync(chat)).GetProperty("error").GetProperty("message").GetString());

        using var queued = await node.ChatAsync(TestNode.Body("hello"), queue: true);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        Assert.True(File.Exists(Path.Combine(node.DataDir, "localmesh.db")));
    }
}
