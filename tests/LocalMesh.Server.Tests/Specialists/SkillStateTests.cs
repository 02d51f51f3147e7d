using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LocalMesh.Specialists.Intents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocalMesh.Server.Tests.Specialists;

public sealed class SkillStateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListsAlarmsAndTheModel_SurviveARestart()
    {
        var dataDir = TestNode.NewDataDir();
        await using (var node = await TestNode.StartAsync(new Dictionary<string, string?>(), dataDir))
        {
            await Answer(node, "add milk and eggs to my shopping list");
            await Answer(node, "set an alarm for 6:30 am tomorrow");
        }

        await using (var node = await TestNode.StartAsync(new Dictionary<string, string?>(), dataDir))
        {
            Assert.Equal("Your shopping list has 2 items: milk and eggs.", await Answer(node, "what's on my shopping list"));
            var schedule = JsonDocument.Parse(await node.Http.GetStringAsync("/v1/localmesh/schedule", Ct)).RootElement.GetProperty("data");
            Assert.Equal("alarm", schedule.EnumerateArray().Single().GetProperty("kind").GetString());

            // The model is not retrained: the same version is loaded from the data directory.
            var models = node.Services.GetRequiredService<IntentModelStore>();
            Assert.Equal(1, models.Current!.Info.Version);
            Assert.Single(Directory.GetFiles(models.Directory, "model-v*.bin"));
        }
    }

    [Fact]
    public async Task Timer_FiresAnEvent_OnTheNodesEventStream()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        using var events = await node.Http.GetAsync("/v1/localmesh/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync(timeout.Token));

        Assert.StartsWith("Timer set for 1 second", await Answer(node, "set a timer for 1 second"));
        JsonElement fired = default;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                fired = JsonDocument.Parse(line[6..]).RootElement.Clone();
                break;
            }
        }

        Assert.Equal("timer.fired", fired.GetProperty("type").GetString());
        Assert.Equal("1 second", fired.GetProperty("data").GetProperty("label").GetString());
        var schedule = JsonDocument.Parse(await node.Http.GetStringAsync("/v1/localmesh/schedule?all=true", Ct)).RootElement.GetProperty("data");
        Assert.Equal("fired", schedule.EnumerateArray().Single().GetProperty("status").GetString());
    }

    [Fact]
    public async Task TenMinuteTimer_FiresWhenTheNodesFakeClockPassesIt_NotBefore()
    {
        // The node's clock is fake and only the test moves it: the timer is set through the API, and the events say when it
        // fired. Nothing here sleeps; on the wall clock this timer would take ten real minutes and the test would time out.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow); // the ledger's timestamps stay near now
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>(), time: time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30)); // a hang guard on the wall clock
        using var events = await node.Http.GetAsync("/v1/localmesh/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync(timeout.Token));

        Assert.StartsWith("Timer set for 10 minutes", await Answer(node, "set a timer for 10 minutes"));
        for (var step = 0; step < 19; step++)
        {
            time.Advance(TimeSpan.FromSeconds(30)); // each step ends the runner's capped (30 s) wait on the node's clock
        }

        time.Advance(TimeSpan.FromSeconds(28));

        // A one-second timer set at 9:58 fires at 9:59. Events come in the order items fire, so it being the first event
        // proves the ten-minute timer had not fired by then; after one more second, it does.
        Assert.StartsWith("Timer set for 1 second", await Answer(node, "set a timer for 1 second"));
        time.Advance(TimeSpan.FromSeconds(1));
        var marker = await NextEventAsync(reader, timeout.Token);
        Assert.Equal("timer.fired", marker.GetProperty("type").GetString());
        Assert.Equal("1 second", marker.GetProperty("data").GetProperty("label").GetString());
        var pending = JsonDocument.Parse(await node.Http.GetStringAsync("/v1/localmesh/schedule", Ct)).RootElement.GetProperty("data");
        Assert.Equal("10 minutes", pending.EnumerateArray().Single().GetProperty("label").GetString());

        time.Advance(TimeSpan.FromSeconds(1));
        var fired = await NextEventAsync(reader, timeout.Token);
        Assert.Equal("timer.fired", fired.GetProperty("type").GetString());
        Assert.Equal("10 minutes", fired.GetProperty("data").GetProperty("label").GetString());
        Assert.False(fired.GetProperty("data").GetProperty("late").GetBoolean());
        Assert.Equal(time.GetUtcNow(), fired.GetProperty("at").GetDateTimeOffset()); // stamped by the node's clock too
    }

    [Fact]
    public async Task SmartHomeCommand_IsPostedToTheWebhook_AsStructuredJson()
    {
        var received = new List<JsonObject>();
        var hub = WebApplication.CreateSlimBuilder();
        hub.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = hub.Build();
        app.MapPost("/hook", async (HttpContext http) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonObject>(http.Request.Body);
            lock (received)
            {
                received.Add(body!);
            }

            return Results.Ok();
        });
        await app.StartAsync(Ct);
        var url = app.Urls.First() + "/hook";

        await using var node = await TestNode.StartAsync(new Dictionary<string, string?> { ["Specialists:SmartHomeWebhook"] = url });
        Assert.Equal("OK: turn off lights in the kitchen.", await Answer(node, "turn off the lights in the kitchen"));
        Assert.Equal("OK: set thermostat to 21°.", await Answer(node, "set the thermostat to 21"));

        Assert.Equal(2, received.Count);
        Assert.Equal(("turn off", "lights", "kitchen"), (received[0]["action"]!.GetValue<string>(), received[0]["device"]!.GetValue<string>(), received[0]["room"]!.GetValue<string>()));
        Assert.Equal(21, received[1]["value"]!.GetValue<double>());
        Assert.StartsWith("req_", received[1]["request_id"]!.GetValue<string>());

        await app.StopAsync(Ct);
        Assert.Contains("could not be reached", await Answer(node, "turn on the bedroom lights"));
    }

    [Fact]
    public async Task BadSpecialistSettings_AreAllReportedAtStart()
    {
        var error = await Assert.ThrowsAsync<Configuration.LocalMeshConfigurationException>(() => TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["Specialists:Threshold"] = "1.5",
            ["Specialists:TimeZone"] = "Mars/Olympus_Mons",
            ["Specialists:Intents:greet_bob:Examples:0"] = "hi bob",
        }));
        Assert.Equal(4, error.Errors.Count); // threshold, zone, and the intent's examples and answer
        Assert.Contains(error.Errors, e => e.Contains("Specialists:Intents:greet_bob") && e.Contains("at least 3"));
    }

    private static async Task<JsonElement> NextEventAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line[6..]).RootElement.Clone();
            }
        }

        throw new EndOfStreamException("The event stream ended.");
    }

    private static async Task<string> Answer(TestNode node, string prompt)
    {
        using var response = await node.ChatAsync(TestNode.Body(prompt));
        var json = await TestNode.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToString());
        Assert.Equal("local", json.GetProperty("localmesh").GetProperty("tier").GetString());
        return json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
    }
}
