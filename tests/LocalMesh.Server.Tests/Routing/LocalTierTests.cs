using System.Net;
using LocalMesh.Local;
using LocalMesh.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Server.Tests.Routing;

public sealed class LocalTierTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The core's contract with any ILocalSpecialist, so the built-in intent specialist is off here.
    [Fact]
    public async Task Specialists_AnswerWhatTheyKnow_AndDegradeWhenNothingElseIsReachable()
    {
        await using var edge = await FakeLlmServer.StartAsync("edge");
        await using var node = await TestNode.StartAsync(
            TestNode.Merge(TestNode.Backend("edge", "edge", edge.BaseUrl, "m"), new Dictionary<string, string?> { ["Health:ProbeIntervalSeconds"] = "60", ["Specialists:Enabled"] = "false" }),
            services: s => s.AddSingleton<ILocalSpecialist>(new ClockSpecialist()));

        using (var local = await node.ChatAsync(TestNode.Body("what time is it?")))
        {
            var json = await TestNode.JsonAsync(local);
            Assert.Equal("It is noon.", json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
            Assert.Equal("local", json.GetProperty("localmesh").GetProperty("tier").GetString());
            Assert.False(json.GetProperty("localmesh").GetProperty("degraded").GetBoolean());
            Assert.Equal("0.000", local.Headers.GetValues(LocalMesh.Server.OpenAI.TimingHeaders.Upstream).Single()); // answered in process: all of it is the node's own time
        }

        Assert.Empty(edge.Requests);

        using (var escalated = await node.ChatAsync(TestNode.Body("write a poem", stream: true)))
        {
            Assert.Contains("tier=edge", escalated.Headers.GetValues("x-localmesh-route").Single());
            Assert.Contains("local specialists declined", escalated.Headers.GetValues("x-localmesh-route").Single());
        }

        edge.FailStatus = 500;
        using var degraded = await node.ChatAsync(TestNode.Body("write a poem"));
        Assert.Equal(HttpStatusCode.OK, degraded.StatusCode);
        var body = await TestNode.JsonAsync(degraded);
        Assert.True(body.GetProperty("localmesh").GetProperty("degraded").GetBoolean());
        Assert.Contains("degraded=true", degraded.Headers.GetValues("x-localmesh-route").Single());
        Assert.StartsWith("(offline)", body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
    }

    private sealed class ClockSpecialist : ILocalSpecialist
    {
        public string Name => "clock";

        public ValueTask<ChatResponse?> TryAnswerAsync(IReadOnlyList<ChatMessage> messages, ChatOptions? options, SpecialistMode mode, CancellationToken cancellationToken)
        {
            var text = messages[^1].Text;
            ChatResponse? answer = text.Contains("time", StringComparison.OrdinalIgnoreCase) ? new(new ChatMessage(ChatRole.Assistant, "It is noon."))
                : mode == SpecialistMode.Fallback ? new(new ChatMessage(ChatRole.Assistant, "(offline) I can only tell the time right now."))
                : null;
            return ValueTask.FromResult(answer);
        }
    }
}
