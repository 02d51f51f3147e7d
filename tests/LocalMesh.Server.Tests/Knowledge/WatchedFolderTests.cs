using System.Net;
using LocalMesh.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace LocalMesh.Server.Tests.Knowledge;

/// <summary>Watched folders: changes are ingested by themselves, the watch survives a restart, a missing folder is retried.</summary>
public sealed class WatchedFolderTests
{
    // Changes settle fast; rescans are rare, so what is found in between was found through change events.
    private static readonly Dictionary<string, string?> FastWatch = new()
    {
        ["Knowledge:WatchSettleMilliseconds"] = "100",
        ["Knowledge:WatchRescanSeconds"] = "600",
    };

    private static readonly Dictionary<string, string?> FastRescan = new()
    {
        ["Knowledge:WatchSettleMilliseconds"] = "100",
        ["Knowledge:WatchRescanSeconds"] = "1",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AWatchedFolder_IsKeptInStep_AcrossChangesAndARestart_UntilUnwatched()
    {
        var folder = LocalMesh.Testing.TempDirectories.Create("localmesh-watch-");
        File.WriteAllText(Path.Combine(folder, "pump.md"), "# Pump\n\nPrime the pump with two litres of water.");
        var dataDir = TestNode.NewDataDir();
        var node = await TestNode.StartAsync(FastWatch, dataDir);
        try
        {
            using (var ingest = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/ingest", null, new { path = folder, collection = "plant", domain = "general", watch = true }))
            {
                Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);
            }

            File.WriteAllText(Path.Combine(folder, "kiln.md"), "# Kiln\n\nThe kiln cools for six hours.");
            await EventuallyAsync(node, "kiln cools", found: true);
            File.WriteAllText(Path.Combine(folder, "pump.md"), "# Pump\n\nPrime the pump with three litres of glycol.");
            await EventuallyAsync(node, "glycol", found: true);
            await EventuallyAsync(node, "water", found: false);
            File.Delete(Path.Combine(folder, "kiln.md"));
            await EventuallyAsync(node, "kiln cools", found: false);

            using var watches = await node.SendAsync(HttpMethod.Get, "/v1/localmesh/watches", null, null);
            var watch = Assert.Single((await TestNode.JsonAsync(watches)).GetProperty("data").EnumerateArray());
            Assert.Equal(folder, watch.GetProperty("path").GetString());
            Assert.Equal("plant", watch.GetProperty("collection").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, watch.GetProperty("error").ValueKind);
        }
        finally
        {
            await node.DisposeAsync();
        }

        // Added while the node was down: found after the restart, with no command.
        File.WriteAllText(Path.Combine(folder, "lathe.md"), "# Lathe\n\nThe chuck key hangs on the left hook.");
        // The restarted node's watches settle and rescan on a fake clock, so the test can let all of that time pass at once.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var restarted = await TestNode.StartAsync(FastWatch, dataDir, time: time);
        await EventuallyAsync(restarted, "chuck key hook", found: true); // the scan at start needs no time to pass

        // The answer comes once the folder's scan loop has ended: the signal that nothing more is ingested from it.
        using (var unwatch = await restarted.SendAsync(HttpMethod.Delete, "/v1/localmesh/watches?path=" + Uri.EscapeDataString(folder), null, null))
        {
            Assert.Equal(HttpStatusCode.OK, unwatch.StatusCode);
        }

        using (var again = await restarted.SendAsync(HttpMethod.Delete, "/v1/localmesh/watches?path=" + Uri.EscapeDataString(folder), null, null))
        {
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        }

        File.WriteAllText(Path.Combine(folder, "mixer.md"), "# Mixer\n\nThe mixer paddle is greased weekly.");
        time.Advance(TimeSpan.FromSeconds(600) + (10 * TimeSpan.FromMilliseconds(100))); // a rescan and the longest settle of a live watch
        Assert.False(await FoundAsync(restarted, "mixer paddle greased"));
        Assert.True(await FoundAsync(restarted, "chuck key hook")); // what was ingested stays
    }

    [Fact]
    public async Task AConfiguredWatchOfAMissingFolder_ReportsIt_AndPicksItUpWhenItAppears()
    {
        var folder = Path.Combine(LocalMesh.Testing.TempDirectories.Create("localmesh-watch-"), "later"); // missing until the test creates it
        await using var node = await TestNode.StartAsync(TestNode.Merge(FastRescan, new Dictionary<string, string?>
        {
            ["Knowledge:Watch:0:Path"] = folder,
            ["Knowledge:Watch:0:Collection"] = "handbook",
            ["Knowledge:Watch:0:Domain"] = "hr",
        }));

        string? error = null;
        for (var i = 0; i < 100 && error is null; i++)
        {
            using var watches = await node.SendAsync(HttpMethod.Get, "/v1/localmesh/watches", null, null);
            error = (await TestNode.JsonAsync(watches)).GetProperty("data")[0].GetProperty("error").GetString();
            await Task.Delay(100, Ct);
        }

        Assert.Contains("does not exist", error, StringComparison.Ordinal);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "leave.md"), "# Leave\n\nParental leave is sixteen weeks.");
        await EventuallyAsync(node, "parental leave sixteen", found: true);
        using var list = await node.SendAsync(HttpMethod.Get, "/v1/localmesh/kb", null, null);
        Assert.Equal("hr", (await TestNode.JsonAsync(list)).GetProperty("data")[0].GetProperty("domain").GetString());
    }

    [Fact]
    public async Task BadWatches_AreClearErrors()
    {
        var error = await Assert.ThrowsAsync<LocalMeshConfigurationException>(() => TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["Knowledge:Watch:0:Path"] = "/tmp",
            ["Knowledge:Watch:0:Collection"] = "hr,plant",
            ["Knowledge:Watch:0:Domain"] = "astrology",
        }));
        Assert.Contains(error.Errors, e => e.Contains("Watch:0:Collection", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("Watch:0:Domain", StringComparison.Ordinal));

        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        var file = Path.Combine(LocalMesh.Testing.TempDirectories.Create("localmesh-watch-"), "a.md");
        File.WriteAllText(file, "# A\n\ntext");
        using var response = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/ingest", null, new { path = file, collection = "c", domain = "general", watch = true });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("watch_needs_folder", (await TestNode.JsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
        using var missing = await node.SendAsync(HttpMethod.Delete, "/v1/localmesh/watches", null, null);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    private static async Task<bool> FoundAsync(TestNode node, string query)
    {
        using var search = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/kb/search", null, new { query, mode = "lexical" });
        return search.StatusCode == HttpStatusCode.OK && (await TestNode.JsonAsync(search)).GetProperty("data").GetArrayLength() > 0;
    }

    /// <summary>Waits (at most 15 s) until a lexical search for <paramref name="query"/> finds something, or nothing.</summary>
    private static async Task EventuallyAsync(TestNode node, string query, bool found)
    {
        for (var i = 0; i < 150; i++)
        {
            if (await FoundAsync(node, query) == found)
            {
                return;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Fail($"'{query}' was {(found ? "still not found" : "still found")} after 15 s.");
    }
}
