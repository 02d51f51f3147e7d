using System.ClientModel;
using LocalMesh.Testing;
using OpenAI;
using OpenAI.Chat;

namespace LocalMesh.Server.Tests.Api;

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
}
