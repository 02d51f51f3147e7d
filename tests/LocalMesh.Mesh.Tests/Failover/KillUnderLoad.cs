using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LocalMesh.Server.Tests;
using LocalMesh.Testing;

namespace LocalMesh.Mesh.Tests.Failover;

/// <summary>
/// The issue's kill test: three nodes and nats-server as separate processes, each node with a recording fake upstream;
/// every request enters node <c>a</c> at once, which serves some on its own backend and hops the rest to <c>b</c> and
/// <c>c</c>; <c>b</c> is SIGKILLed while it holds <c>gate</c> of them at its model. Every request must be answered once,
/// with its own answer, and the upstreams' records must account for each exactly: the node named in its route served
/// it, and the only prompts any model saw twice are the ones <c>b</c>'s model held when <c>b</c> died, each sent once more.
/// </summary>
internal static partial class KillUnderLoad
{
    /// <summary>What one run measured (reported, never asserted on).</summary>
    /// <param name="HeldAtB">Requests at b's model when it was killed.</param>
    /// <param name="Resent">Of those, sent again to another model after the kill.</param>
    /// <param name="Served">Answers by serving backend (a's own, b, c).</param>
    /// <param name="Detected">From the kill to a's log line saying b is gone (its requests go elsewhere): the detection,
    /// as the test reads a's output (an upper bound), or null when a did not log it.</param>
    /// <param name="FirstResend">From the kill to the first request b held arriving at another model: failover detection plus the new hop.</param>
    /// <param name="AllResent">From the kill to the last of them arriving at another model.</param>
    /// <param name="AllAnswered">From the kill to the last answer.</param>
    /// <param name="Total">From the first request sent to the last answer.</param>
    public sealed record Result(int HeldAtB, int Resent, IReadOnlyDictionary<string, int> Served, TimeSpan? Detected, TimeSpan FirstResend, TimeSpan AllResent, TimeSpan AllAnswered, TimeSpan Total)
    {
        /// <inheritdoc />
        public override string ToString() =>
            $"killed b holding {HeldAtB} requests at its model; {Resent} sent again; served by {string.Join(", ", Served.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"))}; "
            + $"after the kill: b declared gone on a {(Detected is { } d ? $"{d.TotalMilliseconds:0} ms" : "(not logged)")}, first re-sent {FirstResend.TotalMilliseconds:0} ms, all re-sent {AllResent.TotalMilliseconds:0} ms, all answered {AllAnswered.TotalMilliseconds:0} ms; whole run {Total.TotalSeconds:0.0} s";
    }

    /// <summary>Runs it: <paramref name="requests"/> in flight, b killed once <paramref name="gate"/> are at its model.</summary>
    public static async Task<Result> RunAsync(string natsUrl, int requests, int gate, CancellationToken ct)
    {
        await using var upstreamA = await FakeLlmServer.StartAsync("a");
        await using var upstreamB = await FakeLlmServer.StartAsync("b");
        await using var upstreamC = await FakeLlmServer.StartAsync("c");
        upstreamA.Echo = upstreamB.Echo = upstreamC.Echo = true;
        // b holds what it gets long past its death; c takes 2 s a request: a balances its peers by requests in flight, so b,
        // which never drains, keeps receiving as long as it holds fewer than c (about 2 s of a's rate; the gate needs
        // 50 requests a second), while c keeps serving. a's own model takes 1 s, at most requests/20 at a time.
        upstreamB.Latency = TimeSpan.FromSeconds(20);
        upstreamC.Latency = TimeSpan.FromSeconds(2);
        upstreamA.Latency = TimeSpan.FromSeconds(1);
        var opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var atB = 0;
        upstreamB.OnRequest = () =>
        {
            if (Interlocked.Increment(ref atB) >= gate)
            {
                opened.TrySetResult();
            }
        };

        await using var b = await MeshProcesses.StartAsync(natsUrl, "plant", "b", upstreamB.BaseUrl);
        await using var c = await MeshProcesses.StartAsync(natsUrl, "plant", "c", upstreamC.BaseUrl);
        await using var a = await MeshProcesses.StartAsync(natsUrl, "plant", "a", upstreamA.BaseUrl, maxConcurrency: Math.Max(10, requests / 20)); // past that, a sends to its peers
        await MeshProcesses.WaitForPeersAsync(a, "b", "c");
        long killing = 0, goneAt = 0; // when a logs, after the kill, that b is gone (MeshBackendProvider's warning)
        a.OutputLine += line =>
        {
            if (Interlocked.Read(ref killing) != 0 && line.Contains("Mesh peer b ", StringComparison.Ordinal))
            {
                Interlocked.CompareExchange(ref goneAt, Stopwatch.GetTimestamp(), 0);
            }
        };

        using var http = new HttpClient { BaseAddress = a.BaseUri, Timeout = TimeSpan.FromSeconds(180) };
        var answers = new ConcurrentDictionary<int, string>();
        var servedBy = new ConcurrentDictionary<int, string>();
        var failures = new ConcurrentBag<string>();
        var start = Stopwatch.GetTimestamp();
        var sends = Enumerable.Range(0, requests).Select(i => Task.Run(async () =>
        {
            using var content = new StringContent(TestNode.Body($"request {i}", model: "m"), Encoding.UTF8, "application/json");
            content.Headers.Add("x-localmesh-domain", "general");
            using var response = await http.PostAsync("/v1/chat/completions", content, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"request {i} at {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s: {(int)response.StatusCode} {body}");
                return;
            }

            var text = JsonDocument.Parse(body).RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
            Assert.True(answers.TryAdd(i, text), $"request {i} answered twice");
            var route = response.Headers.GetValues("x-localmesh-route").Single();
            servedBy[i] = BackendInRoute().Match(route) is { Success: true } m ? m.Groups[1].Value : route;
        }, ct)).ToList();

        // What a saw of its peers, every 200 ms, for the test's output (to tell, when it fails, a dropped peer from a dead one).
        var trace = new ConcurrentQueue<string>();
        using var stopTrace = new CancellationTokenSource();
        var tracing = Task.Run(async () =>
        {
            using var probe = new HttpClient { BaseAddress = a.BaseUri, Timeout = TimeSpan.FromSeconds(5) };
            while (!stopTrace.IsCancellationRequested)
            {
                try
                {
                    var json = JsonDocument.Parse(await probe.GetStringAsync("/v1/localmesh/nodes", stopTrace.Token)).RootElement;
                    trace.Enqueue($"{Stopwatch.GetElapsedTime(start).TotalSeconds:0.0}: " + string.Join(" | ", json.GetProperty("data").EnumerateArray().Select(n =>
                        $"{n.GetProperty("node").GetString()} {n.GetProperty("health").GetString()} seen {n.GetProperty("last_seen_ms")} " + string.Join(",", n.GetProperty("backends").EnumerateArray().Select(x => $"{x.GetProperty("name").GetString()}={x.GetProperty("available")}")))));
                }
                catch (Exception ex)
                {
                    trace.Enqueue($"{Stopwatch.GetElapsedTime(start).TotalSeconds:0.0}: {ex.GetType().Name}");
                }

                await Task.Delay(200);
            }
        });
        await opened.Task.WaitAsync(TimeSpan.FromSeconds(120), ct);
        var killedAt = Stopwatch.GetTimestamp();
        Interlocked.Exchange(ref killing, killedAt);
        b.Kill(); // SIGKILL: no goodbye, what it holds dies with it
        var heldAtKill = upstreamB.Requests.Count;
        await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(180), ct);
        var answeredAt = Stopwatch.GetTimestamp();
        await stopTrace.CancelAsync();
        await tracing;
        TestContext.Current.TestOutputHelper?.WriteLine("a's table while it ran (seconds from the first request):\n" + string.Join("\n", trace));

        // The client: every request answered, once, with its own answer.
        Assert.True(failures.IsEmpty, $"{failures.Count} failed (b killed at {Stopwatch.GetElapsedTime(start, killedAt).TotalSeconds:0.0} s holding {heldAtKill}), e.g. {failures.MinBy(f => f)}");
        Assert.Equal(requests, answers.Count);
        Assert.All(answers, x => Assert.Equal($"request {x.Key}", x.Value));

        // The upstreams: no model saw a request twice, and every request reached one.
        var seen = new Dictionary<string, List<RecordedRequest>> { ["llm"] = [.. upstreamA.Requests], ["llm@b"] = [.. upstreamB.Requests], ["llm@c"] = [.. upstreamC.Requests] };
        var prompts = seen.ToDictionary(s => s.Key, s => s.Value.Select(r => Prompt(r.Body)).ToList());
        foreach (var (backend, list) in prompts)
        {
            Assert.True(list.Count == list.Distinct().Count(), $"{backend}'s model saw a request twice");
        }

        var heldAtB = prompts["llm@b"].ToHashSet();
        var all = Enumerable.Range(0, requests).Select(i => $"request {i}").ToHashSet();
        Assert.Equal(all, prompts.Values.SelectMany(p => p).ToHashSet()); // nothing lost

        // Each answer came from the model of the backend its route names (a's own, or the node it hopped to)...
        Assert.All(servedBy, x => Assert.Contains($"request {x.Key}", prompts.GetValueOrDefault(x.Value) ?? []));
        // ... and the only requests that reached two models are those b's model held and never answered, sent once more.
        var servedByB = servedBy.Where(x => x.Value == "llm@b").Select(x => $"request {x.Key}").ToHashSet();
        var survivors = prompts["llm"].Concat(prompts["llm@c"]).ToList();
        Assert.Equal(survivors.Count, survivors.Distinct().Count()); // a's and c's models never both saw one
        var resent = heldAtB.Where(survivors.Contains).ToHashSet();
        Assert.Equal(heldAtB.Except(servedByB).ToHashSet(), resent);
        Assert.Equal(requests, survivors.Count + servedByB.Count);

        var resentTimes = seen["llm"].Concat(seen["llm@c"]).Where(r => resent.Contains(Prompt(r.Body))).Select(r => r.At).ToList();
        var gone = Interlocked.Read(ref goneAt);
        return new Result(heldAtKill, resent.Count, servedBy.GroupBy(x => x.Value).ToDictionary(g => g.Key, g => g.Count()),
            gone == 0 ? null : Stopwatch.GetElapsedTime(killedAt, gone),
            resentTimes.Count == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(killedAt, resentTimes.Min()),
            resentTimes.Count == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(killedAt, resentTimes.Max()),
            Stopwatch.GetElapsedTime(killedAt, answeredAt), Stopwatch.GetElapsedTime(start, answeredAt));
    }

    private static string Prompt(string body) => JsonDocument.Parse(body).RootElement.GetProperty("messages")[0].GetProperty("content").GetString()!;

    [GeneratedRegex("backend=([^;]+);")]
    private static partial Regex BackendInRoute();
}
