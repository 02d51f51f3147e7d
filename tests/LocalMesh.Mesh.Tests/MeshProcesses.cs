using System.Text.Json;
using LocalMesh.Server.Tests.Queue;

namespace LocalMesh.Mesh.Tests;

/// <summary>Mesh nodes as separate <c>localmesh up</c> processes (so a test can SIGKILL one), each with its own config file.</summary>
internal static class MeshProcesses
{
    /// <summary>
    /// Starts a node process in <paramref name="site"/> as <paramref name="node"/>, with a chat backend <c>llm</c> (edge) at
    /// <paramref name="upstream"/> serving <paramref name="model"/>, at most <paramref name="maxConcurrency"/> at a time, when given.
    /// </summary>
    public static async Task<NodeProcess> StartAsync(string natsUrl, string site, string node, string? upstream = null, string model = "m", int maxConcurrency = 4096)
    {
        await Testing.TestTaggers.BuiltInAsync(); // the privacy tagger comes from the shared cache, not trained per process
        var dir = Testing.TempDirectories.Create($"localmesh-mesh-{node}-");
        var backends = new Dictionary<string, object>();
        if (upstream is not null)
        {
            backends["llm"] = new { Tier = "edge", Endpoint = upstream, Models = new[] { model }, MaxConcurrency = maxConcurrency };
        }

        var config = new
        {
            LocalMesh = new
            {
                Backends = backends,
                Mesh = new { Url = natsUrl, Site = site, NodeId = node, HeartbeatSeconds = 0.2, PeerTimeoutSeconds = 1.5 },
                Privacy = new { ModelCache = Testing.TestIntentModels.CacheDir },
                Specialists = new { Enabled = false },
                Health = new { ProbeIntervalSeconds = 0.5 },
            },
        };
        var file = Path.Combine(dir, "localmesh.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(config));
        // Three node processes start at once on a machine that may be busy: each gets more than the usual 30 s.
        return await NodeProcess.StartAsync(NodeProcess.FreePort(), Path.Combine(dir, "data"), file, TimeSpan.FromSeconds(120));
    }

    /// <summary>Waits until the node at <paramref name="node"/> lists <paramref name="peers"/> as live peers (30 s at most).</summary>
    public static async Task WaitForPeersAsync(NodeProcess node, params string[] peers)
    {
        using var http = new HttpClient { BaseAddress = node.BaseUri };
        for (var i = 0; i < 300; i++)
        {
            var json = JsonDocument.Parse(await http.GetStringAsync("/v1/localmesh/nodes", TestContext.Current.CancellationToken)).RootElement;
            var live = json.GetProperty("data").EnumerateArray().Where(n => n.GetProperty("tier").GetString() != "self")
                .Select(n => n.GetProperty("node").GetString()).ToHashSet();
            if (peers.All(live.Contains))
            {
                return;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"{node.BaseUri} never saw {string.Join(", ", peers)}");
    }
}
