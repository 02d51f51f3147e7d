using System.Net;
using System.Text;
using System.Text.Json;
using LocalMesh.Configuration;
using LocalMesh.Server.Tests.Telemetry;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocalMesh.Server.Tests.Caching;

/// <summary>
/// The semantic cache of escalated answers on a real node, with recording upstreams: what comes from the cache never
/// reaches the upstream, what must not (another entity, another key or domain, an expired or evicted entry) does.
/// </summary>
public sealed class SemanticCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A node with one priced cloud backend, the cache on, and keys alice and bob (no domain limits).</summary>
    private static async Task<(FakeLlmServer Cloud, TestNode Node)> StartAsync(IDictionary<string, string?>? config = null, TimeProvider? time = null)
    {
        var cloud = await FakeLlmServer.StartAsync("cloud");
        var node = await TestNode.StartAsync(TestNode.Merge(
            TestNode.Backend("cloud", "cloud", cloud.BaseUrl, "gpt-4o"),
            new Dictionary<string, string?>
            {
                ["Backends:cloud:InputCostPerMillion"] = "1000",
                ["Backends:cloud:OutputCostPerMillion"] = "2000",
                ["SemanticCache:Enabled"] = "true",
                ["Privacy:ClassifyDomains"] = "false", // the domain is the one declared
                ["Keys:alice:Hash"] = ApiKeyHash.Compute("alice-secret"),
                ["Keys:bob:Hash"] = ApiKeyHash.Compute("bob-secret"),
                ["Policy:Domains:medical:Tiers:0"] = "local",
                ["Policy:Domains:medical:Tiers:1"] = "cloud", // so a medical answer can come from the cloud here
            },
            config ?? new Dictionary<string, string?>()), time: time);
        return (cloud, node);
    }

    private static async Task<(HttpResponseMessage Response, JsonElement Json)> AskAsync(TestNode node, string question, string key = "alice-secret", string domain = "general")
    {
        var response = await node.ChatAsync(TestNode.Body(question), domain, key);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return (response, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string Content(JsonElement json) => json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;

    private static string Header(HttpResponseMessage response, string name) => response.Headers.TryGetValues(name, out var values) ? values.Single() : "(none)";

    [Fact]
    public async Task AHit_NeverReachesTheUpstream_AndTheRouteTheHeaderAndTheLedgerSaySo()
    {
        var (cloud, node) = await StartAsync();
        await using var nodeScope = node;
        await using var cloudScope = cloud;
        cloud.Reply = "Canberra is the capital of Australia.";

        var (first, firstJson) = await AskAsync(node, "What is the capital of Australia?");
        var (second, json) = await AskAsync(node, "which city is the capital of Australia"); // a rewording

        Assert.Single(cloud.Requests);
        Assert.Equal("Canberra is the capital of Australia.", Content(json));
        Assert.Equal("miss", Header(first, "x-localmesh-cache"));
        var firstId = first.Headers.GetValues("x-request-id").Single();
        Assert.Matches($"^hit; similarity=0\\.[89]\\d\\d; tier=cloud; source={firstId}$", Header(second, "x-localmesh-cache"));
        Assert.StartsWith("tier=local; backend=cache; model=", Header(second, "x-localmesh-route"), StringComparison.Ordinal);
        Assert.Contains($"semantic cache: the answer cloud (cloud) gave to {firstId}", Header(second, "x-localmesh-route"), StringComparison.Ordinal);
        var cache = json.GetProperty("localmesh").GetProperty("cache");
        Assert.Equal(("hit", "cloud", firstId), (cache.GetProperty("status").GetString(), cache.GetProperty("saved_tier").GetString(), cache.GetProperty("source_request_id").GetString()));
        Assert.Equal("miss", firstJson.GetProperty("localmesh").GetProperty("cache").GetProperty("status").GetString());

        // The ledger: the hit's row says what it saved, the bytes and cost of the first answer's crossing.
        var record = await node.RequestRecordAsync(second.Headers.GetValues("x-request-id").Single());
        var crossing = (await node.Services.GetRequiredService<LocalMesh.Ledger.AuditLedger>().QueryAsync(new LocalMesh.Ledger.AuditQuery { Limit = 10 })).Crossings.Single();
        Assert.Equal(("hit", firstId, "cloud", "local", "cache"), (record.Cache, record.CacheSource, record.SavedTier, record.Tier, record.Backend));
        Assert.Equal(crossing.BytesSent, record.SavedBytes);
        Assert.True(record.SavedBytes > 0);
        Assert.Equal(crossing.Cost, record.SavedCost);
        Assert.True(record.SavedCost > 0);
        Assert.Equal("miss", (await node.RequestRecordAsync(firstId)).Cache);
    }

    [Fact]
    public async Task ANearMissWithAnotherEntity_ReachesTheUpstream()
    {
        var (cloud, node) = await StartAsync();
        await using var nodeScope = node;
        await using var cloudScope = cloud;

        cloud.Reply = "Your checking balance is 120.";
        await AskAsync(node, "What is my checking account balance?");
        cloud.Reply = "Your savings balance is 4,000.";
        var (response, json) = await AskAsync(node, "What is my savings account balance?");
        await AskAsync(node, "Is it going to rain in Seattle tomorrow?");
        var (portland, _) = await AskAsync(node, "Is it going to rain in Portland tomorrow?");
        await AskAsync(node, "What does HTTP error 404 mean?");
        var (other, _) = await AskAsync(node, "What does HTTP error 403 mean?");

        Assert.True(cloud.Requests.Count == 6, string.Join("\n", cloud.Requests.Select(r => r.Body)));
        Assert.Equal("Your savings balance is 4,000.", Content(json));
        Assert.Equal("miss; reason=\"near miss: 'checking' / 'saving'\"", Header(response, "x-localmesh-cache"));
        Assert.Equal("miss; reason=\"near miss: names or numbers differ ('seattle')\"", Header(portland, "x-localmesh-cache"));
        Assert.StartsWith("miss", Header(other, "x-localmesh-cache"), StringComparison.Ordinal); // not even close enough to be a near miss
    }

    [Fact]
    public async Task AMedicalAnswer_NeverComesBack_ForAGeneralRequest_OrAnotherKey()
    {
        var (cloud, node) = await StartAsync();
        await using var nodeScope = node;
        await using var cloudScope = cloud;
        const string Question = "How much rest do I need after the procedure?";

        cloud.Reply = "MEDICAL: two weeks.";
        await AskAsync(node, Question, domain: "medical");
        cloud.Reply = "GENERAL: it depends.";
        var (_, general) = await AskAsync(node, Question, domain: "general");
        cloud.Reply = "BOB: ask your doctor.";
        var (_, bob) = await AskAsync(node, Question, key: "bob-secret", domain: "medical");
        var (again, same) = await AskAsync(node, Question, domain: "medical");

        Assert.Equal(3, cloud.Requests.Count);
        Assert.Equal("GENERAL: it depends.", Content(general));
        Assert.Equal("BOB: ask your doctor.", Content(bob));
        Assert.Equal("MEDICAL: two weeks.", Content(same)); // alice, medical: her own answer
        Assert.StartsWith("hit", Header(again, "x-localmesh-cache"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswer_ExpiresAfterTheTtl_OnTheNodesClock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (cloud, node) = await StartAsync(new Dictionary<string, string?> { ["SemanticCache:Ttl"] = "00:10:00" }, time);
        await using var nodeScope = node;
        await using var cloudScope = cloud;

        await AskAsync(node, "What is the capital of Australia?");
        time.Advance(TimeSpan.FromMinutes(9));
        var (cached, _) = await AskAsync(node, "What is the capital of Australia?");
        time.Advance(TimeSpan.FromMinutes(1));
        var (expired, _) = await AskAsync(node, "What is the capital of Australia?");

        Assert.StartsWith("hit", Header(cached, "x-localmesh-cache"), StringComparison.Ordinal);
        Assert.Equal("miss", Header(expired, "x-localmesh-cache"));
        Assert.Equal(2, cloud.Requests.Count);
    }

    [Fact]
    public async Task WhenFull_TheLeastRecentlyUsedAnswerGoes()
    {
        var (cloud, node) = await StartAsync(new Dictionary<string, string?> { ["SemanticCache:MaxEntries"] = "2" });
        await using var nodeScope = node;
        await using var cloudScope = cloud;
        const string Australia = "What is the capital of Australia?", Pancakes = "Give me a recipe for pancakes", Mortgage = "Explain what a mortgage is";

        await AskAsync(node, Australia);
        await AskAsync(node, Pancakes);
        await AskAsync(node, Australia); // a hit: Pancakes is now the least recently used
        await AskAsync(node, Mortgage); // the third: Pancakes goes
        var (pancakes, _) = await AskAsync(node, Pancakes);

        Assert.Equal("miss", Header(pancakes, "x-localmesh-cache"));
        Assert.Equal(4, cloud.Requests.Count);
    }

    [Fact]
    public async Task AStreamedAnswer_IsKeptWhenItEnds_AndAHitIsStreamedInChunks_WithUsage()
    {
        var (cloud, node) = await StartAsync();
        await using var nodeScope = node;
        await using var cloudScope = cloud;
        cloud.Reply = "Canberra is the capital. It was chosen as a compromise between Sydney and Melbourne.";
        var body = JsonSerializer.Serialize(new { model = "auto", stream = true, stream_options = new { include_usage = true }, messages = new[] { new { role = "user", content = "What is the capital of Australia?" } } });

        using (var first = await node.ChatAsync(body, "general", "alice-secret"))
        {
            Assert.Equal("miss", Header(first, "x-localmesh-cache"));
            await first.Content.ReadAsStringAsync(Ct);
        }

        using var second = await node.ChatAsync(body, "general", "alice-secret");
        Assert.StartsWith("hit", Header(second, "x-localmesh-cache"), StringComparison.Ordinal);
        Assert.Equal("text/event-stream", second.Content.Headers.ContentType?.MediaType);
        var events = (await second.Content.ReadAsStringAsync(Ct)).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.Equal("data: [DONE]", events[^1]);
        var chunks = events[..^1].Select(e => JsonDocument.Parse(e["data: ".Length..]).RootElement).ToList();
        var texts = chunks.Where(c => c.GetProperty("choices").GetArrayLength() > 0 && c.GetProperty("choices")[0].GetProperty("delta").TryGetProperty("content", out var t) && t.GetString()!.Length > 0)
            .Select(c => c.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString()).ToList();
        Assert.True(texts.Count >= 2, $"{texts.Count} chunks");
        Assert.Equal(cloud.Reply, string.Concat(texts));
        Assert.Equal("hit", chunks[0].GetProperty("localmesh").GetProperty("cache").GetProperty("status").GetString());
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString()));
        Assert.True(chunks[^1].TryGetProperty("usage", out _)); // stream_options.include_usage
        Assert.Single(cloud.Requests);
    }

    [Fact]
    public async Task CacheControlNoCache_AsksTheUpstreamAgain_AndKeepsTheNewAnswer()
    {
        var (cloud, node) = await StartAsync();
        await using var nodeScope = node;
        await using var cloudScope = cloud;
        cloud.Reply = "First.";
        await AskAsync(node, "What is the capital of Australia?");

        cloud.Reply = "Fresh.";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = new StringContent(TestNode.Body("What is the capital of Australia?"), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", "alice-secret");
        request.Headers.Add("x-localmesh-domain", "general");
        request.Headers.CacheControl = new() { NoCache = true };
        using var fresh = await node.Http.SendAsync(request, Ct);
        var (_, later) = await AskAsync(node, "What is the capital of Australia?");

        Assert.Equal(2, cloud.Requests.Count);
        Assert.StartsWith("skip; reason=\"Cache-Control: no-cache", Header(fresh, "x-localmesh-cache"), StringComparison.Ordinal);
        Assert.Equal("Fresh.", Content(later));
    }

    [Fact]
    public async Task HitsAndMisses_AreCountedOnMetrics()
    {
        var (cloud, node) = await StartAsync(new Dictionary<string, string?>
        {
            ["Policy:Domains:cachemetrics:Tiers:0"] = "local",
            ["Policy:Domains:cachemetrics:Tiers:1"] = "cloud",
        });
        await using var nodeScope = node;
        await using var cloudScope = cloud;

        await AskAsync(node, "What is the capital of Australia?", domain: "cachemetrics");
        await AskAsync(node, "What is the capital of Australia?", domain: "cachemetrics");
        await AskAsync(node, "What is my checking account balance?", domain: "cachemetrics");
        await AskAsync(node, "What is my savings account balance?", domain: "cachemetrics"); // close, turned down by the guard

        var scrape = await PrometheusScrape.UntilAsync(node, s => s.Find("localmesh_cache_lookups_total", ("domain", "cachemetrics"), ("result", "near_miss")).Any());
        var samples = string.Join("; ", scrape.Samples.Where(x => x.Name.StartsWith("localmesh_cache", StringComparison.Ordinal)).Select(x => $"{x.Name}{{{string.Join(',', x.Labels.Select(l => $"{l.Key}={l.Value}"))}}} {x.Value}"));
        Assert.True(scrape.Find("localmesh_cache_lookups_total", ("domain", "cachemetrics"), ("result", "miss")).Any(), samples);
        Assert.Equal(2, Assert.Single(scrape.Find("localmesh_cache_lookups_total", ("domain", "cachemetrics"), ("result", "miss"))).Value);
        Assert.Equal(1, Assert.Single(scrape.Find("localmesh_cache_lookups_total", ("domain", "cachemetrics"), ("result", "hit"))).Value);
        Assert.Equal(1, Assert.Single(scrape.Find("localmesh_cache_lookups_total", ("domain", "cachemetrics"), ("result", "near_miss"))).Value);
    }

    [Fact]
    public async Task BadSettings_StopTheNode_WithOneLineEach()
    {
        var error = await Assert.ThrowsAsync<LocalMeshConfigurationException>(() => TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["SemanticCache:Enabled"] = "true",
            ["SemanticCache:Threshold"] = "1.5",
            ["SemanticCache:Ttl"] = "-00:01:00",
            ["SemanticCache:MaxEntries"] = "0",
        }));

        Assert.Contains("LocalMesh:SemanticCache:Threshold: 1.5 is not between 0.5 and 1.", error.Message, StringComparison.Ordinal);
        Assert.Contains("LocalMesh:SemanticCache:Ttl:", error.Message, StringComparison.Ordinal);
        Assert.Contains("LocalMesh:SemanticCache:MaxEntries: 0 must be at least 1", error.Message, StringComparison.Ordinal);
    }
}
