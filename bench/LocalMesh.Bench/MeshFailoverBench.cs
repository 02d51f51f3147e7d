using System.Diagnostics;
using System.Globalization;
using System.Text;
using LocalMesh.Mesh.Hosting;
using LocalMesh.Mesh.Transport;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Bench;

/// <summary>
/// How long a mesh takes to notice a dead node and send what it held elsewhere, without the noise of a loaded machine:
/// entry node A (no backend of its own) has <c>requests</c> in flight at node B, whose model holds them; node C (a fast
/// model) joins; then B's NATS connection is cut at once (what a SIGKILL does, seen from the mesh: its subscriptions are
/// gone). Measured from the cut: the first and the last of B's requests arriving at C's model (detection plus a new hop).
/// Every node runs in this process, against a real nats-server on loopback; medians over the rounds.
/// </summary>
internal static class MeshFailoverBench
{
    public static async Task<int> RunAsync(int rounds, int requests)
    {
        await using var nats = await MeshBench.StartNatsAsync("mesh-failover bench");
        if (nats is null)
        {
            return 1;
        }

        Console.WriteLine($"Mesh failover bench: {Environment.ProcessorCount} cores, nats-server {nats.Url}, {requests} requests in flight at the killed node, {rounds} rounds");
        Console.WriteLine("| round | first re-sent ms | all re-sent ms | answered |");
        Console.WriteLine("|---|---|---|---|");
        var firsts = new List<double>();
        var lasts = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var (first, last, answered) = await RoundAsync(nats.Url, $"r{round}", requests);
            firsts.Add(first);
            lasts.Add(last);
            Console.WriteLine($"| {round} | {first:0} | {last:0} | {answered}/{requests} |");
        }

        Console.WriteLine($"median: first re-sent {MeshBench.Median(firsts):0} ms, all re-sent {MeshBench.Median(lasts):0} ms after the cut");
        return 0;
    }

    private static async Task<(double First, double Last, int Answered)> RoundAsync(string natsUrl, string site, int requests)
    {
        await using var modelB = await FakeLlmServer.StartAsync("b");
        await using var modelC = await FakeLlmServer.StartAsync("c");
        modelB.Models = modelC.Models = ["m"];
        modelB.Latency = TimeSpan.FromSeconds(60); // holds what it gets until B dies
        var a = await MeshBench.StartAsync(natsUrl, site, "a", upstream: null, maxConcurrency: 0);
        var b = await MeshBench.StartAsync(natsUrl, site, "b", modelB.BaseUrl, maxConcurrency: 1024, model: "m");
        await MeshBench.WaitForPeersAsync(a, 1);
        using var http = new HttpClient { BaseAddress = new Uri(MeshBench.Url(a)), Timeout = TimeSpan.FromSeconds(60) };
        var sends = Enumerable.Range(0, requests).Select(async i =>
        {
            using var content = new StringContent($$"""{"model":"m","messages":[{"role":"user","content":"request {{i}}"}]}""", Encoding.UTF8, "application/json");
            content.Headers.Add("x-localmesh-domain", "general");
            using var response = await http.PostAsync("/v1/chat/completions", content);
            if (!response.IsSuccessStatusCode)
            {
                Console.Error.WriteLine($"request {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            return response.IsSuccessStatusCode;
        }).ToList();
        for (var i = 0; i < 600 && modelB.Requests.Count < requests; i++)
        {
            await Task.Delay(50);
        }

        var c = await MeshBench.StartAsync(natsUrl, site, "c", modelC.BaseUrl, maxConcurrency: 1024, model: "m");
        await MeshBench.WaitForPeersAsync(a, 2);
        await Task.Delay(500); // the hops at B settle into waiting

        if (modelB.Requests.Count < requests)
        {
            Console.Error.WriteLine($"only {modelB.Requests.Count} of {requests} reached B's model");
        }

        var cut = Stopwatch.GetTimestamp();
        await b.Services.GetRequiredService<MeshConnection>().Nats.DisposeAsync(); // B's subscriptions are gone at once
        var answered = (await Task.WhenAll(sends)).Count(ok => ok);
        var times = modelC.Requests.Select(r => Stopwatch.GetElapsedTime(cut, r.At).TotalMilliseconds).Where(ms => ms >= 0).ToList();

        foreach (var node in new[] { a, c, b })
        {
            try
            {
                await node.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
                await node.DisposeAsync();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // B's connection was cut on purpose: its stop may complain.
            }
        }

        return (times.Count == 0 ? double.NaN : times.Min(), times.Count == 0 ? double.NaN : times.Max(), answered);
    }
}
