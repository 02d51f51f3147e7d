using System.Net;
using System.Text.Json;

namespace LocalMesh.Server.Tests.Specialists;

public sealed class IntentModelRecoveryTests
{
    /// <summary>
    /// A node killed while it wrote its model (seen in CI: killed while the model was copied from the cache) left a
    /// truncated <c>model-v1.bin</c> whose header still matched, and the next start failed on it. Now the unreadable
    /// version is set aside and another is loaded, so the node starts and answers.
    /// </summary>
    [Fact]
    public async Task TruncatedModelVersion_IsSetAside_AndTheNodeStartsAndClassifies()
    {
        await Testing.TestIntentModels.EnsureCachedAsync();
        var dataDir = TestNode.NewDataDir();
        var intents = Directory.CreateDirectory(Path.Combine(dataDir, "intents")).FullName;
        var whole = await File.ReadAllBytesAsync(Testing.TestIntentModels.CachedPath, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(intents, "model-v1.bin"), whole[..(whole.Length / 2)], TestContext.Current.CancellationToken);

        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>(), dataDir);

        using var response = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/classify", null, new { text = "set a timer for ten minutes" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("timer", JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("intent").GetString());
        Assert.True(File.Exists(Path.Combine(intents, "model-v1.bin.corrupt")));
        Assert.Equal(whole.Length, new FileInfo(Directory.GetFiles(intents, "model-v*.bin").Single()).Length);
    }
}
