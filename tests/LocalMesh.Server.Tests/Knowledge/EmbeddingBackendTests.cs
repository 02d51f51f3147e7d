using System.Net;
using System.Text.Json;
using LocalMesh.Knowledge.Index;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Server.Tests.Knowledge;

/// <summary>An embedding backend for the knowledge base: semantic search where words differ, within the collections' policy.</summary>
public sealed class EmbeddingBackendTests
{
    // A toy semantic model: the words of one concept share an axis, so "reboot" lands where "restart" is.
    private static readonly string[][] Concepts =
    [
        ["restart", "reboot", "reset", "bring it back"],
        ["clean", "wash", "rinse"],
        ["salary", "pay", "wage"],
        ["press"],
        ["pump"],
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithAnEmbeddingModel_AQuestionFindsThePassage_InOtherWords()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        edge.Embed = ConceptVector;
        await using var node = await TestNode.StartAsync(TestNode.Merge(
            TestNode.Backend("edge", "edge", edge.BaseUrl, "llama3.2"),
            new Dictionary<string, string?> { ["Backends:edge:EmbeddingModels:0"] = "concept-embed", ["Knowledge:EmbeddingModel"] = "concept-embed" }));
        var index = node.Services.GetRequiredService<KnowledgeIndex>();
        index.AddText("plant", "general", "press.md", "# Press 4\n\n## Start-up\n\nTo restart the press, switch the breaker off for ten minutes.\n\n## Cleaning\n\nClean the press rollers every week with the blue solvent.");
        index.AddText("plant", "general", "pump.md", "# Pump 2\n\n## Start-up\n\nPrime the pump before the first start.");
        await WaitEmbeddedAsync(node, "plant", 3);

        using var search = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/search", null, new { query = "How do I reboot the press?", mode = "dense", limit = 1 });
        var json = await TestNode.JsonAsync(search);
        Assert.True(json.GetProperty("semantic").GetBoolean());
        Assert.Contains("restart the press", json.GetProperty("data")[0].GetProperty("text").GetString(), StringComparison.Ordinal);

        using var chat = await node.ChatAsync(TestNode.Body("How do I reboot the press?", model: "kb"));
        Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        Assert.Contains("Press 4 › Start-up", (await TestNode.JsonAsync(chat)).GetProperty("localmesh").GetProperty("citations")[0].GetProperty("section").GetString(), StringComparison.Ordinal);
        Assert.True(edge.Received("restart the press"));
        Assert.True(edge.Received("How do I reboot the press?"));
    }

    [Fact]
    public async Task PassagesAndQuestionsOfALocalDomain_NeverGoToACloudEmbeddingBackend()
    {
        await using var cloud = await FakeLlmServer.StartAsync("cloud");
        cloud.Embed = ConceptVector;
        await using var node = await TestNode.StartAsync(TestNode.Merge(
            TestNode.Backend("cloud", "cloud", cloud.BaseUrl, "gpt-4o"),
            new Dictionary<string, string?> { ["Backends:cloud:EmbeddingModels:0"] = "concept-embed", ["Knowledge:EmbeddingModel"] = "concept-embed" }));
        var index = node.Services.GetRequiredService<KnowledgeIndex>();
        index.AddText("pay", "hr", "pay.md", "# Pay\n\n## Bands\n\nSalary bands are reviewed every May.");
        index.AddText("plant", "general", "press.md", "# Press 4\n\n## Start-up\n\nTo restart the press, switch the breaker off for ten minutes.");
        await WaitEmbeddedAsync(node, "plant", 1);

        var pay = await CollectionAsync(node, "pay");
        for (var i = 0; i < 100 && pay.GetProperty("embedding_problem").ValueKind == JsonValueKind.Null; i++)
        {
            await Task.Delay(100, Ct);
            pay = await CollectionAsync(node, "pay");
        }

        Assert.Equal(0, pay.GetProperty("embedded").GetInt32());
        Assert.Contains("domain 'hr' may reach", pay.GetProperty("embedding_problem").GetString(), StringComparison.Ordinal);

        using var search = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/search", null, new { query = "when is my wage reviewed", collections = new[] { "pay" } });
        Assert.False((await TestNode.JsonAsync(search)).GetProperty("semantic").GetBoolean());
        Assert.False(cloud.Received("Salary bands"));
        Assert.False(cloud.Received("wage reviewed"));
        Assert.True(cloud.Received("restart the press"));
    }

    private static float[] ConceptVector(string text)
    {
        var lower = text.ToLowerInvariant();
        var vector = new float[Concepts.Length + 1];
        for (var i = 0; i < Concepts.Length; i++)
        {
            vector[i] = Concepts[i].Count(word => lower.Contains(word, StringComparison.Ordinal));
        }

        vector[^1] = 0.1f;
        return vector;
    }

    private static async Task<JsonElement> CollectionAsync(TestNode node, string name)
    {
        using var list = await node.SendAsync(HttpMethod.Get, "/v1/localmesh/kb", null, null);
        return (await TestNode.JsonAsync(list)).GetProperty("data").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
    }

    /// <summary>Waits (at most 15 s) until the backfill has embedded <paramref name="passages"/> passages of a collection.</summary>
    private static async Task WaitEmbeddedAsync(TestNode node, string collection, int passages)
    {
        for (var i = 0; i < 150; i++)
        {
            if ((await CollectionAsync(node, collection)).GetProperty("embedded").GetInt32() == passages)
            {
                return;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Fail($"{collection} was not embedded after 15 s: {await CollectionAsync(node, collection)}");
    }
}
