using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using LocalMesh.Server.Tests;
using LocalMesh.Testing;

namespace LocalMesh.Mesh.Tests.Failover;

/// <summary>
/// Three nodes and nats-server as separate processes; one serving node is SIGKILLed with requests in flight. Every
/// request must still be answered, exactly once, by the survivor.
/// </summary>
public sealed class NodeKillTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    private const int Requests = 200;

    [Fact]
    public async Task Kill_ServingNodeMidRequest_EveryRequestAnsweredOnceByTheSurvivor()
    {
        await using var upstreamB = await FakeLlmServer.StartAsync("b");
        await using var upstreamC = await FakeLlmServer.StartAsync("c");
        upstreamB.Echo = upstreamC.Echo = true;
        upstreamB.Latency = TimeSpan.FromSeconds(3); // B holds its requests long enough to die with them
        upstreamC.Latency = TimeSpan.FromMilliseconds(50);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var atB = 0;
        upstreamB.OnRequest = () =>
        {
            if (Interlocked.Increment(ref atB) >= 20)
            {
                gate.TrySetResult();
            }
        };

        await using var b = await MeshProcesses.StartAsync(nats.Url, "plant", "b", upstreamB.BaseUrl);
        await using var c = await MeshProcesses.StartAsync(nats.Url, "plant", "c", upstreamC.BaseUrl);
        await using var a = await MeshProcesses.StartAsync(nats.Url, "plant", "a");
        await MeshProcesses.WaitForPeersAsync(a, "b", "c");

        using var http = new HttpClient { BaseAddress = a.BaseUri, Timeout = TimeSpan.FromSeconds(60) };
        var answers = new ConcurrentDictionary<int, string>();
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var failures = new ConcurrentBag<string>();
        var sends = Enumerable.Range(0, Requests).Select(async i =>
        {
            using var content = new StringContent(TestNode.Body($"request {i}", model: "m"), Encoding.UTF8, "application/json");
            content.Headers.Add("x-localmesh-domain", "general");
            using var response = await http.PostAsync("/v1/chat/completions", content, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                failures.Add(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            }
            else
            {
                var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
                Assert.True(answers.TryAdd(i, json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!), $"request {i} answered twice");
            }
        }).ToList();

        await gate.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var killedAt = Stopwatch.GetTimestamp();
        var cBefore = upstreamC.Requests.Count;
        b.Kill(); // SIGKILL: no goodbye, its in-flight requests die with it
        await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(120), TestContext.Current.CancellationToken);

        Assert.True(failures.IsEmpty, $"{failures.Count} failed, e.g. {failures.FirstOrDefault()}");
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(Requests, answers.Count);
        Assert.All(answers, a => Assert.Equal($"request {a.Key}", a.Value)); // each client got its own answer
        var atC = upstreamC.Requests.Select(r => r.Body).ToList();
        Assert.Equal(atC.Count, atC.Distinct().Count()); // the survivor's model saw no request twice
        var prompts = upstreamB.Requests.Concat(upstreamC.Requests).Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("messages")[0].GetProperty("content").GetString()).ToHashSet();
        Assert.Equal(Requests, prompts.Count); // nothing lost: every request reached a model
        TestContext.Current.SendDiagnosticMessage($"killed b with {Volatile.Read(ref atB)} requests at its model; c served {upstreamC.Requests.Count - cBefore} after the kill; all answered {Stopwatch.GetElapsedTime(killedAt).TotalSeconds:0.00} s after it");
    }

    [Fact]
    public async Task Kill_ServingNodeMidStream_StreamEndsWithAClearErrorChunk()
    {
        await using var upstream = await FakeLlmServer.StartAsync("b");
        upstream.Reply = "first part, then the rest";
        upstream.StreamChunkChars = 10;
        var never = new TaskCompletionSource();
        upstream.SecondChunkGate = never.Task; // the upstream sends one chunk, then waits for ever
        await using var b = await MeshProcesses.StartAsync(nats.Url, "works", "b", upstream.BaseUrl);
        await using var a = await MeshProcesses.StartAsync(nats.Url, "works", "a");
        await MeshProcesses.WaitForPeersAsync(a, "b");

        using var http = new HttpClient { BaseAddress = a.BaseUri, Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = new StringContent(TestNode.Body("tell me", model: "m", stream: true), Encoding.UTF8, "application/json") };
        request.Headers.Add("x-localmesh-domain", "general");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var first = await reader.ReadLineAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("data: {", first);
        Assert.Contains("first part", first, StringComparison.Ordinal);

        b.Kill();
        var rest = await reader.ReadToEndAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Contains("upstream_failed_mid_stream", rest, StringComparison.Ordinal);
        Assert.DoesNotContain("[DONE]", rest, StringComparison.Ordinal);
    }
}
