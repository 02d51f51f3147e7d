using System.ClientModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LocalMesh.Testing;
using OpenAI;
using OpenAI.Chat;

namespace LocalMesh.Server.Tests.OpenAI;

public sealed class OpenAISdkTests
{
    [Fact]
    public async Task OfficialSdk_NonStreamingAndStreaming_GetsAnswersThroughTheNode()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        edge.Reply = "The answer is forty two.";
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "llama3.2"));
        var client = new OpenAIClient(new ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = new Uri(node.BaseUri, "/v1") }).GetChatClient("auto");

        ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage("What is six times seven?")], cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("The answer is forty two.", completion.Content[0].Text);

        var streamed = new System.Text.StringBuilder();
        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("Again, streamed.")], cancellationToken: TestContext.Current.CancellationToken))
        {
            foreach (var part in update.ContentUpdate)
            {
                streamed.Append(part.Text);
            }
        }

        Assert.Equal("The answer is forty two.", streamed.ToString());
        Assert.Equal(2, edge.Requests.Count);
        Assert.All(edge.Requests, r => Assert.Contains("\"model\":\"llama3.2\"", r.Body));
    }

    [Fact]
    public async Task OfficialSdk_ToolCalls_ComeBackNonStreamingAndStreaming()
    {
        const string Arguments = """{"city":"Oslo","days":3}""";
        await using var edge = await FakeLlmServer.StartAsync("edge");
        edge.ToolCall = ("get_weather", Arguments);
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "llama3.2"));
        var client = new OpenAIClient(new ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = new Uri(node.BaseUri, "/v1") }).GetChatClient("auto");
        var options = new ChatCompletionOptions
        {
            Tools = { ChatTool.CreateFunctionTool("get_weather", "The forecast for a city.", BinaryData.FromString("""{"type":"object","properties":{"city":{"type":"string"},"days":{"type":"integer"}}}""")) },
        };

        ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage("Weather in Oslo for three days?")], options, TestContext.Current.CancellationToken);
        Assert.Equal(ChatFinishReason.ToolCalls, completion.FinishReason);
        var call = Assert.Single(completion.ToolCalls);
        Assert.Equal(("call_fake_1", "get_weather"), (call.Id, call.FunctionName));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Arguments), JsonNode.Parse(call.FunctionArguments.ToString())), call.FunctionArguments.ToString());

        // Streamed, the upstream sends the arguments in five-character pieces; the client must put the same call back together.
        var (id, name, arguments, finish) = ((string?)null, (string?)null, new StringBuilder(), (ChatFinishReason?)null);
        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("Again, streamed.")], options, TestContext.Current.CancellationToken))
        {
            foreach (var part in update.ToolCallUpdates)
            {
                Assert.Equal(0, part.Index);
                id ??= part.ToolCallId;
                name ??= part.FunctionName;
                arguments.Append(part.FunctionArgumentsUpdate?.ToString());
            }

            finish ??= update.FinishReason;
        }

        Assert.Equal(("call_fake_1", "get_weather", ChatFinishReason.ToolCalls), (id, name, finish));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Arguments), JsonNode.Parse(arguments.ToString())), arguments.ToString());
        Assert.All(edge.Requests, r => Assert.Contains("\"get_weather\"", r.Body)); // the tool's declaration reached the backend
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Stream_EndsWithAUsageChunk_OnlyWhenAskedFor(bool includeUsage)
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        edge.Reply = "one two three four";
        await using var node = await TestNode.StartAsync(TestNode.Backend("edge", "edge", edge.BaseUrl, "llama3.2"));
        var body = $$"""{"model":"auto","stream":true,{{(includeUsage ? "\"stream_options\":{\"include_usage\":true}," : "")}}"messages":[{"role":"user","content":"Count to four."}]}""";

        using var response = await node.ChatAsync(body);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var events = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(e => e["data: ".Length..]).ToList();
        Assert.Equal("[DONE]", events[^1]);
        var chunks = events[..^1].Select(e => JsonDocument.Parse(e).RootElement).ToList();
        Assert.Equal("one two three four", string.Concat(chunks.Select(c => c.GetProperty("choices") is { } choices && choices.GetArrayLength() > 0 && choices[0].GetProperty("delta").TryGetProperty("content", out var text) ? text.GetString() : "")));
        var withUsage = chunks.Where(c => c.TryGetProperty("usage", out _)).ToList();
        if (!includeUsage)
        {
            Assert.Empty(withUsage);
            return;
        }

        // One usage chunk, the last, with no choices (as OpenAI sends it), carrying what the backend reported.
        var last = Assert.Single(withUsage);
        Assert.Equal(chunks[^1], last);
        Assert.Equal(0, last.GetProperty("choices").GetArrayLength());
        var usage = last.GetProperty("usage");
        var prompt = Encoding.UTF8.GetByteCount(Assert.Single(edge.Requests).Body) / 4; // how the fake counts
        Assert.Equal((prompt, 4, prompt + 4), (usage.GetProperty("prompt_tokens").GetInt32(), usage.GetProperty("completion_tokens").GetInt32(), usage.GetProperty("total_tokens").GetInt32()));
    }
}
