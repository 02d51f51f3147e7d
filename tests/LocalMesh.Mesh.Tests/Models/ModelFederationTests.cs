using System.Net;
using System.Text;
using System.Text.Json;
using LocalMesh.Ledger;
using LocalMesh.Mesh.Transport;
using LocalMesh.Server.Tests;
using LocalMesh.Specialists.Intents;
using LocalMesh.Specialists.Intents.Federation;
using Microsoft.Extensions.DependencyInjection;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.ObjectStore;
using NATS.Net;

namespace LocalMesh.Mesh.Tests.Models;

/// <summary>
/// Federated model updates over a real nats-server: what node A learns from its users' corrections reaches node B as
/// weights (B adopts them and answers better), never as text; a node whose policy is refuse stays as it was; malformed
/// and lying versions are rejected while the node keeps serving and keeps taking good ones.
/// </summary>
public sealed class ModelFederationTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    // Phrasings CLINC150 never uses for shopping lists: the built-in model gets them wrong (TeachingTests).
    private static readonly string[] Taught = ["chuck some oat milk in the grocery basket", "toss rice into the grocery basket", "lob some eggs in the grocery basket"];
    private static readonly string[] HeldBack = ["throw lentils into the grocery basket", "drop butter into the grocery basket"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CorrectionTaughtOnA_ImprovesBAfterItAdopts_WhileNoExampleTextIsEverOnTheMesh_AndRefuseLeavesCAsItWas()
    {
        await using var spy = new MeshSpy(nats.Url, [.. Taught, .. HeldBack, "grocery basket"]);
        await spy.StartAsync();
        await using var a = await MeshNodes.StartAsync(nats.Url, "plant", "fa", Config("Publish", "true"));
        await using var b = await MeshNodes.StartAsync(nats.Url, "plant", "fb", Config("Policy", "adopt"));
        await using var c = await MeshNodes.StartAsync(nats.Url, "plant", "fc", Config("RemotePolicy", "merge")); // watches; its own site's Policy stays refuse
        foreach (var text in HeldBack)
        {
            Assert.False(IsShoppingListLocal(await ClassifyAsync(b, text)), $"precondition: the built-in model gets '{text}' right");
        }

        // Bad versions first (unsigned: nobody here holds a node's key): B rejects each, logs it in its ledger, and keeps serving and watching.
        var objects = await new NatsObjContext(spy.Connection.CreateJetStreamContext())
            .CreateObjectStoreAsync(new NatsObjConfig(MeshSubjects.ModelsBucket("plant")) { Storage = NatsObjStorageType.File }, Ct);
        await objects.PutAsync("intents.plant.evil", Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray(), Ct);
        var builtIn = await LocalMesh.Testing.TestIntentModels.BuiltInAsync();
        await objects.PutAsync("intents.plant.liar", IntentModelShare.Create(builtIn, SharedFeatures.BuiltIn, _ => true, "plant", "fa").ToBytes(), Ct);
        (await spy.Connection.CreateJetStreamContext().PublishAsync($"$O.{MeshSubjects.ModelsBucket("plant")}.M.garbage", "{not json"u8.ToArray(), cancellationToken: Ct)).EnsureSuccess();
        var rejected = await WaitForUpdatesAsync(b, rows => rows.Count(r => r.Event == "rejected") >= 3, "B rejects the three bad versions");
        Assert.Contains(rejected, r => r is { Event: "rejected", OriginNode: "evil", Detail: not null });
        Assert.Contains(rejected, r => r is { Event: "rejected", OriginNode: "liar" } && r.Detail!.StartsWith("unsigned", StringComparison.Ordinal)); // a version signed by a trusted key that lies about its origin: ModelSigningTests
        Assert.Contains(rejected, r => r is { Event: "rejected", OriginNode: "?" });
        Assert.Empty(b.Services.GetRequiredService<IntentModelStore>().PeerParts);

        // A's users correct it; it retrains and publishes the new version; B adopts it, C refuses it.
        foreach (var text in Taught)
        {
            using var response = await a.SendAsync(HttpMethod.Post, "/v1/localmesh/feedback", null, new { text, intent = "shopping_list_update" });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var aModels = a.Services.GetRequiredService<IntentModelStore>();
        // A hang guard, not a speed target: a retrain took over two minutes on two busy cores (TeachingWhileServingTests).
        await aModels.WaitForRetrainsAsync(Ct).WaitAsync(TimeSpan.FromMinutes(5), Ct);
        var version = aModels.Own!.Info.Version;
        Assert.Equal(3, aModels.Own.Info.Corrections);
        // Each wait names the version: a burst of corrections may make two retrains, and the first one is published too.
        var published = (await WaitForUpdatesAsync(a, rows => rows.Any(r => r.Event == "published" && r.OriginVersion == version), $"A publishes version {version}"))
            .First(r => r.Event == "published" && r.OriginVersion == version);
        Assert.Equal((version, "fa", "plant"), (published.OriginVersion, published.OriginNode, published.OriginSite));
        var adopted = (await WaitForUpdatesAsync(b, rows => rows.Any(r => r is { Event: "adopted", OriginNode: "fa" } && r.OriginVersion == version), "B adopts A's version"))
            .First(r => r is { Event: "adopted", OriginNode: "fa" } && r.OriginVersion == version);
        var refused = (await WaitForUpdatesAsync(c, rows => rows.Any(r => r is { Event: "refused", OriginNode: "fa" } && r.OriginVersion == version), "C refuses A's version"))
            .First(r => r is { Event: "refused", OriginNode: "fa" } && r.OriginVersion == version);
        Assert.Null(refused.Sha256); // refused by policy: not even downloaded

        // The ledger names the version and its origin; B's own version is unchanged, its model is served with A's.
        Assert.Equal(("plant", published.Sha256), (adopted.OriginSite, adopted.Sha256));
        var aKey = a.Services.GetRequiredService<LocalMesh.Mesh.Models.ModelSigningKey>().KeyId; // signed by A, trusted from A's card
        Assert.Contains($"signed with key {aKey}", published.Detail, StringComparison.Ordinal);
        Assert.Contains($"signed with key {aKey} (", adopted.Detail, StringComparison.Ordinal);
        Assert.Equal(b.Services.GetRequiredService<IntentModelStore>().Own!.Info.Version, adopted.LocalVersion);
        var peers = JsonDocument.Parse(await b.Http.GetStringAsync("/v1/localmesh/intents", Ct)).RootElement.GetProperty("model").GetProperty("peers");
        Assert.Equal(("fa", version, "adopt"), (peers[0].GetProperty("node").GetString(), peers[0].GetProperty("version").GetInt32(), peers[0].GetProperty("vote").GetString()));

        // B now answers what it was never taught, locally; C does not.
        foreach (var text in HeldBack)
        {
            Assert.True(IsShoppingListLocal(await ClassifyAsync(b, text)), $"B after adopting: '{text}'");
            Assert.False(IsShoppingListLocal(await ClassifyAsync(c, text)), $"C refused: '{text}'");
        }

        using (var answer = await b.ChatAsync(TestNode.Body(HeldBack[0])))
        {
            var json = await TestNode.JsonAsync(answer);
            Assert.Equal("local", json.GetProperty("localmesh").GetProperty("tier").GetString());
            Assert.Equal("Added lentils to your shopping list.", json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        }

        // Nothing any node sent through NATS held a taught or held-back text, nor does the published object.
        var seen = await spy.StopAsync();
        Assert.True(seen.Bytes > 10_000_000, $"the spy saw the model go by ({seen.Bytes} bytes)");
        Assert.Empty(seen.Hits);
        var stored = await objects.GetBytesAsync("intents.plant.fa", Ct);
        Assert.All(spy.Needles, needle => Assert.Equal(-1, stored.AsSpan().IndexOf(needle)));
    }

    private static Dictionary<string, string?> Config(string key, string value) => new() { ["Mesh:Models:" + key] = value };

    private static bool IsShoppingListLocal(JsonElement classified) =>
        classified.GetProperty("intent").GetString() == "shopping_list_update" && classified.GetProperty("decision").GetString() == "local";

    private static async Task<JsonElement> ClassifyAsync(TestNode node, string text)
    {
        using var response = await node.SendAsync(HttpMethod.Post, "/v1/localmesh/classify", null, new { text });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TestNode.JsonAsync(response);
    }

    /// <summary>Waits (3 minutes at most) until the node's ledger of model updates satisfies <paramref name="condition"/>.</summary>
    private static async Task<IReadOnlyList<ModelUpdateRecord>> WaitForUpdatesAsync(TestNode node, Func<IReadOnlyList<ModelUpdateRecord>, bool> condition, string what)
    {
        var ledger = node.Services.GetRequiredService<AuditLedger>();
        for (var i = 0; i < 1800; i++)
        {
            await ledger.FlushAsync();
            var rows = ledger.ModelUpdates();
            if (condition(rows))
            {
                return rows;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Fail($"timed out waiting for: {what} (ledger: {string.Join("; ", ledger.ModelUpdates().Select(r => $"{r.Event} {r.OriginNode} v{r.OriginVersion} {r.Detail}"))})");
        return [];
    }

    /// <summary>
    /// A NATS client subscribed to every subject (<c>&gt;</c>) that looks for the needles in every message's subject,
    /// headers and payload, as UTF-8 and UTF-16, as they go by (the model's chunks alone are tens of MB).
    /// </summary>
    private sealed class MeshSpy(string url, IEnumerable<string> texts) : IAsyncDisposable
    {
        private readonly List<string> _hits = [];
        private readonly TaskCompletionSource _end = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Task? _reading;
        private long _bytes;
        private int _dropped;
        private int _disconnected;

        public NatsConnection Connection { get; } = new(NatsOpts.Default with
        {
            Url = url,
            Name = "spy",
            SubPendingChannelCapacity = 1 << 16,
            SubPendingChannelFullMode = System.Threading.Channels.BoundedChannelFullMode.Wait, // never drop what it should look at
        });

        public IReadOnlyList<byte[]> Needles { get; } = [.. texts.SelectMany(t => new[] { Encoding.UTF8.GetBytes(t), Encoding.Unicode.GetBytes(t) })];

        public async Task StartAsync()
        {
            Connection.MessageDropped += (_, _) =>
            {
                Interlocked.Increment(ref _dropped);
                return ValueTask.CompletedTask;
            };
            Connection.ConnectionDisconnected += (_, _) =>
            {
                Interlocked.Increment(ref _disconnected); // e.g. cut off as a slow consumer: what it missed would go unchecked
                return ValueTask.CompletedTask;
            };
            await Connection.ConnectAsync();
            var subscription = await Connection.SubscribeCoreAsync<byte[]>(">", cancellationToken: Ct);
            _reading = Task.Run(async () =>
            {
                await foreach (var message in subscription.Msgs.ReadAllAsync(Ct))
                {
                    if (message.Subject == "localmesh.test.spy-end")
                    {
                        _end.TrySetResult();
                        break;
                    }

                    var headers = message.Headers is null ? "" : string.Join("\n", message.Headers.Select(h => h.Key + ": " + string.Join(",", h.Value.ToArray())));
                    Look(message.Subject + "\n" + headers, message.Data ?? []);
                }

                await subscription.DisposeAsync();
            }, Ct);
        }

        /// <summary>Sends a marker through the server and waits until the spy has read it: everything sent before has been looked at.</summary>
        public async Task<(long Bytes, IReadOnlyList<string> Hits)> StopAsync()
        {
            await Connection.PublishAsync("localmesh.test.spy-end", Array.Empty<byte>(), cancellationToken: Ct);
            await _end.Task.WaitAsync(TimeSpan.FromSeconds(60), Ct);
            await _reading!;
            Assert.Equal((0, 0), (Volatile.Read(ref _dropped), Volatile.Read(ref _disconnected)));
            return (Interlocked.Read(ref _bytes), _hits);
        }

        private void Look(string text, byte[] payload)
        {
            Interlocked.Add(ref _bytes, payload.Length);
            var textBytes = Encoding.UTF8.GetBytes(text);
            foreach (var needle in Needles)
            {
                if (payload.AsSpan().IndexOf(needle) >= 0 || textBytes.AsSpan().IndexOf(needle) >= 0)
                {
                    _hits.Add($"{text.Split('\n')[0]}: {Encoding.UTF8.GetString(needle)}");
                }
            }
        }

        public ValueTask DisposeAsync() => Connection.DisposeAsync();
    }
}
