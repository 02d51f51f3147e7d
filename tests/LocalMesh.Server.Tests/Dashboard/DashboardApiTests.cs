using System.Net;
using System.Text.Json;
using LocalMesh.Configuration;
using LocalMesh.Testing;

namespace LocalMesh.Server.Tests.Dashboard;

/// <summary>The dashboard's page and the JSON views it reads, over real HTTP (the page itself is driven in Chromium by LocalMesh.Dashboard.Tests).</summary>
public sealed class DashboardApiTests
{
    private const string Email = "maria.gonzalez@contoso-health.com";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Root_ServesThePage_AndTheNodeDescriptionIsAtV1LocalMesh()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());

        using var page = await node.Http.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<script src=\"/dashboard/dashboard.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal); // nothing from elsewhere: it works offline
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        foreach (var (file, type) in new[] { ("dashboard.js", "text/javascript"), ("dashboard.css", "text/css") })
        {
            using var asset = await node.Http.GetAsync("/dashboard/" + file, Ct);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Equal(type, asset.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("https://", await asset.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        var description = JsonDocument.Parse(await node.Http.GetStringAsync("/v1/localmesh", Ct)).RootElement;
        Assert.Equal("LocalMesh", description.GetProperty("name").GetString());
        Assert.False(description.GetProperty("keys_required").GetBoolean());
        Assert.Contains("/v1/localmesh/stats", description.GetProperty("management").EnumerateArray().Select(e => e.GetString()));

        using var missing = await node.Http.GetAsync("/dashboard/nothing.js", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var unknown = await node.Http.GetAsync("/v1/nothing", Ct);
        Assert.Contains("See GET /v1/localmesh for the endpoints", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_SplitRequestsByTier_AndCostAgainstTheConfiguredBaseline()
    {
        await using var mesh = await EdgeAndCloud.StartAsync(new Dictionary<string, string?>
        {
            ["Backends:cloud:InputCostPerMillion"] = "2",
            ["Backends:cloud:OutputCostPerMillion"] = "10",
            ["Dashboard:BaselineInputCostPerMillion"] = "3",
            ["Dashboard:BaselineOutputCostPerMillion"] = "12",
        });
        var node = mesh.Node;
        await node.AnsweredAsync(TestNode.Body("set a timer for 10 minutes"));           // local: the timer skill
        await node.AnsweredAsync(TestNode.Body("edge question", model: "llama3.2"));      // edge
        await node.AnsweredAsync(TestNode.Body("cloud question one", model: "gpt-4o"));   // cloud
        await node.AnsweredAsync(TestNode.Body("cloud question two", model: "gpt-4o", stream: true));

        var stats = await GetJsonAsync(node, "/v1/localmesh/stats?since=1h&buckets=6");
        var totals = stats.GetProperty("totals");
        Assert.Equal(4, totals.GetProperty("requests").GetInt64());
        Assert.Equal(1, totals.GetProperty("local").GetInt64());
        Assert.Equal(1, totals.GetProperty("edge").GetInt64());
        Assert.Equal(2, totals.GetProperty("cloud").GetInt64());
        Assert.Equal(0.25, totals.GetProperty("local_share").GetDouble(), 6);
        Assert.Equal(6, stats.GetProperty("buckets").GetArrayLength());
        Assert.Equal(4, stats.GetProperty("buckets").EnumerateArray().Sum(b => b.GetProperty("requests").GetInt64()));

        // What left: exactly the bytes the upstreams received; what it cost: the crossings' cost, as the audit has it.
        Assert.Equal(mesh.Edge.BodyBytes + mesh.Cloud.BodyBytes, totals.GetProperty("bytes_sent").GetInt64());
        var audit = await GetJsonAsync(node, "/v1/localmesh/audit");
        var crossings = audit.GetProperty("crossings").EnumerateArray().ToList();
        Assert.Equal(crossings.Sum(c => c.GetProperty("cost").GetDecimal()), totals.GetProperty("cost").GetDecimal());
        Assert.Equal(crossings.Sum(c => c.GetProperty("tokens_sent").GetInt64() + c.GetProperty("tokens_received").GetInt64()), totals.GetProperty("tokens_sent").GetInt64());
        Assert.True(totals.GetProperty("bytes_kept_local").GetInt64() > 0);

        // The baseline prices every answered request at 3/12 per million: the backends' token counts where they answered,
        // the local answer's request bytes / 4 (input only).
        var localRequest = (await GetJsonAsync(node, "/v1/localmesh/audit/requests?destination=local")).GetProperty("data").EnumerateArray().Single();
        var expected = (crossings.Sum(c => (c.GetProperty("tokens_sent").GetInt64() * 3m) + (c.GetProperty("tokens_received").GetInt64() * 12m))
            + (localRequest.GetProperty("client_bytes").GetInt64() / 4 * 3m)) / 1_000_000m;
        Assert.Equal(Math.Round(expected, 6), totals.GetProperty("baseline_cost").GetDecimal());
        Assert.Equal("configured (LocalMesh:Dashboard)", stats.GetProperty("baseline").GetProperty("source").GetString());

        var narrowed = await GetJsonAsync(node, "/v1/localmesh/stats?since=1h&buckets=1&q=gpt-4o");
        Assert.Equal(2, narrowed.GetProperty("totals").GetProperty("requests").GetInt64());

        foreach (var bad in new[] { "buckets=0", "buckets=501", "buckets=many", "since=1h&until=2h", "since=whenever" })
        {
            using var response = await node.Http.GetAsync("/v1/localmesh/stats?" + bad, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("invalid_request_error", (await TestNode.JsonAsync(response)).GetProperty("error").GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task Baseline_DefaultsToTheDearestCloudBackend_AndANegativePriceStopsTheNode()
    {
        Assert.Equal(new LocalMesh.Ledger.BaselinePrices(2.5m, 10m, "cloud backend 'cloud'"), new Server.Dashboard.DashboardOptions().Baseline(new LocalMeshOptions
        {
            Backends = new(StringComparer.OrdinalIgnoreCase)
            {
                ["edge"] = new BackendConfig { Tier = Tier.Edge, InputCostPerMillion = 50 },
                ["cheap"] = new BackendConfig { Tier = Tier.Cloud, InputCostPerMillion = 0.15m, OutputCostPerMillion = 0.6m },
                ["cloud"] = new BackendConfig { Tier = Tier.Cloud, InputCostPerMillion = 2.5m, OutputCostPerMillion = 10m },
            },
        }));
        Assert.Equal(0m, new Server.Dashboard.DashboardOptions().Baseline(new LocalMeshOptions()).InputCostPerMillion);

        var error = await Assert.ThrowsAsync<LocalMeshConfigurationException>(() =>
            TestNode.StartAsync(new Dictionary<string, string?> { ["Dashboard:BaselineOutputCostPerMillion"] = "-1" }));
        Assert.Contains("LocalMesh:Dashboard:BaselineOutputCostPerMillion must be zero or more", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditRequests_FilterByKeyDestinationDomainAndText()
    {
        await using var mesh = await EdgeAndCloud.StartAsync(TestNode.AdminAndOpsKeys());
        var node = mesh.Node;
        var opsId = await node.AnsweredAsync(TestNode.Body("what is the capital of France", model: "llama3.2"), key: "ops-secret");
        var adminId = await node.AnsweredAsync(TestNode.Body("write a haiku about autumn", model: "gpt-4o"), key: "admin-secret");

        async Task<List<string>> Ids(string query) => [.. (await GetJsonAsync(node, "/v1/localmesh/audit/requests?" + query, "admin-secret"))
            .GetProperty("data").EnumerateArray().Select(r => r.GetProperty("request_id").GetString()!)];

        Assert.Equal(new[] { adminId, opsId }, await Ids(""));
        Assert.Equal(new[] { opsId }, await Ids("key=ops"));
        Assert.Equal(new[] { adminId }, await Ids("destination=cloud"));
        Assert.Equal(new[] { opsId }, await Ids("destination=127.0.0.1:" + new Uri(mesh.Edge.BaseUrl).Port));
        Assert.Equal(new[] { adminId }, await Ids("q=GPT-4O"));
        Assert.Equal(new[] { opsId }, await Ids("q=" + opsId[^8..]));
        Assert.Empty(await Ids("domain=medical"));
        Assert.Equal(new[] { adminId }, await Ids("limit=1"));

        var row = (await GetJsonAsync(node, "/v1/localmesh/audit/requests?key=ops", "admin-secret")).GetProperty("data")[0];
        Assert.Equal("edge", row.GetProperty("tier").GetString());
        Assert.Equal(1, row.GetProperty("crossings").GetInt32());
        Assert.Equal(mesh.Edge.BodyBytes, row.GetProperty("bytes_left").GetInt64());

        // The crossings' audit takes the key too.
        var audit = await GetJsonAsync(node, "/v1/localmesh/audit?key=ops", "admin-secret");
        Assert.Equal(opsId, audit.GetProperty("crossings").EnumerateArray().Single().GetProperty("request_id").GetString());

        // Every dashboard view is for admins only.
        foreach (var path in new[] { "/v1/localmesh/audit/requests", "/v1/localmesh/stats", "/v1/localmesh/audit/crossings/1", "/v1/localmesh/intents/review" })
        {
            using var denied = await node.SendAsync(HttpMethod.Get, path, "ops-secret", null);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
            using var anonymous = await node.SendAsync(HttpMethod.Get, path, null, null);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
    }

    [Fact]
    public async Task Crossing_ShowsWhatLeft_AsSent_WithTheRedactedKinds()
    {
        await using var cloud = await FakeLlmServer.StartAsync("cloud");
        var config = TestNode.Backend("cloud", "cloud", cloud.BaseUrl, "gpt-4o");
        config["Privacy:ClassifyDomains"] = "false";
        config["Audit:StoreContent"] = "true";
        await using var node = await TestNode.StartAsync(config);
        var id = await node.AnsweredAsync(TestNode.Body($"Please write to {Email} about the order", model: "gpt-4o"));

        var row = (await GetJsonAsync(node, "/v1/localmesh/audit/requests")).GetProperty("data").EnumerateArray().Single();
        Assert.Equal(id, row.GetProperty("request_id").GetString());
        Assert.Equal("EMAIL:1", row.GetProperty("redacted_kinds").GetString());
        var crossingId = (await GetJsonAsync(node, "/v1/localmesh/audit")).GetProperty("crossings")[0].GetProperty("id").GetInt64();

        var crossing = await GetJsonAsync(node, $"/v1/localmesh/audit/crossings/{crossingId}");
        Assert.True(crossing.GetProperty("stored").GetBoolean());
        Assert.Equal("utf-8", crossing.GetProperty("content_encoding").GetString());
        var sent = crossing.GetProperty("content").GetString()!;
        Assert.Equal(cloud.Requests.Single().Body, sent); // byte for byte what the cloud received
        Assert.DoesNotContain(Email, sent, StringComparison.Ordinal);
        Assert.Contains("about the order", sent, StringComparison.Ordinal);
        Assert.Equal("EMAIL:1", crossing.GetProperty("redacted_kinds").GetString());

        using var missing = await node.Http.GetAsync("/v1/localmesh/audit/crossings/999999", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("crossing_not_found", (await TestNode.JsonAsync(missing)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Crossing_WithoutStoredContent_SaysHowToKeepIt()
    {
        await using var mesh = await EdgeAndCloud.StartAsync();
        await mesh.Node.AnsweredAsync(TestNode.Body("hello edge", model: "llama3.2"));
        var crossingId = (await GetJsonAsync(mesh.Node, "/v1/localmesh/audit")).GetProperty("crossings")[0].GetProperty("id").GetInt64();

        var crossing = await GetJsonAsync(mesh.Node, $"/v1/localmesh/audit/crossings/{crossingId}");
        Assert.False(crossing.GetProperty("stored").GetBoolean());
        Assert.Equal(JsonValueKind.Null, crossing.GetProperty("content").ValueKind);
        Assert.Contains("LocalMesh:Audit:StoreContent", crossing.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, crossing.GetProperty("content_sha256").GetString()!.Length);
    }

    [Fact]
    public async Task RequestEvents_CarryTheRoute_AndGoOnlyToAdminsWhoAsk()
    {
        await using var cloud = await FakeLlmServer.StartAsync("cloud");
        var config = TestNode.Merge(TestNode.Backend("cloud", "cloud", cloud.BaseUrl, "gpt-4o"), TestNode.AdminAndOpsKeys());
        config["Privacy:ClassifyDomains"] = "false";
        await using var node = await TestNode.StartAsync(config);
        await using var admin = await EventStream.OpenAsync(node, "admin-secret", "?requests=true");
        await using var ops = await EventStream.OpenAsync(node, "ops-secret", "?requests=true");
        await using var plain = await EventStream.OpenAsync(node, "admin-secret", string.Empty);

        // A smart-home command publishes an event: once each stream has it, each is subscribed.
        await node.AnsweredAsync(TestNode.Body("turn on the hall lights"), key: "ops-secret");
        foreach (var stream in new[] { admin, ops, plain })
        {
            await stream.ReadUntilAsync(e => e.GetProperty("type").GetString() == "smart_home.command");
        }

        var id = await node.AnsweredAsync(TestNode.Body($"mail {Email} please", model: "gpt-4o"), key: "admin-secret");
        await node.AnsweredAsync(TestNode.Body("turn on the kitchen lights"), key: "ops-secret"); // its command comes after the mail's request event

        var request = (await admin.ReadUntilAsync(e => e.GetProperty("type").GetString() == "request.completed" && e.GetProperty("data").GetProperty("request_id").GetString() == id))[^1].GetProperty("data");
        Assert.Equal("cloud", request.GetProperty("tier").GetString());
        Assert.Equal("cloud", request.GetProperty("backend").GetString());
        Assert.Equal("ok", request.GetProperty("status").GetString());
        Assert.Equal(1, request.GetProperty("redactions").GetProperty("EMAIL").GetInt32());
        Assert.Equal(cloud.BodyBytes, request.GetProperty("bytes_sent").GetInt64());
        Assert.False(request.GetProperty("cache_hit").GetBoolean());
        Assert.Equal("admin", request.GetProperty("key").GetString());

        // A non-admin key that asks, and an admin that does not, get the command but no request events.
        foreach (var stream in new[] { ops, plain })
        {
            var seen = await stream.ReadUntilAsync(e => e.GetProperty("type").GetString() == "smart_home.command");
            Assert.DoesNotContain(seen, e => e.GetProperty("type").GetString()!.StartsWith("request.", StringComparison.Ordinal));
        }

        // Request events are not kept for late readers (one per request would push the rare events out).
        await using var late = await EventStream.OpenAsync(node, "admin-secret", "?requests=true&recent=true");
        var replayed = await late.ReadUntilAsync(e => e.GetProperty("type").GetString() == "smart_home.command" && e.GetProperty("data").ToString().Contains("kitchen", StringComparison.Ordinal));
        Assert.DoesNotContain(replayed, e => e.GetProperty("type").GetString()!.StartsWith("request.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IntentReview_ListsCorrections_AndWhetherTheModelLearnedThem()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        var models = (LocalMesh.Specialists.Intents.IntentModelStore)node.Services.GetService(typeof(LocalMesh.Specialists.Intents.IntentModelStore))!;
        var before = models.Current!.Info.Version;
        const string Phrase = "the ficus looks thirsty today";
        using (var taught = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/feedback", null, new { text = Phrase, intent = "oos" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, taught.StatusCode);
        }

        await models.WaitForRetrainsAsync(Ct).WaitAsync(TimeSpan.FromMinutes(10), Ct);
        var review = await GetJsonAsync(node, "/v1/localmesh/intents/review");
        Assert.Equal(before + 1, review.GetProperty("model").GetProperty("version").GetInt32());
        Assert.Equal(1, review.GetProperty("corrections").GetProperty("total").GetInt32());
        var recent = review.GetProperty("recent").EnumerateArray().Single();
        Assert.Equal(Phrase, recent.GetProperty("text").GetString());
        Assert.Equal("oos", recent.GetProperty("intent").GetString());
        Assert.Equal(recent.GetProperty("now").GetString() == "oos", recent.GetProperty("learned").GetBoolean());
        Assert.Equal(review.GetProperty("corrections").GetProperty("learned").GetInt32() == 1, recent.GetProperty("learned").GetBoolean());

        // A classified request shows in the usage of its intent.
        await node.AnsweredAsync(TestNode.Body("set a timer for 5 minutes"));
        var usage = (await GetJsonAsync(node, "/v1/localmesh/intents/review")).GetProperty("usage").EnumerateArray().Single(u => u.GetProperty("intent").GetString() == "timer");
        Assert.Equal(1, usage.GetProperty("classified").GetInt64());
        Assert.Equal(1, usage.GetProperty("local").GetInt64());
    }

    [Fact]
    public async Task Knowledge_ListsEachCollectionsLastIngest()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        var folder = TempDirectories.Create("localmesh-kb-");
        await File.WriteAllTextAsync(Path.Combine(folder, "leave.md"), "# Leave\n\nParental leave is sixteen weeks.\n", Ct);
        using (var ingest = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/ingest", null, new { path = folder, collection = "hr", domain = "general" }))
        {
            Assert.True(ingest.IsSuccessStatusCode, await ingest.Content.ReadAsStringAsync(Ct));
        }

        var collection = (await GetJsonAsync(node, "/v1/localmesh/kb")).GetProperty("data").EnumerateArray().Single();
        Assert.Equal("hr", collection.GetProperty("name").GetString());
        Assert.True(collection.GetProperty("last_ingest").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    private static async Task<JsonElement> GetJsonAsync(TestNode node, string path, string? key = null)
    {
        using var response = await node.SendAsync(HttpMethod.Get, path, key, null);
        var json = await TestNode.JsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {json}");
        return json;
    }

    /// <summary>An open <c>/v1/localmesh/events</c> stream.</summary>
    private sealed class EventStream : IAsyncDisposable
    {
        private readonly CancellationTokenSource _timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        private HttpResponseMessage? _response;
        private StreamReader? _reader;

        public static async Task<EventStream> OpenAsync(TestNode node, string key, string query)
        {
            var stream = new EventStream();
            stream._timeout.CancelAfter(TimeSpan.FromSeconds(60)); // a hang guard
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/localmesh/events" + query);
            request.Headers.Authorization = new("Bearer", key);
            stream._response = await node.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stream._timeout.Token);
            Assert.Equal(HttpStatusCode.OK, stream._response.StatusCode);
            stream._reader = new StreamReader(await stream._response.Content.ReadAsStreamAsync(stream._timeout.Token));
            return stream;
        }

        /// <summary>The events up to and including the first that <paramref name="last"/> matches.</summary>
        public async Task<List<JsonElement>> ReadUntilAsync(Func<JsonElement, bool> last)
        {
            var events = new List<JsonElement>();
            while (await _reader!.ReadLineAsync(_timeout.Token) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    var e = JsonDocument.Parse(line[6..]).RootElement.Clone();
                    events.Add(e);
                    if (last(e))
                    {
                        return events;
                    }
                }
            }

            throw new EndOfStreamException("The event stream ended.");
        }

        public ValueTask DisposeAsync()
        {
            _reader?.Dispose();
            _response?.Dispose();
            _timeout.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
