using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using LocalMesh.Server.Tests;
using LocalMesh.Testing;

namespace LocalMesh.Mesh.Tests.Failover;

/// <summary>
/// Three nodes and nats-server as separate processes; one serving node is SIGKILLed with requests in flight
/// (<see cref="KillUnderLoad"/>). Every request must still be answered, once, and accounted for at the upstreams.
/// </summary>
public sealed class NodeKillTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    private const int Requests = 2000;

    [Fact]
    public async Task Kill_ServingNodeUnderLoad_EveryRequestAnsweredOnce_AndAccountedForAtTheUpstreams()
    {
        var result = await KillUnderLoad.RunAsync(nats.Url, Requests, gate: Requests / 20, TestContext.Current.CancellationToken);

        Assert.True(result.HeldAtB >= Requests / 20);
        TestContext.Current.TestOutputHelper?.WriteLine(result.ToString()); // times are reported, never asserted on
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
