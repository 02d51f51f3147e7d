using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using LocalMesh.Ledger;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Server.Tests.Management;

/// <summary>The signal streams' HTTP API on a real node: batches in, alerts out (event stream, ledger, webhook), bad input refused whole, state kept across a restart.</summary>
public sealed class SignalEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Three days of a quiet 5-minute sensor, then a jump to a level it has never had.</summary>
    private static double[] QuietThenJump(int quiet = 864, int after = 20)
    {
        var random = new Random(21);
        return [.. Enumerable.Range(0, quiet + after).Select(i => 20 + random.NextDouble() + (i >= quiet ? 15 : 0))];
    }

    private static string Json(double[] values, int from, int count) => JsonSerializer.Serialize(
        Enumerable.Range(from, count).Select(i => new { timestamp = (T0 + TimeSpan.FromMinutes(5 * i)).ToString("O", CultureInfo.InvariantCulture), value = values[i] }));

    private static Task<HttpResponseMessage> PostAsync(TestNode node, string stream, string body, string type = "application/json") =>
        node.Http.PostAsync("/v1/localmesh/signals/" + stream, new StringContent(body, Encoding.UTF8, type), Ct);

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Jump_RaisesAnAlert_OnTheEventStream_AndInTheLedger()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        var values = QuietThenJump();
        await OkAsync(await PostAsync(node, "boiler.temp", Json(values, 0, 864)));

        var result = await OkAsync(await PostAsync(node, "boiler.temp", Json(values, 864, 20)));
        // The alert is published before the batch is answered, so the event stream's replay of recent events has it.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        using var events = await node.Http.GetAsync("/v1/localmesh/events?recent=true", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync(timeout.Token));

        var alert = Assert.Single(result.GetProperty("alerts").EnumerateArray());
        Assert.Equal("boiler.temp", alert.GetProperty("stream").GetString());
        Assert.Equal(T0 + TimeSpan.FromMinutes(5 * 864), alert.GetProperty("timestamp").GetDateTimeOffset());
        Assert.Equal("value", alert.GetProperty("feature").GetString());
        Assert.Equal(15, alert.GetProperty("context").GetArrayLength());

        JsonElement published = default;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal) && line.Contains("\"signal.alert\"", StringComparison.Ordinal))
            {
                published = JsonDocument.Parse(line[6..]).RootElement.Clone();
                break;
            }
        }

        Assert.Equal("signal.alert", published.GetProperty("type").GetString());
        Assert.Equal(alert.GetProperty("score").GetDouble(), published.GetProperty("data").GetProperty("score").GetDouble());

        await node.Services.GetRequiredService<AuditLedger>().FlushAsync();
        var audit = await node.Http.GetStringAsync("/v1/localmesh/audit", Ct);
        Assert.Equal(1, JsonDocument.Parse(audit).RootElement.GetProperty("requests").GetInt32());

        var stream = await OkAsync(await node.Http.GetAsync("/v1/localmesh/signals/boiler.temp", Ct));
        Assert.Equal(884, stream.GetProperty("points").GetInt64());
        Assert.Equal(1, stream.GetProperty("recent_alerts").GetArrayLength());
    }

    [Fact]
    public async Task Alert_ReachesAnEdgeWebhook_ButAMedicalStreamsNeverReachesACloudOne()
    {
        await using var hook = await RecordingWebhook.StartAsync();
        foreach (var (tier, domain, delivered) in new[] { ("edge", "general", true), ("cloud", "medical", false) })
        {
            await using var node = await TestNode.StartAsync(new Dictionary<string, string?> { ["Signals:Webhook"] = hook.Url, ["Signals:WebhookTier"] = tier });
            var before = hook.Bodies.Count;
            await OkAsync(await node.Http.PutAsync("/v1/localmesh/signals/ward-3.pulse/settings", new StringContent($"{{\"domain\":\"{domain}\"}}", Encoding.UTF8, "application/json"), Ct));
            var ledger = node.Services.GetRequiredService<AuditLedger>();
            var crossing = new TaskCompletionSource<CrossingRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
            ledger.CrossingWritten += c => crossing.TrySetResult(c);
            var values = QuietThenJump();
            await OkAsync(await PostAsync(node, "ward-3.pulse", Json(values, 0, values.Length)));
            var written = await crossing.Task.WaitAsync(TimeSpan.FromSeconds(60), Ct);

            Assert.Equal("webhook:signals", written.Backend);
            if (delivered)
            {
                await hook.WaitForAsync(before + 1);
                Assert.Contains("\"stream\":\"ward-3.pulse\"", hook.Bodies.Last());
            }
            else
            {
                Assert.Equal("blocked", written.Outcome);
                Assert.Equal("medical", written.Domain);
                Assert.Equal(0, written.BytesSent);
                Assert.Equal(before, hook.Bodies.Count);
            }
        }
    }

    private static readonly (string What, string Type, string Body, string Code)[] BadBodies =
    [
        ("non-numeric value", "application/json", """[{"timestamp":"2026-01-05T00:10:00Z","value":"high"}]""", "invalid_value"),
        ("NaN in CSV", "text/csv", "timestamp,value\n2026-01-05T00:10:00Z,NaN\n", "invalid_value"),
        ("Infinity in CSV", "text/csv", "2026-01-05T00:10:00Z,1\n2026-01-05T00:15:00Z,Infinity\n", "invalid_value"),
        ("out of order", "application/json", """[{"timestamp":"2026-01-05T00:20:00Z","value":1},{"timestamp":"2026-01-05T00:15:00Z","value":2}]""", "out_of_order"),
        ("duplicate", "application/json", """[{"timestamp":"2026-01-05T00:20:00Z","value":1},{"timestamp":"2026-01-05T00:20:00Z","value":2}]""", "duplicate_timestamp"),
        ("older than stored", "application/json", """[{"timestamp":"2026-01-05T00:00:00Z","value":1}]""", "out_of_order"),
        ("same as stored", "application/json", """[{"timestamp":"2026-01-05T00:05:00Z","value":1}]""", "duplicate_timestamp"),
        ("empty batch", "application/json", "[]", "empty_batch"),
        ("empty body", "application/json", "", "invalid_json"),
        ("not a timestamp", "application/json", """[{"timestamp":"yesterday","value":1}]""", "invalid_timestamp"),
        ("missing value", "application/json", """{"points":[{"timestamp":"2026-01-05T00:20:00Z"}]}""", "missing_value"),
        ("bad CSV line", "text/csv", "2026-01-05T00:20:00Z;1\n", "invalid_csv"),
    ];

    [Fact]
    public async Task BadBatch_IsA400_WithAClearError_AndNothingIsStored()
    {
        // One node for every case (a node per case would hold a dozen nodes' models in memory at once).
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        await OkAsync(await PostAsync(node, "s", """[{"timestamp":"2026-01-05T00:00:00Z","value":1},{"timestamp":"2026-01-05T00:05:00Z","value":2}]"""));

        foreach (var row in BadBodies)
        {
            var (what, type, body, code) = row;
            using var response = await PostAsync(node, "s", body, type);

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: HTTP {(int)response.StatusCode}");
            var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("error");
            Assert.True(code == error.GetProperty("code").GetString(), $"{what}: {error}");
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
            var stream = await OkAsync(await node.Http.GetAsync("/v1/localmesh/signals/s", Ct));
            Assert.True(stream.GetProperty("points").GetInt64() == 2, $"{what}: points were stored");
        }
    }

    [Fact]
    public async Task FiftyMegabyteBatch_IsA413_AndCreatesNoStream()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        var line = "2026-01-05T00:00:00Z,1.000000000000\n";
        var csv = new StringBuilder(50 * 1024 * 1024 + line.Length);
        while (csv.Length < 50 * 1024 * 1024) csv.Append(line);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/localmesh/signals/big") { Content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv") };
        request.Headers.ExpectContinue = true; // as well-behaved clients do: the node answers 413 before the body is sent
        // A client that waits for the node's answer however busy the machine is (the default gives up after 1 s and sends).
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) }) { BaseAddress = node.BaseUri };
        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("request_too_large", JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await node.Http.GetAsync("/v1/localmesh/signals/big", Ct)).StatusCode);
    }

    [Fact]
    public async Task InvalidStreamNameOrSettings_AreA400()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());

        using var name = await PostAsync(node, "bad%20name", """[{"timestamp":"2026-01-05T00:00:00Z","value":1}]""");
        using var settings = await node.Http.PutAsync("/v1/localmesh/signals/s/settings", new StringContent("""{"sensitivity":0}""", Encoding.UTF8, "application/json"), Ct);
        using var unknown = await node.Http.PutAsync("/v1/localmesh/signals/s/settings", new StringContent("""{"loudness":2}""", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, name.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, settings.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(0, (await OkAsync(await node.Http.GetAsync("/v1/localmesh/signals", Ct))).GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task Restart_KeepsEveryStreamsStateAndSettings()
    {
        var dataDir = TestNode.NewDataDir();
        var values = QuietThenJump();
        await using (var first = await TestNode.StartAsync(new Dictionary<string, string?>(), dataDir))
        {
            await OkAsync(await first.Http.PutAsync("/v1/localmesh/signals/boiler.temp/settings", new StringContent("""{"sensitivity":2,"min_gap_seconds":600}""", Encoding.UTF8, "application/json"), Ct));
            var csv = string.Join('\n', Enumerable.Range(0, 864).Select(i => (T0 + TimeSpan.FromMinutes(5 * i)).ToUnixTimeSeconds() + "," + values[i].ToString("R", CultureInfo.InvariantCulture)));
            Assert.Equal(864, (await OkAsync(await PostAsync(first, "boiler.temp", csv, "text/csv"))).GetProperty("accepted").GetInt32());
        }

        await using var second = await TestNode.StartAsync(new Dictionary<string, string?>(), dataDir);
        var stream = await OkAsync(await second.Http.GetAsync("/v1/localmesh/signals/boiler.temp", Ct));
        Assert.Equal(864, stream.GetProperty("points").GetInt64());
        Assert.Equal(2, stream.GetProperty("settings").GetProperty("sensitivity").GetDouble());
        Assert.Equal(T0 + TimeSpan.FromMinutes(5 * 863), stream.GetProperty("last_timestamp").GetDateTimeOffset());

        // It goes on where it stopped: the jump is news, and a point from before the restart is refused.
        var result = await OkAsync(await PostAsync(second, "boiler.temp", Json(values, 864, 20)));
        Assert.Single(result.GetProperty("alerts").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(second, "boiler.temp", Json(values, 100, 1))).StatusCode);
    }
}
