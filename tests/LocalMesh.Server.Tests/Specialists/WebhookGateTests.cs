using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LocalMesh.Configuration;
using LocalMesh.Specialists.Intents;
using LocalMesh.Ledger;
using LocalMesh.Routing;
using LocalMesh.Specialists.Skills;
using LocalMesh.Specialists;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Server.Tests.Specialists;

/// <summary>Webhooks are destinations: policy, redaction, the ledger and retries, against a real recording webhook.</summary>
public sealed class WebhookGateTests
{
    private const string Command = "turn off the lights in the kitchen";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MedicalCommand_ToACloudHub_IsNotSent_AndTheLedgerRecordsTheBlock()
    {
        await using var hook = await RecordingWebhook.StartAsync();
        await using var node = await StartAsync(hook, "cloud");

        var (answer, requestId) = await AskAsync(node, Command, domain: "medical");

        Assert.StartsWith("Not sent: turn off lights in the kitchen was not sent to the home hub", answer);
        Assert.Contains("because data of the 'medical' domain may reach only local, edge, and this webhook is in the cloud tier.", answer);
        var row = Assert.Single(await WebhookRowsAsync(node));
        Assert.Equal((requestId, "webhook:smart_home", "cloud", "medical", "blocked"), (row.RequestId, row.Backend, row.Tier, row.Domain, row.Outcome));
        Assert.Equal((0, 0), (row.BytesSent, row.BytesReceived));
        Assert.Equal($"127.0.0.1:{hook.Port}", row.Destination);
        Assert.Contains("does not allow cloud", row.PolicyDecision);
        Assert.Empty(hook.Bodies); // the blocked attempt is in the ledger, and nothing arrived

        // The same command in a domain that may reach the cloud is sent: the domain's policy is what kept it.
        Assert.Equal("OK: turn off lights in the kitchen.", (await AskAsync(node, Command, domain: "general")).Answer);
        await hook.WaitForAsync(1);
        Assert.Single(hook.Bodies);
    }

    [Fact]
    public async Task PersonalData_ToARedactedTier_ArrivesAsPlaceholders()
    {
        await using var hook = await RecordingWebhook.StartAsync();
        await using var node = await StartAsync(hook, "cloud"); // cloud is in Privacy:RedactTiers by default
        const string email = "alice.martin@example.com";

        var (answer, _) = await AskAsync(node, $"turn off the lights in the kitchen and email {email}", domain: "general");

        Assert.Equal("OK: turn off lights in the kitchen.", answer);
        await hook.WaitForAsync(1);
        var body = Assert.Single(hook.Bodies);
        Assert.DoesNotContain(email, body);
        var text = JsonNode.Parse(body)!["text"]!.GetValue<string>();
        Assert.Equal("turn off the lights in the kitchen and email <EMAIL_1>", text);
        Assert.Equal("lights", JsonNode.Parse(body)!["device"]!.GetValue<string>()); // the structured command is intact
        var row = Assert.Single(await WebhookRowsAsync(node));
        Assert.Equal((1, "EMAIL:1", "ok"), (row.Redactions, row.RedactedKinds, row.Outcome));
    }

    [Fact]
    public async Task NormalCall_IsACrossing_WithDestinationBytesDomainAndOutcome()
    {
        await using var hook = await RecordingWebhook.StartAsync();
        hook.Reply = """{"ok":true,"device":"kitchen lights"}""";
        await using var node = await StartAsync(hook, tier: null); // default: edge

        var (answer, requestId) = await AskAsync(node, Command);

        Assert.Equal("OK: turn off lights in the kitchen.", answer);
        await hook.WaitForAsync(1);
        var body = Assert.Single(hook.Bodies);
        Assert.Contains(Command, body); // edge is not a redacted tier
        var row = Assert.Single(await WebhookRowsAsync(node));
        Assert.Equal((requestId, "webhook:smart_home", "edge", $"127.0.0.1:{hook.Port}", "unclassified", "ok"),
            (row.RequestId, row.Backend, row.Tier, row.Destination, row.Domain, row.Outcome));
        Assert.Equal(hook.BodyBytes, row.BytesSent);
        Assert.Equal(Encoding.UTF8.GetByteCount(hook.Reply), row.BytesReceived);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))), row.ContentSha256);
        Assert.Equal("domain 'unclassified' (default) allows edge", row.PolicyDecision);
        Assert.Null(row.Error);
    }

    [Fact]
    public async Task FailedTries_AreRetried_AndEachIsInTheLedger()
    {
        await using var hook = await RecordingWebhook.StartAsync();
        hook.Script(503, 503);
        await using var node = await StartAsync(hook, tier: null);

        var (answer, requestId) = await AskAsync(node, Command);

        Assert.Equal("OK: turn off lights in the kitchen.", answer);
        await hook.WaitForAsync(3);
        var rows = (await WebhookRowsAsync(node)).OrderBy(r => r.Id).ToList();
        Assert.Equal(["error", "error", "ok"], rows.Select(r => r.Outcome));
        Assert.All(rows, r => Assert.Equal(requestId, r.RequestId));
        Assert.Equal("webhook answered HTTP 503; retrying (attempt 1 of 3)", rows[0].Error);
        Assert.Equal("webhook answered HTTP 503; retrying (attempt 2 of 3)", rows[1].Error);
        Assert.Equal(hook.BodyBytes, rows.Sum(r => r.BytesSent)); // each try's bytes, once
        Assert.Equal(hook.BodyBytes / 3, rows[2].BytesSent);
    }

    [Fact]
    public async Task AHubThatAlwaysFails_EndsInTheLedger_AsAFailure()
    {
        await using var hook = await RecordingWebhook.StartAsync();
        hook.Status = 503;
        await using var node = await StartAsync(hook, tier: null);

        Assert.Equal("OK: turn off lights in the kitchen. (the home hub answered 503)", (await AskAsync(node, Command)).Answer);
        await hook.WaitForAsync(3);
        var rows = (await WebhookRowsAsync(node)).OrderBy(r => r.Id).ToList();
        Assert.Equal(3, hook.Bodies.Count);
        Assert.Equal(["error", "error", "error"], rows.Select(r => r.Outcome));
        Assert.Equal("webhook answered HTTP 503 after 3 attempts", rows[2].Error);

        // A hub that is down: each refused connection is tried again, and the last failure is recorded.
        await hook.StopAsync();
        Assert.Contains("could not be reached", (await AskAsync(node, Command)).Answer);
        var last = (await WebhookRowsAsync(node)).OrderBy(r => r.Id).Skip(3).ToList();
        Assert.Equal(3, last.Count);
        Assert.All(last, r => Assert.Equal("error", r.Outcome));
        Assert.All(last, r => Assert.Equal(0, r.BytesSent)); // refused: nothing left
        Assert.StartsWith("connection failed", last[2].Error);
        Assert.EndsWith("after 3 attempts", last[2].Error);
    }

    [Fact]
    public async Task UserIntentWebhook_AnswersWhenAllowed_AndSaysWhyWhenPolicyKeepsTheRequest()
    {
        await using var hook = await RecordingWebhook.StartAsync();
        hook.Reply = """{"text":"The door is open."}""";
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        node.Services.GetRequiredService<IntentStore>().SaveUserIntent("open_door", new UserIntentConfig
        {
            Examples = ["open the door", "let them in", "unlock the front door please"],
            Response = "Opening the door.",
            Webhook = hook.Url,
            WebhookTier = "cloud", // kept by the store: intents added through the API have their tier too
        });
        var skill = node.Services.GetRequiredService<UserIntentSkill>();
        SkillRequest Request(string id, string domain, params Tier[] tiers) =>
            new("open the door", "open_door", id, DateTimeOffset.UtcNow, TimeZoneInfo.Utc) { Route = new RouteContext { RequestId = id, Domain = domain, AllowedTiers = tiers.ToHashSet() } };

        Assert.Equal("The door is open.", await skill.AnswerAsync(Request("req_open", "general", Tier.Local, Tier.Edge, Tier.Cloud), Ct));
        var secret = await skill.AnswerAsync(Request("req_secret", "secret", Tier.Local), Ct);

        Assert.Equal("Not sent: the 'open_door' request was not sent to its webhook, because data of the 'secret' domain may reach only local, and this webhook is in the cloud tier.", secret);
        Assert.Single(hook.Bodies);
        var rows = (await WebhookRowsAsync(node)).ToDictionary(r => r.RequestId);
        Assert.Equal(("webhook:open_door", "ok", "general"), (rows["req_open"].Backend, rows["req_open"].Outcome, rows["req_open"].Domain));
        Assert.Equal(("blocked", "secret", 0L), (rows["req_secret"].Outcome, rows["req_secret"].Domain, rows["req_secret"].BytesSent));
    }

    [Fact]
    public async Task ABadWebhookTier_IsReportedAtStart_NamingTheKey()
    {
        var error = await Assert.ThrowsAsync<LocalMeshConfigurationException>(() => TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["Specialists:SmartHomeWebhook"] = "http://127.0.0.1:9/hook",
            ["Specialists:SmartHomeWebhookTier"] = "lan",
        }));
        Assert.Contains(error.Errors, e => e.Contains("LocalMesh:Specialists:SmartHomeWebhookTier") && e.Contains("'lan'"));
    }

    private static Task<TestNode> StartAsync(RecordingWebhook hook, string? tier)
    {
        var config = new Dictionary<string, string?> { ["Specialists:SmartHomeWebhook"] = hook.Url };
        if (tier is not null)
        {
            config["Specialists:SmartHomeWebhookTier"] = tier;
        }

        return TestNode.StartAsync(config);
    }

    private static async Task<(string Answer, string RequestId)> AskAsync(TestNode node, string prompt, string? domain = null)
    {
        using var response = await node.ChatAsync(TestNode.Body(prompt), domain);
        var json = await TestNode.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToString());
        var route = json.GetProperty("localmesh");
        Assert.Equal("local", route.GetProperty("tier").GetString());
        return (json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!, route.GetProperty("request_id").GetString()!);
    }

    private static async Task<List<CrossingRow>> WebhookRowsAsync(TestNode node)
    {
        var ledger = node.Services.GetRequiredService<AuditLedger>();
        await ledger.FlushAsync();
        var report = await ledger.QueryAsync(new AuditQuery { Limit = 1000 });
        return [.. report.Crossings.Where(c => c.Backend.StartsWith("webhook:", StringComparison.Ordinal))];
    }
}
