using System.Net;
using System.Text;

namespace LocalMesh.Server.Tests.OpenAI;

/// <summary><c>/v1/embeddings</c> answered in-process by the sentence encoder, with no backend configured.</summary>
public sealed class LocalEmbeddingsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task LocalModel_IsListed_AndAnsweredInProcess_EvenForADomainThatMayNotLeave()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());

        using var models = await node.Http.GetAsync("/v1/models", Ct);
        var ids = (await TestNode.JsonAsync(models)).GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Contains("local-minilm", ids);

        // In the backends table it is in process: never probed, healthy while the node runs (not "unknown").
        using var backends = await node.Http.GetAsync("/v1/localmesh/backends", Ct);
        var encoder = (await TestNode.JsonAsync(backends)).GetProperty("data").EnumerateArray().Single(b => b.GetProperty("name").GetString() == "local-encoder");
        Assert.True(encoder.GetProperty("in_process").GetBoolean());
        Assert.Equal("healthy", encoder.GetProperty("health").GetString());
        Assert.True(encoder.GetProperty("available").GetBoolean());

        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/embeddings") { Content = Json("""{"model":"local-minilm","input":["chest pain since yesterday","lights on"]}""") };
        request.Headers.Add("x-localmesh-domain", "medical");
        using var response = await node.Http.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await TestNode.JsonAsync(response);
        Assert.Equal(2, json.GetProperty("data").GetArrayLength());
        Assert.Equal(384, json.GetProperty("data")[0].GetProperty("embedding").GetArrayLength());
        Assert.Equal("local-minilm", json.GetProperty("model").GetString());
        Assert.True(json.GetProperty("usage").GetProperty("prompt_tokens").GetInt32() > 4);
        Assert.Equal("local-encoder", json.GetProperty("localmesh").GetProperty("backend").GetString());
        Assert.Equal("local", json.GetProperty("localmesh").GetProperty("tier").GetString());
        Assert.StartsWith("tier=local; backend=local-encoder; model=local-minilm", response.Headers.GetValues("x-localmesh-route").Single());
    }

    [Fact]
    public async Task NoModelNamed_GoesToTheLocalEncoder_AndAHugeInputIsFlaggedAsCut()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        var huge = string.Concat(Enumerable.Repeat("sensor reading nominal ", 4000));
        using var response = await node.Http.PostAsync("/v1/embeddings", Json($$"""{"input":["{{huge}}","ok"]}"""), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await TestNode.JsonAsync(response)).GetProperty("data");
        Assert.True(data[0].GetProperty("truncated").GetBoolean());
        Assert.False(data[1].TryGetProperty("truncated", out _));
    }

    [Theory]
    [InlineData("""{"model":"local-minilm","input":[]}""", "input")]
    [InlineData("""{"model":"local-minilm","input":[1,2,3]}""", "input")]
    [InlineData("""{"model":"local-minilm","input":["a",null]}""", "input")]
    [InlineData("""{"model":"local-minilm"}""", "input")]
    [InlineData("""{"model":42,"input":"x"}""", "model")]
    public async Task BadInput_IsAnOpenAIStyle400(string body, string param)
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        using var response = await node.Http.PostAsync("/v1/embeddings", Json(body), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await TestNode.JsonAsync(response)).GetProperty("error");
        Assert.Equal(param, error.GetProperty("param").GetString());
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
    }

    [Fact]
    public async Task EncoderTurnedOff_TheModelIsUnknown()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?> { ["Encoder:Enabled"] = "false" });
        using var response = await node.Http.PostAsync("/v1/embeddings", Json("""{"model":"local-minilm","input":"x"}"""), Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
