using System.Net;
using System.Text;
using System.Text.Json;
using LocalMesh.Testing;

namespace LocalMesh.Server.Tests.Privacy;

public sealed class DeclaredSecretsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SecretsAddedThroughTheApi_AreRedacted_SurviveARestart_AndCanBeRemoved()
    {
        await using var cloud = await FakeLlmServer.StartAsync("cloud");
        var dataDir = TestNode.NewDataDir();
        var config = TestNode.Backend("cloud", "cloud", cloud.BaseUrl, "gpt-4o");
        string LastSent() => JsonDocument.Parse(cloud.Requests.Last().Body).RootElement.GetProperty("messages")[0].GetProperty("content").GetString()!;

        await using (var node = await TestNode.StartAsync(config, dataDir))
        {
            await AskAsync(node, "How is project Nightjar going?");
            Assert.Equal("How is project Nightjar going?", LastSent());

            using var added = await node.Http.PostAsync("/v1/localmesh/secrets", Json(new { terms = new[] { "Project Nightjar", "  ", "Globex" } }), Ct);
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
            Assert.Equal(2, (await TestNode.JsonAsync(added)).GetProperty("added").GetInt32());

            await AskAsync(node, "How is project Nightjar going for GLOBEX?");
            Assert.Equal("How is <DECLARED_SECRET_1> going for <DECLARED_SECRET_2>?", LastSent());

            using var bad = await node.Http.PostAsync("/v1/localmesh/secrets", Json(new { terms = "Globex" }), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("invalid_terms", (await TestNode.JsonAsync(bad)).GetProperty("error").GetProperty("code").GetString());
        }

        await using (var node = await TestNode.StartAsync(config, dataDir))
        {
            await AskAsync(node, "Globex called.");
            Assert.Equal("<DECLARED_SECRET_1> called.", LastSent());

            using var removed = await node.Http.DeleteAsync("/v1/localmesh/secrets/Globex", Ct);
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
            using var missing = await node.Http.DeleteAsync("/v1/localmesh/secrets/Globex", Ct);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            // No longer a declared secret. (The tagger may still take a capitalised unknown word before "called" for a name.)
            await AskAsync(node, "Globex called.");
            Assert.DoesNotContain("DECLARED_SECRET", LastSent(), StringComparison.Ordinal);
        }
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task AskAsync(TestNode node, string prompt)
    {
        using var response = await node.ChatAsync(TestNode.Body(prompt, model: "gpt-4o"), domain: "general");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
