using System.Net;
using System.Text.Json;
using LocalMesh.Testing;

namespace LocalMesh.Server.Tests.Routing;

/// <summary>
/// An OpenAI-compatible backend is sent the client's own bytes (only the model spliced in) and its answer comes back as
/// it was sent, with the route added; a request a stage rewrote (redaction) is serialised from what the stage made.
/// </summary>
public sealed class ForwardingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Json_UpstreamGetsTheClientsBytes_WithTheChosenModel_AndTheAnswerKeepsItsFields()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        edge.Reply = "Forty two.";
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "llama3.2"));

        // Spacing, key order, a number written as 1.50 and fields LocalMesh does not model all reach the upstream as sent.
        const string Body = """{ "top_k": 40, "model": "auto", "temperature": 1.50, "messages": [ {"role":"user","content":"Six times seven?","name":"ann"} ], "vendor_flag": {"a":[1,2]} }""";
        using var response = await node.ChatAsync(Body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(edge.Requests).Body;
        Assert.Equal(Body.Replace("\"model\": \"auto\"", "\"model\": \"llama3.2\"", StringComparison.Ordinal), sent);

        var json = await TestNode.JsonAsync(response);
        Assert.Equal("chatcmpl-fake", json.GetProperty("id").GetString()); // the upstream's own answer
        Assert.Equal(1_700_000_000, json.GetProperty("created").GetInt64());
        Assert.Equal("Forty two.", json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        Assert.Equal(sent.Length / 4, json.GetProperty("usage").GetProperty("prompt_tokens").GetInt32());
        var route = json.GetProperty("localmesh");
        Assert.Equal(("edge", "edge", "llama3.2"), (route.GetProperty("backend").GetString(), route.GetProperty("tier").GetString(), route.GetProperty("model").GetString()));
        Assert.StartsWith("tier=edge; backend=edge; model=llama3.2", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);

        var crossing = await LastCrossingAsync(node);
        Assert.Equal(sent.Length / 4, crossing.GetProperty("tokens_sent").GetInt64()); // the upstream's count, not an estimate
        Assert.Equal(2, crossing.GetProperty("tokens_received").GetInt64());
    }

    [Fact]
    public async Task Stream_ChunksComeAsSent_FirstWithTheRoute_UsageOnlyWhenAsked_LedgerHasTheUpstreamsTokens()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        edge.Reply = "one two three";
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "llama3.2"));

        using (var response = await node.ChatAsync(TestNode.Body("count", stream: true)))
        {
            var events = await EventsAsync(response);
            Assert.Equal("[DONE]", events[^1]);
            var chunks = events[..^1].Select(e => JsonDocument.Parse(e).RootElement).ToList();
            Assert.Equal(4, chunks.Count); // three words and the finish: the usage chunk the node asked for itself is not passed on
            Assert.All(chunks, c => Assert.Equal("chatcmpl-fake", c.GetProperty("id").GetString()));
            Assert.Equal("edge", chunks[0].GetProperty("localmesh").GetProperty("backend").GetString());
            Assert.All(chunks.Skip(1), c => Assert.False(c.TryGetProperty("localmesh", out _)));
            Assert.Equal("one two three", string.Concat(chunks.Select(c => c.GetProperty("choices")[0].GetProperty("delta").TryGetProperty("content", out var t) ? t.GetString() : "")));
        }

        // The node asked the upstream for usage, so the ledger's counts are the upstream's even though the client did not ask.
        var first = edge.Requests.First().Body;
        Assert.True(JsonDocument.Parse(first).RootElement.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
        var crossing = await LastCrossingAsync(node);
        Assert.Equal(first.Length / 4, crossing.GetProperty("tokens_sent").GetInt64());
        Assert.Equal(3, crossing.GetProperty("tokens_received").GetInt64());

        const string WithUsage = """{"model":"llama3.2","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"count"}]}""";
        using (var response = await node.ChatAsync(WithUsage))
        {
            var events = await EventsAsync(response);
            var usage = JsonDocument.Parse(events[^2]).RootElement;
            Assert.Equal(0, usage.GetProperty("choices").GetArrayLength());
            Assert.Equal(3, usage.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
            Assert.Single(events, e => e.Contains("\"usage\"", StringComparison.Ordinal)); // once: the upstream's, not a second of the node's
        }

        Assert.Equal(WithUsage, edge.Requests.Last().Body);
    }

    [Fact]
    public async Task RedactedTier_GetsTheRedactedRequest_NotTheClientsBytes()
    {
        await using var cloud = await FakeLlmServer.StartAsync("cloud");
        cloud.Echo = true;
        // Content classification off: this is about the redaction stage, not about which domain the text belongs to.
        await using var node = await TestNode.StartAsync(TestNode.Merge(TestNode.Backend("cloud", "cloud", cloud.BaseUrl, "gpt-4o"), new Dictionary<string, string?> { ["Privacy:ClassifyDomains"] = "false" }));

        using var response = await node.ChatAsync(TestNode.Body("Say hello to jane.doe@example.com.", model: "gpt-4o"), domain: "general");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(cloud.Requests).Body;
        Assert.DoesNotContain("jane.doe@example.com", sent);

        // The echoed placeholder comes back restored: the answer went through the redaction stage, not around it.
        var json = await TestNode.JsonAsync(response);
        Assert.Contains("jane.doe@example.com", json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
    }

    [Fact]
    public async Task UpstreamRejection_OfAForwardedRequest_IsReturnedWithItsMessage_WithoutFailover()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var other = await FakeLlmServer.StartAsync("other");
        edge.FailStatus = 400;
        edge.ProbesFollowFailures = false;
        await using var node = await TestNode.StartAsync(TestNode.Merge(TestNode.Backend("edge", "edge", edge.BaseUrl, "m"), TestNode.Backend("other", "cloud", other.BaseUrl, "m")));

        using var response = await node.ChatAsync(TestNode.Body("hello", model: "m"), domain: "general");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await TestNode.JsonAsync(response)).GetProperty("error");
        Assert.Equal("upstream_rejected", error.GetProperty("code").GetString());
        Assert.Contains("edge is failing on purpose", error.GetProperty("message").GetString());
        Assert.Empty(other.Requests);
    }

    private static async Task<List<string>> EventsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return [.. text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(e => e.StartsWith("data: ", StringComparison.Ordinal) ? e[6..] : e)];
    }

    private static async Task<JsonElement> LastCrossingAsync(TestNode node)
    {
        using var audit = await node.Http.GetAsync("/v1/localmesh/audit?limit=1", Ct);
        return (await TestNode.JsonAsync(audit)).GetProperty("crossings")[0];
    }
}
