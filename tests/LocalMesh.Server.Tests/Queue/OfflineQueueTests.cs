using System.Net;
using System.Text.Json;
using LocalMesh.Queue;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocalMesh.Server.Tests.Queue;

public sealed class OfflineQueueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Queue_RequestQueuedOffline_SurvivesKillAndRestart_CompletesExactlyOnce()
    {
        // An edge port with nothing listening yet: the backend is down.
        var edgePort = NodeProcess.FreePort();
        var dataDir = TestNode.NewDataDir();
        var config = Path.Combine(dataDir, "localmesh.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            LocalMesh = new
            {
                Backends = new { edge = new { Tier = "edge", Endpoint = $"http://127.0.0.1:{edgePort}/v1", Models = new[] { "llama3.2" } } },
                Health = new { ProbeIntervalSeconds = 0.3 },
                Queue = new { PollSeconds = 0.2 },
            },
        }), Ct);
        var nodePort = NodeProcess.FreePort();

        string jobId;
        await using (var node = await NodeProcess.StartAsync(nodePort, dataDir, config))
        {
            using var http = new HttpClient { BaseAddress = node.BaseUri };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = new StringContent(TestNode.Body("Summarise the plant notes"), System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Add("x-localmesh-queue", "true");
            using var response = await http.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var job = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
            jobId = job.GetProperty("id").GetString()!;
            Assert.Equal($"/v1/localmesh/jobs/{jobId}", response.Headers.Location!.OriginalString);

            using var status = await http.GetAsync($"/v1/localmesh/jobs/{jobId}", Ct);
            Assert.Equal("queued", JsonDocument.Parse(await status.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("status").GetString());
            node.Kill();
        }

        // The backend comes back while the node is down; then the node restarts on the same data, in this process and on a
        // fake clock that the test never moves: its worker's own timer never fires, and the test runs each pass itself.
        await using var edge = await FakeLlmServer.StartAsync("edge", edgePort);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var restarted = await TestNode.StartAsync(TestNode.Backend("edge", "edge", $"http://127.0.0.1:{edgePort}/v1", "llama3.2"), dataDir, time: time);
        var worker = restarted.Services.GetRequiredService<JobWorker>();
        Assert.Equal(1, await worker.RunOnceAsync(Ct));
        var client = restarted.Http;
        using (var poll = await client.GetAsync($"/v1/localmesh/jobs/{jobId}", Ct))
        {
            var result = JsonDocument.Parse(await poll.Content.ReadAsStringAsync(Ct)).RootElement;
            Assert.Equal("completed", result.GetProperty("status").GetString());
            Assert.Equal("Hello from edge.", result.GetProperty("result").GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        }

        // More passes, each run to its end: the job must not run again.
        for (var pass = 0; pass < 3; pass++)
        {
            Assert.Equal(0, await worker.RunOnceAsync(Ct));
        }

        Assert.Single(edge.Requests);
        Assert.Contains("Summarise the plant notes", edge.Requests.Single().Body);

        using var unknown = await client.GetAsync("/v1/localmesh/jobs/job_nope", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
