using System.Net;
using System.Net.Http.Headers;
using LocalMesh.Testing;

namespace LocalMesh.Server.Tests.OpenAI;

public sealed class BadInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string?, string?> BadBodies => new()
    {
        { "{not json", null, "invalid_json" },
        { "", null, "invalid_json" },
        { "[1,2]", null, null },
        { """{"model":"auto"}""", "messages", "missing_required_parameter" },
        { """{"messages":"hello"}""", "messages", null },
        { """{"messages":[]}""", "messages", null },
        { """{"messages":[{"role":"wizard","content":"x"}]}""", "messages[0].role", null },
        { """{"messages":[{"role":"user","content":42}]}""", "messages[0].content", null },
        { """{"messages":[{"role":"user","content":"x"}],"temperature":"hot"}""", "temperature", "invalid_type" },
        { """{"messages":[{"role":"user","content":"x"}],"stream":"yes"}""", "stream", "invalid_type" },
        { """{"messages":[{"role":"user","content":"x"}],"max_tokens":-5}""", "max_tokens", "invalid_type" },
        { """{"model":7,"messages":[{"role":"user","content":"x"}]}""", "model", "invalid_type" },
        { """{"messages":[{"role":"user","content":"x"}],"tools":[{"type":"retrieval"}]}""", "tools", null },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task ChatCompletions_BadBody_Returns400WithOpenAIError(string body, string? param, string? code)
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "m"));

        using var response = await node.ChatAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await TestNode.JsonAsync(response)).GetProperty("error");
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        if (param is not null)
        {
            Assert.Equal(param, error.GetProperty("param").GetString());
        }

        if (code is not null)
        {
            Assert.Equal(code, error.GetProperty("code").GetString());
        }

        Assert.Empty(edge.Requests);
    }

    [Fact]
    public async Task ChatCompletions_InvalidUtf8_HugeBody_UnknownDomain_AreRejectedAndNodeLives()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "m"));

        var invalidUtf8 = new ByteArrayContent([.. "{\"messages\":[{\"role\":\"user\",\"content\":\""u8.ToArray(), 0xC3, 0x28, .. "\"}]}"u8.ToArray()]);
        invalidUtf8.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using (var response = await node.Http.PostAsync("/v1/chat/completions", invalidUtf8, Ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("UTF-8", (await TestNode.JsonAsync(response)).GetProperty("error").GetProperty("message").GetString());
        }

        var huge = "{\"messages\":[{\"role\":\"user\",\"content\":\"" + new string('a', 10 * 1024 * 1024) + "\"}]}";
        using var hugeRequest = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = new StringContent(huge, System.Text.Encoding.UTF8, "application/json") };
        hugeRequest.Headers.ExpectContinue = true; // as well-behaved clients do: the node answers 413 before the body is sent
        using (var response = await node.Http.SendAsync(hugeRequest, Ct))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("request_too_large", (await TestNode.JsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
        }

        using (var response = await node.ChatAsync(TestNode.Body("hi"), domain: "astrology"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("unknown_domain", (await TestNode.JsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
        }

        using (var response = await node.Http.GetAsync("/v1/nothing-here", Ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("unknown_url", (await TestNode.JsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
        }

        Assert.Empty(edge.Requests);
        using var ok = await node.ChatAsync(TestNode.Body("still alive?"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Embeddings_AreRoutedAndBadInputIs400()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(TestNode.EdgeWithEmbeddings(edge.BaseUrl));

        using var ok = await node.Http.PostAsync("/v1/embeddings", new StringContent("""{"model":"nomic-embed","input":["a","b"]}""", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var json = await TestNode.JsonAsync(ok);
        Assert.Equal(2, json.GetProperty("data").GetArrayLength());
        Assert.Equal(8, json.GetProperty("data")[0].GetProperty("embedding").GetArrayLength());
        Assert.Equal("edge", json.GetProperty("localmesh").GetProperty("backend").GetString());

        using var bad = await node.Http.PostAsync("/v1/embeddings", new StringContent("""{"input":5}""", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var unknown = await node.Http.PostAsync("/v1/embeddings", new StringContent("""{"model":"nope","input":"x"}""", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
