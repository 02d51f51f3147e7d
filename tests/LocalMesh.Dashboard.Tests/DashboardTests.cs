using System.Net;
using System.Text.Json;
using LocalMesh.Specialists.Intents;
using LocalMesh.Server.Tests;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace LocalMesh.Dashboard.Tests;

/// <summary>
/// The dashboard in real Chromium against real nodes on loopback (fake LLMs are real OpenAI-protocol servers). Every wait
/// is on the page's DOM (Playwright's auto-waiting expectations) or on the node's own signals, never on the clock.
/// </summary>
public sealed class DashboardTests(Chromium chromium)
{
    private const string Email = "maria.gonzalez@contoso-health.com";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_LoadsWithoutConsoleErrors_ShowsEveryPanel_AndFitsAPhone()
    {
        await using var site = await StartSiteAsync(new Dictionary<string, string?> { ["Audit:StoreContent"] = "true" });
        var node = site.Node;
        await node.AnsweredAsync(TestNode.Body("set a timer for 10 minutes"));
        await node.AnsweredAsync(TestNode.Body("what is the capital of France", model: "llama3.2"));
        await node.AnsweredAsync(TestNode.Body($"write to {Email} that the order shipped", model: "gpt-4o"));
        await node.AnsweredAsync(TestNode.Body("add milk to my shopping list"));
        await IngestAsync(node);
        await node.AnsweredAsync(TestNode.Body("how long is parental leave", model: "kb/hr"));
        await node.AnsweredAsync(TestNode.Body("how long is parental leave", model: "kb/hr")); // the second one comes from the cache

        await using var dashboard = await DashboardPage.OpenAsync(chromium.Browser, node.BaseUri);
        await Assertions.Expect(dashboard["#feed-rows tr[data-request-id]"]).ToHaveCountAsync(6);
        await Assertions.Expect(dashboard["#backend-rows tr[data-backend='edge'] td.health"]).ToHaveTextAsync("healthy");
        await Assertions.Expect(dashboard["#totals-cards .card"].First).ToContainTextAsync("6");
        await Assertions.Expect(dashboard["#ledger-rows tr[data-request-id]"]).ToHaveCountAsync(6);
        await Assertions.Expect(dashboard["#left-rows tr[data-crossing]"]).ToHaveCountAsync(site.Edge.Requests.Count + site.Cloud.Requests.Count);
        await Assertions.Expect(dashboard["#kb-rows"]).ToContainTextAsync("hr");
        await Assertions.Expect(dashboard["#intent-rows tr[data-intent='timer']"]).ToBeVisibleAsync();
        await Assertions.Expect(dashboard["#schedule-rows"]).ToContainTextAsync("10 minutes");
        await Assertions.Expect(dashboard["#domain-rows"]).ToContainTextAsync("medical");
        await Assertions.Expect(dashboard["#signals [data-status]"]).ToHaveTextAsync("none yet"); // signals are on by default, with no stream yet
        await Assertions.Expect(dashboard["#nodes [data-status]"]).ToHaveTextAsync("not enabled on this node");

        await Assertions.Expect(dashboard["#totals-cards"]).ToContainTextAsync("1 of 2 knowledge answers");

        // The cache hit and the redaction are in the feed.
        await Assertions.Expect(dashboard["#feed-rows"]).ToContainTextAsync("hit");
        await Assertions.Expect(dashboard["#feed-rows"]).ToContainTextAsync("EMAIL×1");

        // What left: the text as the cloud got it, the e-mail address replaced.
        var cloudRow = dashboard["#left-rows tr[data-crossing]"].Filter(new LocatorFilterOptions { HasText = "cloud (" });
        await cloudRow.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Show" }).ClickAsync();
        await Assertions.Expect(dashboard["#left-content"]).ToContainTextAsync("that the order shipped");
        await Assertions.Expect(dashboard["#left-content"]).ToContainTextAsync("redacted: EMAIL×1");
        Assert.DoesNotContain(Email, await dashboard["#left-content"].TextContentAsync(), StringComparison.Ordinal);

        foreach (var panel in new[] { "feed", "backends", "totals", "ledger", "left", "knowledge", "intents", "schedule", "domains", "signals", "nodes" })
        {
            await dashboard.ScreenshotAsync("panel-" + panel, "#" + panel);
        }

        await dashboard.Page.SetViewportSizeAsync(1280, 1700);
        await dashboard.ScreenshotAsync("dashboard");
        Assert.True(dashboard.Errors.Count == 0, string.Join("\n", dashboard.Errors));

        // Phone width: nothing wider than the screen (wide tables scroll inside their panel).
        await using var phone = await DashboardPage.OpenAsync(chromium.Browser, node.BaseUri, width: 390, height: 844);
        await Assertions.Expect(phone["#feed-rows tr[data-request-id]"]).ToHaveCountAsync(6);
        await Assertions.Expect(phone["#totals-cards .card"].First).ToContainTextAsync("6");
        var wider = await phone.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll, .nav'))
              .map(e => `${e.tagName.toLowerCase()}#${e.id}.${e.className} ${Math.round(e.getBoundingClientRect().right)}px`)
            """);
        Assert.True(wider.Length == 0, "wider than a 390-pixel screen: " + string.Join(", ", wider));
        Assert.True(await phone.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        await phone.ScreenshotAsync("phone");
        Assert.True(phone.Errors.Count == 0, string.Join("\n", phone.Errors));
    }

    [Fact]
    public async Task Request_AppearsInTheFeed_WithItsRoute()
    {
        await using var site = await StartSiteAsync();
        await using var dashboard = await DashboardPage.OpenAsync(chromium.Browser, site.Node.BaseUri);
        await Assertions.Expect(dashboard["#feed [data-status]"]).ToHaveTextAsync("live");

        var id = await site.Node.AnsweredAsync(TestNode.Body("what is the capital of France", model: "llama3.2"));
        var row = dashboard[$"#feed-rows tr[data-request-id='{id}']"];
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("edge");  // tier
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("edge");  // backend
        var route = (await site.Node.RequestRecordAsync(id)).Reason!;
        await Assertions.Expect(row.Locator("td.reason")).ToHaveTextAsync(route);
        await Assertions.Expect(row).ToContainTextAsync("ok");

        var local = await site.Node.AnsweredAsync(TestNode.Body("set an alarm for 7 am"));
        var localRow = dashboard[$"#feed-rows tr[data-request-id='{local}']"];
        await Assertions.Expect(localRow.Locator("td").Nth(2)).ToHaveTextAsync("local");
        await Assertions.Expect(localRow.Locator("td").Nth(3)).ToHaveTextAsync("specialists");
        await Assertions.Expect(dashboard["#feed-rows tr"].First).ToHaveAttributeAsync("data-request-id", local); // newest first
        Assert.True(dashboard.Errors.Count == 0, string.Join("\n", dashboard.Errors));
    }

    [Fact]
    public async Task LedgerFilter_ShowsOnlyMatchingRequests()
    {
        await using var site = await StartSiteAsync(TestNode.AdminAndOpsKeys());
        var node = site.Node;
        var ops = new[]
        {
            await node.AnsweredAsync(TestNode.Body("what is the capital of France", model: "llama3.2"), key: "ops-secret"),
            await node.AnsweredAsync(TestNode.Body("name three rivers in Spain", model: "llama3.2"), key: "ops-secret"),
        };
        var cloud = await node.AnsweredAsync(TestNode.Body("write a haiku about autumn", model: "gpt-4o"), key: "admin-secret");

        await using var dashboard = await DashboardPage.OpenAsync(chromium.Browser, node.BaseUri);
        await dashboard.SignInAsync("admin-secret");
        var rows = dashboard["#ledger-rows tr[data-request-id]"];
        await Assertions.Expect(rows).ToHaveCountAsync(3);

        await dashboard["#ledger-form input[name=key]"].FillAsync("ops");
        await dashboard["#ledger-form button[type=submit]"].ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        Assert.Equal(ops.Reverse(), await Ids(rows));

        await dashboard["#ledger-form input[name=key]"].FillAsync(string.Empty);
        await dashboard["#ledger-form input[name=destination]"].FillAsync("cloud");
        await dashboard["#ledger-form button[type=submit]"].ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        Assert.Equal([cloud], await Ids(rows));
        await Assertions.Expect(dashboard["#left-rows tr[data-crossing]"]).ToHaveCountAsync(1); // what left follows the filters
        await Assertions.Expect(dashboard["#left-rows"]).ToContainTextAsync("cloud (127.0.0.1:");

        await dashboard["#ledger-form input[name=destination]"].FillAsync(string.Empty);
        await dashboard["#ledger-form input[name=q]"].FillAsync(ops[0]);
        await dashboard["#ledger-form button[type=submit]"].ClickAsync();
        // The previous filter also left one row: wait for the row itself, not the count, or the old row may be read.
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-request-id", ops[0]);
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        Assert.Equal([ops[0]], await Ids(rows));

        await dashboard["#ledger-form input[name=q]"].FillAsync(string.Empty);
        await dashboard["#ledger-form input[name=domain]"].FillAsync("medical");
        await dashboard["#ledger-form button[type=submit]"].ClickAsync();
        await Assertions.Expect(dashboard["#ledger-rows"]).ToHaveTextAsync("No requests match.");
        await dashboard.ScreenshotAsync("ledger-filtered", "#ledger");
        Assert.True(dashboard.Errors.Count == 0, string.Join("\n", dashboard.Errors));
    }

    [Fact]
    public async Task BackendGoingUnhealthy_ShowsAtTheNextProbe()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var site = await StartSiteAsync(time: time);
        await using var dashboard = await DashboardPage.OpenAsync(chromium.Browser, site.Node.BaseUri);
        var edge = dashboard["#backend-rows tr[data-backend='edge']"];
        await Assertions.Expect(edge.Locator("td.health")).ToHaveTextAsync("healthy");

        // The node's probes run on its clock: stop the edge server answering, then move the clock one probe interval.
        site.Edge.FailStatus = 503;
        time.Advance(TimeSpan.FromSeconds(0.5)); // TestNode's probe interval
        await Assertions.Expect(edge.Locator("td.health")).ToHaveTextAsync("unhealthy");
        await Assertions.Expect(edge.Locator("td.reason")).ToContainTextAsync("503"); // why it is unavailable
        await Assertions.Expect(dashboard["#backend-rows tr[data-backend='cloud'] td.health"]).ToHaveTextAsync("healthy");
        await dashboard.ScreenshotAsync("backend-unhealthy", "#backends");

        site.Edge.FailStatus = 0;
        time.Advance(TimeSpan.FromSeconds(0.5));
        await Assertions.Expect(edge.Locator("td.health")).ToHaveTextAsync("healthy");
        Assert.True(dashboard.Errors.Count == 0, string.Join("\n", dashboard.Errors));
    }

    [Fact]
    public async Task WrongAdminKey_IsRefused_AndNoKeyGoesInAUrl()
    {
        await using var site = await StartSiteAsync(TestNode.AdminAndOpsKeys());
        await using var dashboard = await DashboardPage.OpenAsync(chromium.Browser, site.Node.BaseUri);
        await Assertions.Expect(dashboard["#login"]).ToBeVisibleAsync();
        await Assertions.Expect(dashboard["#main"]).ToBeHiddenAsync();
        await Assertions.Expect(dashboard["#login-error"]).ToBeHiddenAsync(); // no key yet is not an error

        await dashboard.SignInAsync("not-the-key");
        await Assertions.Expect(dashboard["#login-error"]).ToHaveTextAsync("Incorrect API key provided.");
        await Assertions.Expect(dashboard["#main"]).ToBeHiddenAsync();
        Assert.Null(await dashboard.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('localmesh.key')"));
        await dashboard.ScreenshotAsync("login-refused", "#login");

        await dashboard.SignInAsync("ops-secret"); // a real key, but not an admin's
        await Assertions.Expect(dashboard["#login-error"]).ToHaveTextAsync("This key is not an admin key: the dashboard needs one.");
        await Assertions.Expect(dashboard["#main"]).ToBeHiddenAsync();

        await dashboard.SignInAsync("admin-secret");
        await Assertions.Expect(dashboard["#main"]).ToBeVisibleAsync();
        await Assertions.Expect(dashboard["#backend-rows tr[data-backend='edge']"]).ToBeVisibleAsync();
        await Assertions.Expect(dashboard["#login"]).ToBeHiddenAsync();
        Assert.DoesNotContain(dashboard.Urls, u => u.Contains("secret", StringComparison.Ordinal) || u.Contains("not-the-key", StringComparison.Ordinal));

        // A new tab (a new session) asks again: the key lives in the session, not in the browser for good.
        await using var other = await DashboardPage.OpenAsync(chromium.Browser, site.Node.BaseUri);
        await Assertions.Expect(other["#login"]).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TeachingAnIntent_FromThePage_ChangesClassify()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        const string Phrase = "please water the tomato plants";
        Assert.NotEqual("water_plants", await ClassifyAsync(node, Phrase));
        var models = node.Services.GetRequiredService<IntentModelStore>();
        var version = models.Current!.Info.Version;

        await using var dashboard = await DashboardPage.OpenAsync(chromium.Browser, node.BaseUri);
        await dashboard["#teach summary"].ClickAsync();
        await dashboard["#intent-form input[name=name]"].FillAsync("water_plants");
        await dashboard["#intent-form textarea[name=examples]"].FillAsync(string.Join('\n',
            "water the plants", "the garden needs water", "start the sprinklers", "give the flowers some water", "water my tomatoes", "turn on the garden hose"));
        await dashboard["#intent-form input[name=response]"].FillAsync("Watering now.");
        await dashboard["#intent-form button[type=submit]"].ClickAsync();
        await Assertions.Expect(dashboard["#teach-result"]).ToContainTextAsync("Intent water_plants saved with 6 examples");

        await models.WaitForRetrainsAsync(Ct).WaitAsync(TimeSpan.FromMinutes(10), Ct); // the node says when the new model serves (a hang guard only)
        Assert.Equal(version + 1, models.Current!.Info.Version);
        Assert.Equal("water_plants", await ClassifyAsync(node, Phrase));
        await dashboard["#classify-text"].FillAsync(Phrase);
        await dashboard["#classify-form button[type=submit]"].ClickAsync();
        await Assertions.Expect(dashboard["#classify-result"]).ToContainTextAsync("water_plants");
        await Assertions.Expect(dashboard["#intent-rows tr[data-intent='water_plants']"]).ToBeVisibleAsync();
        await dashboard.ScreenshotAsync("intents-taught", "#intents");
        Assert.True(dashboard.Errors.Count == 0, string.Join("\n", dashboard.Errors));
    }

    private static async Task<string> ClassifyAsync(TestNode node, string text)
    {
        using var response = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/classify", null, new { text });
        return (await TestNode.JsonAsync(response)).GetProperty("intent").GetString()!;
    }

    private static async Task<List<string>> Ids(ILocator rows)
    {
        var ids = new List<string>();
        foreach (var row in await rows.AllAsync())
        {
            ids.Add((await row.GetAttributeAsync("data-request-id"))!);
        }

        return ids;
    }

    private static async Task IngestAsync(TestNode node)
    {
        var folder = TempDirectories.Create("localmesh-kb-");
        await File.WriteAllTextAsync(Path.Combine(folder, "leave.md"), "# Leave policy\n\n## Parental leave\n\nParental leave is sixteen weeks at full pay.\n", Ct);
        using var response = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/ingest", "admin-secret", new { path = folder, collection = "hr", domain = "general" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    // The usual two-tier site, with priced cloud calls and every request in the domain its header names.
    private static Task<EdgeAndCloud> StartSiteAsync(IDictionary<string, string?>? config = null, TimeProvider? time = null) =>
        EdgeAndCloud.StartAsync(TestNode.Merge(
            new Dictionary<string, string?>
            {
                ["Backends:cloud:InputCostPerMillion"] = "2.5",
                ["Backends:cloud:OutputCostPerMillion"] = "10",
                ["Privacy:ClassifyDomains"] = "false",
            },
            config ?? new Dictionary<string, string?>()), time);
}
