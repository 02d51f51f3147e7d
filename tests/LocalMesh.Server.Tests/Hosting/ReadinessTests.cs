using System.Net;
using System.Text.Json;
using LocalMesh.Testing;

namespace LocalMesh.Server.Tests.Hosting;

public sealed class ReadinessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ready_ReportsEachBackendsHealthAndCircuit_AnOpenCircuitShowsAsUnhealthy()
    {
        await using var failing = await FakeLlmServer.StartAsync("failing");
        await using var fine = await FakeLlmServer.StartAsync("fine");
        await using var node = await TestNode.StartAsync(TestNode.Merge(
            TestNode.Backend("failing", "edge", failing.BaseUrl, "m"),
            TestNode.Backend("fine", "edge", fine.BaseUrl, "n"),
            new Dictionary<string, string?>
            {
                ["Health:MinimumThroughput"] = "2",
                ["Health:BreakSeconds"] = "60", // stays open for the whole test
                ["Health:ProbeIntervalSeconds"] = "0.3",
            }));

        var ready = await ReadyAsync(node);
        Assert.Equal("ok", ready.GetProperty("status").GetString());
        Assert.Equal("available", ready.GetProperty("backends").GetProperty("failing").GetString());
        Assert.Equal(JsonValueKind.Object, ready.GetProperty("jobs").ValueKind);
        var healthy = ready.GetProperty("checks").GetProperty("backend:failing");
        Assert.Equal("healthy", healthy.GetProperty("status").GetString());
        Assert.Equal("closed", healthy.GetProperty("circuit").GetString());
        Assert.Equal("healthy", healthy.GetProperty("health").GetString());
        Assert.Equal("edge", healthy.GetProperty("tier").GetString());

        // Chat calls and probes fail: the circuit breaker of the backend's HTTP pipeline opens.
        failing.FailStatus = 500;
        for (var i = 0; i < 3; i++)
        {
            using var answer = await node.ChatAsync(TestNode.Body("x", model: "m"));
            Assert.NotEqual(HttpStatusCode.OK, answer.StatusCode);
        }

        for (var attempt = 0; attempt < 100 && Check(ready, "failing").GetProperty("circuit").GetString() != "open"; attempt++)
        {
            await Task.Delay(200, Ct);
            ready = await ReadyAsync(node);
        }

        // Still ready (the node answers, degrades or queues), with the backend's open circuit in its check.
        Assert.Equal("ok", ready.GetProperty("status").GetString());
        var open = Check(ready, "failing");
        Assert.Equal("open", open.GetProperty("circuit").GetString());
        Assert.Equal("unhealthy", open.GetProperty("status").GetString());
        Assert.Equal("circuit open", open.GetProperty("description").GetString());
        Assert.False(open.GetProperty("available").GetBoolean());
        Assert.Equal("circuit open", ready.GetProperty("backends").GetProperty("failing").GetString());

        var other = Check(ready, "fine");
        Assert.Equal("healthy", other.GetProperty("status").GetString());
        Assert.Equal("closed", other.GetProperty("circuit").GetString());
    }

    private static JsonElement Check(JsonElement ready, string backend) => ready.GetProperty("checks").GetProperty("backend:" + backend);

    private static async Task<JsonElement> ReadyAsync(TestNode node)
    {
        using var response = await node.Http.GetAsync("/health/ready", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
    }
}
