using System.Net;
using System.Text.Json;
using LocalMesh.Specialists.Intents;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Server.Tests.Specialists;

public sealed class TeachingWhileServingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CorrectionsAndANewIntent_RetrainInTheBackground_AndSwapUnderLoad_WithNoFailedRequest()
    {
        await using var mesh = await EdgeAndCloud.StartAsync();
        var node = mesh.Node;
        var models = node.Services.GetRequiredService<IntentModelStore>();

        // A phrasing the built-in model gets wrong: it escalates.
        using (var before = await node.ChatAsync(TestNode.Body("chuck some oat milk in the grocery basket")))
        {
            var route = (await TestNode.JsonAsync(before)).GetProperty("localmesh");
            Assert.NotEqual("local", route.GetProperty("tier").GetString());
        }

        // Load: skill answers and escalations to the edge, from 4 clients, until the new model is in.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var failures = new List<string>();
        var served = 0;
        var servedTarget = int.MaxValue; // set once the new model is in: how many served requests make "a few on the new version"
        var servedOnNewVersion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var load = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var prompts = new[] { "what's 2 plus 2", "who painted the mona lisa", "what time is it", "tell me about the roman empire" };
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                using var response = await node.ChatAsync(TestNode.Body(prompts[(worker + i) % prompts.Length]));
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    lock (failures)
                    {
                        failures.Add($"{(int)response.StatusCode}: {body}");
                    }
                }

                if (Interlocked.Increment(ref served) >= Volatile.Read(ref servedTarget))
                {
                    servedOnNewVersion.TrySetResult();
                }

                await Task.Delay(10, CancellationToken.None); // steady load that leaves the training some CPU
            }
        }, CancellationToken.None)).ToList();

        // Teach while serving: three corrections and a new intent, in one burst (one retrain).
        foreach (var text in new[] { "chuck some oat milk in the grocery basket", "toss rice into the grocery basket", "lob some eggs in the grocery basket" })
        {
            await SpecialistApiTests.PostAsync(node, "/v1/localmesh/feedback", new { text, intent = "shopping_list_update" }, HttpStatusCode.Accepted);
        }

        await SpecialistApiTests.PostAsync(node, "/v1/localmesh/intents", new
        {
            name = "water_plants",
            domain = "garden",
            examples = new[] { "water the plants", "the plants need watering", "give the garden a drink", "start the sprinklers in the garden", "turn on the garden watering", "water my tomatoes" },
            response = "Watering the garden now.",
        }, HttpStatusCode.Created);

        var servedBefore = Volatile.Read(ref served);
        // A hang guard, not a speed target: one retrain under this load took over two minutes on two busy cores.
        await models.WaitForRetrainsAsync(Ct).WaitAsync(TimeSpan.FromMinutes(15), Ct); // took over 5 min at a load of 35 on 2 cores; 1-2 min on a quiet machine
        Volatile.Write(ref servedTarget, Volatile.Read(ref served) + 8); // a few requests on the new version too, counted, not slept for
        var serving = Task.WhenAll(load);
        await Task.WhenAny(servedOnNewVersion.Task, serving).WaitAsync(TimeSpan.FromSeconds(120), Ct); // a client that failed ends the wait with its error
        await stop.CancelAsync();
        await serving;
        Assert.True(servedOnNewVersion.Task.IsCompleted, "requests were served on the new version");

        Assert.Empty(failures);
        Assert.True(Volatile.Read(ref served) > servedBefore, "requests were served while the model retrained");
        // One retrain for the burst as a rule; on a busy machine the posts can straddle the debounce and give two. Either
        // way the model in use has every correction.
        Assert.InRange(models.Current!.Info.Version, 2, 3);
        Assert.Equal(3, models.Current.Info.Corrections);
        Assert.True(File.Exists(Path.Combine(models.Directory, $"model-v{models.Current.Info.Version}.bin")));

        using (var after = await node.ChatAsync(TestNode.Body("throw lentils into the grocery basket")))
        {
            var json = await TestNode.JsonAsync(after);
            Assert.Equal("local", json.GetProperty("localmesh").GetProperty("tier").GetString());
            Assert.Equal("Added lentils to your shopping list.", json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        }

        using (var custom = await node.ChatAsync(TestNode.Body("please water the plants")))
        {
            var json = await TestNode.JsonAsync(custom);
            Assert.Equal("Watering the garden now.", json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
            Assert.Equal("garden", json.GetProperty("localmesh").GetProperty("intent").GetProperty("domain").GetString());
        }

        // A correction by request id: "this should have escalated".
        using var wrongLocal = await node.ChatAsync(TestNode.Body("water the plants"));
        var requestId = (await TestNode.JsonAsync(wrongLocal)).GetProperty("localmesh").GetProperty("request_id").GetString();
        var feedback = await SpecialistApiTests.PostAsync(node, "/v1/localmesh/feedback", new { request_id = requestId, expected = "escalate" }, HttpStatusCode.Accepted);
        Assert.Equal(IntentModel.OutOfScope, feedback.GetProperty("intent").GetString());
        Assert.Equal("water the plants", feedback.GetProperty("text").GetString());

        var intents = JsonDocument.Parse(await node.Http.GetStringAsync("/v1/localmesh/intents", Ct)).RootElement;
        Assert.Contains(intents.GetProperty("data").EnumerateArray(), i => i.GetProperty("name").GetString() == "water_plants" && i.GetProperty("has_skill").GetBoolean());
    }
}
