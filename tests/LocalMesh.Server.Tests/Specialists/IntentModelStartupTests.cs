using System.Net;
using LocalMesh.Specialists.Intents;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Server.Tests.Specialists;

public sealed class IntentModelStartupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The node's intent data changed while it was down (a few-shot intent added to its configuration): it answers at
    /// once from the model it saved last, trains the new one in the background, and then answers the new intent locally.
    /// </summary>
    [Fact]
    public async Task ChangedData_ServesTheSavedModelAtOnce_ThenTheRetrainedOneKnowsTheFewShotIntent()
    {
        var dataDir = TestNode.NewDataDir();
        int saved;
        await using (var first = await TestNode.StartAsync(new Dictionary<string, string?>(), dataDir))
        {
            saved = first.Services.GetRequiredService<IntentModelStore>().Current!.Info.Version;
        }

        string[] examples = ["feed the fish", "give the fish some food", "time to feed the goldfish", "drop flakes in the fish tank", "the fish are hungry"];
        // A model cache of its own (with the encoded built-in texts copied in), so a model of this data that another run
        // left in the shared cache cannot stand in for training.
        var cache = Testing.TempDirectories.Create("localmesh-model-cache-");
        foreach (var vectors in Directory.GetFiles(Testing.TestIntentModels.CacheDir, "vectors-*.bin"))
        {
            File.Copy(vectors, Path.Combine(cache, Path.GetFileName(vectors)));
        }

        var config = new Dictionary<string, string?> { ["Specialists:ModelCache"] = cache, ["Specialists:Intents:feed_fish:Response"] = "Feeding the fish." };
        for (var i = 0; i < examples.Length; i++)
        {
            config[$"Specialists:Intents:feed_fish:Examples:{i}"] = examples[i];
        }

        await using var node = await TestNode.StartAsync(config, dataDir);
        var models = node.Services.GetRequiredService<IntentModelStore>();
        var served = models.Current!;
        Assert.Equal(saved, served.Info.Version); // no waiting for training: the saved model serves
        Assert.DoesNotContain("feed_fish", served.Intents);

        // A hang guard, not a speed target: the lexical half and the head retrain on two busy cores.
        await models.WaitForRetrainsAsync(Ct).WaitAsync(TimeSpan.FromMinutes(15), Ct); // took over 5 min at a load of 35 on 2 cores; 1-2 min on a quiet machine
        var retrained = models.Current!;
        Assert.True(retrained.Info.Version > saved);
        Assert.Contains("feed_fish", retrained.Intents);
        Assert.NotNull(retrained.Head); // the semantic half too, trained from the cached vectors plus the five new phrases

        using var response = await node.ChatAsync(TestNode.Body("please feed the fish"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await TestNode.JsonAsync(response);
        Assert.Equal("Feeding the fish.", body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
    }
}
