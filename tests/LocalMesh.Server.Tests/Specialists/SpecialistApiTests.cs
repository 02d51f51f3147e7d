using System.ClientModel;
using System.Net;
using System.Text;
using System.Text.Json;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;
using OpenAI.Chat;

namespace LocalMesh.Server.Tests.Specialists;

public sealed class SpecialistApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Skills_AnswerLocally_ThroughTheOpenAISdk_AndOutOfScopeEscalatesWithItsReason()
    {
        await using var mesh = await EdgeAndCloud.StartAsync();
        var client = new OpenAIClient(new ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = new Uri(mesh.Node.BaseUri, "/v1") }).GetChatClient("auto");

        ChatCompletion added = await client.CompleteChatAsync([new UserChatMessage("add milk and eggs to my shopping list")], cancellationToken: Ct);
        Assert.Equal("Added milk and eggs to your shopping list.", added.Content[0].Text);
        Assert.Equal("specialists/intents", added.Model);

        var streamed = new StringBuilder();
        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("what's 15% of 80")], cancellationToken: Ct))
        {
            foreach (var part in update.ContentUpdate)
            {
                streamed.Append(part.Text);
            }
        }

        Assert.Equal("15% of 80 = 12", streamed.ToString());
        Assert.Empty(mesh.Edge.Requests);

        using var local = await mesh.Node.ChatAsync(TestNode.Body("set a timer for 10 minutes"));
        var route = local.Headers.GetValues("x-localmesh-route").Single();
        Assert.Contains("tier=local", route);
        Assert.Contains("answered locally: intent=timer score=", route);
        var localJson = await TestNode.JsonAsync(local);
        Assert.Equal("utility", localJson.GetProperty("localmesh").GetProperty("intent").GetProperty("domain").GetString());

        using (var streamedLocal = await mesh.Node.ChatAsync(TestNode.Body("set a timer for 5 minutes", stream: true)))
        {
            Assert.Contains("reason=\"answered locally: intent=timer score=", streamedLocal.Headers.GetValues("x-localmesh-route").Single());
            Assert.EndsWith("data: [DONE]\n\n", await streamedLocal.Content.ReadAsStringAsync(Ct));
        }

        using var escalated = await mesh.Node.ChatAsync(TestNode.Body("who wrote the novel war and peace"));
        Assert.Equal(HttpStatusCode.OK, escalated.StatusCode);
        var json = await TestNode.JsonAsync(escalated);
        var lm = json.GetProperty("localmesh");
        Assert.Equal("edge", lm.GetProperty("tier").GetString());
        Assert.Matches(@"^escalated: oos score=0\.\d\d$", lm.GetProperty("reason").GetString());
        Assert.Equal("escalate", lm.GetProperty("intent").GetProperty("decision").GetString());
        Assert.Single(mesh.Edge.Requests);

        // In scope, but no local skill covers it: escalates and says so, with the intent's domain as routing context.
        using var banking = await mesh.Node.ChatAsync(TestNode.Body("transfer 100 dollars from checking to savings"));
        var bankingRoute = (await TestNode.JsonAsync(banking)).GetProperty("localmesh");
        Assert.Contains("no local skill for intent=transfer", bankingRoute.GetProperty("reason").GetString());
        Assert.Equal("banking", bankingRoute.GetProperty("intent").GetProperty("domain").GetString());
    }

    [Fact]
    public async Task BrokenSkill_Escalates_InsteadOfFailingTheRequest()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "m"),
            services: s => s.AddSingleton<LocalMesh.Specialists.Skills.ISkill>(new BrokenCalculator()));
        using var response = await node.ChatAsync(TestNode.Body("what is 2 plus 2"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var route = (await TestNode.JsonAsync(response)).GetProperty("localmesh");
        Assert.Equal("edge", route.GetProperty("tier").GetString());
        Assert.Equal("escalated: skill calculator failed", route.GetProperty("reason").GetString());
    }

    private sealed class BrokenCalculator : LocalMesh.Specialists.Skills.ISkill
    {
        public IReadOnlyCollection<string> Intents => ["calculator"];

        public ValueTask<string?> AnswerAsync(LocalMesh.Specialists.Skills.SkillRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("a bug in a skill");
    }

    [Fact]
    public async Task NoBackend_OutOfScope_Is503_ThatSaysWhyTheSpecialistsDeclined()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        using var response = await node.ChatAsync(TestNode.Body("explain the causes of the first world war"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var message = (await TestNode.JsonAsync(response)).GetProperty("error").GetProperty("message").GetString();
        Assert.Contains("local specialists declined (oos score=", message);
        Assert.Contains("no backend is configured", message);
    }

    [Fact]
    public async Task Classify_AndIntents_Describe_TheModel()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        var classified = await PostAsync(node, "/v1/localmesh/classify", new { text = "wake me up at 7am" });
        Assert.Equal("alarm", classified.GetProperty("intent").GetString());
        Assert.Equal("local", classified.GetProperty("decision").GetString());
        Assert.True(classified.GetProperty("has_skill").GetBoolean());

        var oos = await PostAsync(node, "/v1/localmesh/classify", new { text = "what is the boiling point of tungsten" });
        Assert.Equal("escalate", oos.GetProperty("decision").GetString());
        Assert.StartsWith("oos score=", oos.GetProperty("reason").GetString());

        var intents = JsonDocument.Parse(await node.Http.GetStringAsync("/v1/localmesh/intents", Ct)).RootElement;
        var data = intents.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(151, data.Count);
        Assert.Equal(100, data.Single(i => i.GetProperty("name").GetString() == "alarm").GetProperty("examples").GetInt32());
        Assert.True(data.Single(i => i.GetProperty("name").GetString() == "smart_home").GetProperty("has_skill").GetBoolean());
        Assert.False(data.Single(i => i.GetProperty("name").GetString() == "transfer").GetProperty("has_skill").GetBoolean());
        Assert.Equal(1, intents.GetProperty("model").GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("""{"request_id":"req_nope","intent":"alarm"}""", 404, "request_not_found")]
    [InlineData("""{"text":"wake me at 7","intent":"no_such_intent"}""", 400, "unknown_intent")]
    [InlineData("""{"text":"wake me at 7","intent":"alarm","expected":"escalate"}""", 400, "invalid_feedback")]
    [InlineData("""{"text":"wake me at 7"}""", 400, "invalid_feedback")]
    [InlineData("""{"text":"wake me at 7","expected":"sideways"}""", 400, "invalid_feedback")]
    [InlineData("""{"intent":"alarm"}""", 400, "missing_text")]
    [InlineData("""{"text":42,"intent":"alarm"}""", 400, "invalid_type")]
    [InlineData("""[1,2]""", 400, "invalid_json")]
    [InlineData("""{"text":""", 400, "invalid_json")]
    public async Task Feedback_BadInput_IsAClear4xx_AndRecordsNothing(string body, int status, string code)
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        using var response = await node.Http.PostAsync("/v1/localmesh/feedback", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(status, (int)response.StatusCode);
        var error = (await TestNode.JsonAsync(response)).GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        var intents = JsonDocument.Parse(await node.Http.GetStringAsync("/v1/localmesh/intents", Ct)).RootElement;
        Assert.Equal(0, intents.GetProperty("model").GetProperty("corrections").GetInt32());
        Assert.Empty(node.Services.GetRequiredService<LocalMesh.Specialists.Intents.IntentStore>().Corrections());
    }

    [Theory]
    [InlineData("""{"name":"Bad Name","examples":["a b","c d","e f"],"response":"x"}""", "invalid_intent")]
    [InlineData("""{"name":"two_examples","examples":["a b","c d"],"response":"x"}""", "invalid_intent")]
    [InlineData("""{"name":"no_answer","examples":["a b","c d","e f"]}""", "invalid_intent")]
    [InlineData("""{"name":"bad_hook","examples":["a b","c d","e f"],"webhook":"ftp://x"}""", "invalid_intent")]
    [InlineData("""{"name":"bad_tier","examples":["a b","c d","e f"],"webhook":"http://127.0.0.1:9/x","webhook_tier":"lan"}""", "invalid_intent")]
    [InlineData("""{"name":"no_examples","response":"x"}""", "missing_examples")]
    public async Task UserIntent_BadDefinitions_Are400(string body, string code)
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        using var response = await node.Http.PostAsync("/v1/localmesh/intents", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await TestNode.JsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
        using var missing = await node.Http.DeleteAsync("/v1/localmesh/intents/never_added", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    internal static async Task<JsonElement> PostAsync(TestNode node, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await node.Http.PostAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"), Ct);
        var json = await TestNode.JsonAsync(response);
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {json}");
        return json;
    }
}
