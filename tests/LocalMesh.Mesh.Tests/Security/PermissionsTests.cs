using System.Globalization;
using System.Net;
using LocalMesh.Ledger;
using LocalMesh.Mesh.Hosting;
using LocalMesh.Mesh.Models;
using LocalMesh.Mesh.Transport;
using LocalMesh.Queue;
using LocalMesh.Server.Tests;
using LocalMesh.Specialists.Intents;
using LocalMesh.Specialists.Intents.Federation;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;
using NATS.Client.ObjectStore;
using NATS.Client.ObjectStore.Models;
using NATS.Net;

namespace LocalMesh.Mesh.Tests.Security;

/// <summary>
/// The mesh under the per-site users and subject permissions of docs/mesh-nats.conf (sites "plant" and "hq"): it
/// works (requests, membership, the job queue, model versions taken across sites) with no permission violation in the
/// server's log; a node without valid credentials cannot connect; one site cannot subscribe to another's subjects, nor
/// read, take, purge or delete another site's jobs and job outcomes, nor write or delete another site's model versions,
/// nor delete, purge or reconfigure the membership bucket, nor make or change any stream (whose settings could copy
/// another site's). The streams are made by the file's administrator, as <c>localmesh mesh provision</c> does. Each
/// refusal is checked both ways: the call fails, and the server reports a permission violation on the very subject;
/// with <c>$JS.API.&gt;</c> open to both users (as before) each of these tests fails but the model-bucket one, which
/// fails with <c>$O.&gt;</c> open.
/// </summary>
public sealed class PermissionsTests : IAsyncLifetime
{
    private readonly NatsServerProcess _server = new(TempDirectories.Create("localmesh-nats-auth-"), port: 0)
    {
        ConfigFile = Path.Combine(AppContext.BaseDirectory, "mesh-nats.conf"),
    };

    /// <summary>Starts the server, and makes the streams and buckets of both sites as its administrator (<c>localmesh mesh provision</c>).</summary>
    public async ValueTask InitializeAsync()
    {
        await _server.StartAsync(TimeSpan.FromSeconds(30));
        await ProvisionAsync("plant", "hq");
    }

    private async Task ProvisionAsync(params string[] sites)
    {
        var options = new MeshOptions { Url = _server.Url, Site = "admin", NodeId = "provision", User = "admin", Password = "change-me-admin", PeerTimeoutSeconds = 1.5 }; // MeshNodes' timeout
        await using var admin = new NatsConnection(MeshConnection.CreateOpts(options) with { InboxPrefix = "_INBOX" });
        await MeshResources.ProvisionAsync(admin.CreateJetStreamContext(), options, sites, Ct);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static Dictionary<string, string?> Login(string user, string password) => new() { ["Mesh:User"] = user, ["Mesh:Password"] = password };

    [Fact]
    public async Task Mesh_WithPerSiteUsers_ServesWithinAndAcrossSites()
    {
        await using var upstream = await FakeLlmServer.StartAsync("hq-upstream");
        upstream.Reply = "from hq";
        await using var hq = await MeshNodes.StartAsync(_server.Url, "hq", "hq1", Login("hq", "change-me-hq"), TestNode.Backend("ollama", "edge", upstream.BaseUrl, "m9"));
        await using var plant = await MeshNodes.StartAsync(_server.Url, "plant", "p1", Login("plant", "change-me-plant"), new Dictionary<string, string?>
        {
            ["Policy:Domains:shared:Tiers:0"] = "local",
            ["Policy:Domains:shared:Tiers:1"] = "remote",
        });
        await MeshNodes.WaitForModelAsync(plant, "hq1", "m9");

        using var response = await plant.ChatAsync(TestNode.Body("opening hours", model: "m9"), domain: "shared");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("backend=ollama@hq1", response.Headers.GetValues("x-localmesh-route").Single(), StringComparison.Ordinal);
        AssertNoViolations();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Version = [.. Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7))]; // more than one chunk

    /// <summary>What plant's nodes would have put, with plant's user: a queued job, its outcome, a model version, a card.</summary>
    private static async Task SetUpPlantAsync(SiteConnection plant)
    {
        var js = plant.JetStream;
        (await js.PublishAsync(MeshSubjects.JobsSubject("plant"), "{\"job\":\"the plant's secret request\"}"u8.ToArray(), cancellationToken: Ct)).EnsureSuccess();
        var outcomes = await new NatsKVContext(js).GetStoreAsync(MeshSubjects.JobsBucket("plant"), Ct);
        await outcomes.PutAsync("job_1", "the plant's answer"u8.ToArray(), cancellationToken: Ct);
        var models = await new NatsObjContext(js).GetObjectStoreAsync(MeshSubjects.ModelsBucket("plant"), Ct);
        await models.PutAsync(MeshSubjects.ModelObject("intents", "plant", "p1"), Version, Ct);
        var nodes = await new NatsKVContext(js).GetStoreAsync(MeshSubjects.NodesBucket, Ct);
        await nodes.PutAsync("plant.p1", "card"u8.ToArray(), cancellationToken: Ct);
    }

    /// <summary>Connects as a site's user, as its nodes do (inbox prefix, request timeout and all).</summary>
    private async Task<SiteConnection> ConnectAsync(string user, string password)
    {
        var options = new MeshOptions { Url = _server.Url, Site = user, NodeId = "test", User = user, Password = password };
        var site = new SiteConnection(new NatsConnection(MeshConnection.CreateOpts(options)));
        await site.Connection.ConnectAsync();
        return site;
    }

    /// <summary>Nothing the nodes did was refused by the server: the configuration grants all they need.</summary>
    private void AssertNoViolations(string? except = null)
    {
        var violations = _server.Output.Split('\n')
            .Where(l => l.Contains("Violation", StringComparison.OrdinalIgnoreCase) && (except is null || !l.Contains(except, StringComparison.Ordinal))).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task Jobs_WithPerSiteUsers_AreQueuedOnTheSitesStream_AndAnsweredByAnotherNodeOfTheSite()
    {
        await using var upstream = await FakeLlmServer.StartAsync("p2-upstream");
        upstream.Reply = "answered from the site's queue";
        await using var a = await MeshNodes.StartAsync(_server.Url, "plant", "p1", Login("plant", "change-me-plant"), TestNode.Backend("down", "edge", "http://127.0.0.1:1/v1", "m5"));
        using var queued = await a.ChatAsync(TestNode.Body("inventory report", model: "m5"), domain: "general", queue: true);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var jobId = (await TestNode.JsonAsync(queued)).GetProperty("id").GetString()!;
        var store = a.Services.GetRequiredService<JobStore>();
        for (var i = 0; store.Get(jobId)!.Status != JobStatus.Forwarded; i++)
        {
            Assert.True(i < 400, "the job never moved to the site's queue");
            await Task.Delay(50, Ct);
        }

        await using var b = await MeshNodes.StartAsync(_server.Url, "plant", "p2", Login("plant", "change-me-plant"), TestNode.Backend("ollama", "edge", upstream.BaseUrl, "m5"));

        for (var i = 0; ; i++)
        {
            using var response = await a.Http.GetAsync($"/v1/localmesh/jobs/{jobId}", Ct); // read from the site's bucket, by the node that did not answer
            if (response.IsSuccessStatusCode && (await TestNode.JsonAsync(response)).GetProperty("status").GetString() == "completed")
            {
                break;
            }

            Assert.True(i < 400, $"job {jobId} was never answered");
            await Task.Delay(50, Ct);
        }

        Assert.Single(upstream.Requests);
        AssertNoViolations();
    }

    [Fact]
    public async Task ModelVersions_WithPerSiteUsers_PublishedInTheSitesBucket_AreTakenByAnotherSite()
    {
        using var key = ModelSigningKey.CreateEphemeral(); // plant.p9's, listed in hq1's configuration
        await ProvisionAsync("kitchen"); // a third site, whose bucket neither plant's nor hq's user may read: it must not stop them
        await using var p1 = await MeshNodes.StartAsync(_server.Url, "plant", "p1", Login("plant", "change-me-plant"), new Dictionary<string, string?>
        {
            ["Mesh:Models:Publish"] = "true",
            ["Mesh:Models:Policy"] = "adopt", // watches its own site's bucket, and hq's once it is there
        });
        await using var hq1 = await MeshNodes.StartAsync(_server.Url, "hq", "hq1", Login("hq", "change-me-hq"), new Dictionary<string, string?>
        {
            ["Mesh:Models:Publish"] = "true",
            ["Mesh:Models:RemotePolicy"] = "adopt",
            ["Mesh:Models:TrustedKeys:plant.p9"] = key.PublicKey,
        });

        // A plant node's version, put as a node puts it, with plant's user.
        await using var plant = await ConnectAsync("plant", "change-me-plant");
        var objects = new NatsObjContext(plant.Connection.CreateJetStreamContext());
        var bucket = await objects.GetObjectStoreAsync(MeshSubjects.ModelsBucket("plant"), Ct);
        var share = IntentModelShare.Create(await TestIntentModels.BuiltInAsync(), SharedFeatures.BuiltIn, _ => true, "plant", "p9");
        var bytes = share.ToBytes();
        await bucket.PutAsync(new ObjectMetadata
        {
            Name = MeshSubjects.ModelObject("intents", "plant", "p9"),
            Metadata = new Dictionary<string, string>
            {
                ["version"] = share.Header.Version.ToString(CultureInfo.InvariantCulture),
                ["site"] = "plant",
                ["node"] = "p9",
                [ModelSignature.KeyField] = key.PublicKey,
                [ModelSignature.SignatureField] = key.Sign("intents", "plant", "p9", share.Header.Version, bytes),
            },
        }, new MemoryStream(bytes), cancellationToken: Ct);

        // hq1 finds plant's bucket, reads it (read-only to hq) and adopts the version.
        var ledger = hq1.Services.GetRequiredService<AuditLedger>();
        for (var i = 0; !ledger.ModelUpdates().Any(r => r is { Event: "adopted", OriginSite: "plant", OriginNode: "p9" }); i++)
        {
            Assert.True(i < 1200, $"hq1 never adopted plant's version (ledger: {string.Join("; ", ledger.ModelUpdates().Select(r => $"{r.Event} {r.OriginNode}@{r.OriginSite} {r.Detail}"))})");
            await Task.Delay(100, Ct);
            await ledger.FlushAsync();
        }

        Assert.Contains(hq1.Services.GetRequiredService<IntentModelStore>().PeerParts, p => p.Origin.Node == "p9");
        AssertNoViolations(except: "OBJ_localmesh_models_kitchen");
        for (var i = 0; !_server.Output.Contains("Subject \"$JS.API.STREAM.INFO.OBJ_localmesh_models_kitchen\"", StringComparison.Ordinal); i++)
        {
            Assert.True(i < 200, "nobody tried kitchen's bucket: the refusal above was not exercised");
            await Task.Delay(50, Ct);
        }
    }

    [Fact]
    public async Task AnotherSite_CannotReadOrTakePlantsQueuedJobs()
    {
        await using var plant = await ConnectAsync("plant", "change-me-plant");
        await SetUpPlantAsync(plant);
        await using var hq = await ConnectAsync("hq", "change-me-hq");

        // A consumer on plant's queue would deliver (and, acknowledged, take) its requests.
        await hq.RefusedAsync($"$JS.API.CONSUMER.CREATE.{MeshSubjects.JobsStream("plant")}", async ct =>
            await hq.JetStream.CreateOrUpdateConsumerAsync(MeshSubjects.JobsStream("plant"), new ConsumerConfig("steal") { AckPolicy = ConsumerConfigAckPolicy.Explicit }, ct));
        await hq.RefusedAsync($"$JS.API.CONSUMER.CREATE.{MeshSubjects.JobsStream("plant")}", async ct =>
            await hq.JetStream.CreateOrUpdateConsumerAsync(MeshSubjects.JobsStream("plant"), new ConsumerConfig { AckPolicy = ConsumerConfigAckPolicy.None }, ct)); // unnamed
        // Reading a message by sequence or by subject.
        await hq.RefusedAsync($"$JS.API.STREAM.MSG.GET.{MeshSubjects.JobsStream("plant")}", async ct =>
            await hq.JetStream.JSRequestResponseAsync<StreamMsgGetRequest, StreamMsgGetResponse>($"$JS.API.STREAM.MSG.GET.{MeshSubjects.JobsStream("plant")}", new StreamMsgGetRequest { Seq = 1 }, ct));
        await hq.RefusedAsync($"$JS.API.DIRECT.GET.{MeshSubjects.JobsStream("plant")}", async ct =>
            await hq.JetStream.JSRequestResponseAsync<StreamMsgGetRequest, StreamMsgGetResponse>($"$JS.API.DIRECT.GET.{MeshSubjects.JobsStream("plant")}", new StreamMsgGetRequest { Seq = 1 }, ct));

        Assert.Equal(1, (await plant.JetStream.GetStreamAsync(MeshSubjects.JobsStream("plant"), cancellationToken: Ct)).Info.State.Messages);
    }

    [Fact]
    public async Task AnotherSite_CannotReadPlantsJobOutcomes()
    {
        await using var plant = await ConnectAsync("plant", "change-me-plant");
        await SetUpPlantAsync(plant);
        await using var hq = await ConnectAsync("hq", "change-me-hq");

        await hq.RefusedAsync($"$JS.API.STREAM.INFO.KV_{MeshSubjects.JobsBucket("plant")}", async ct =>
            await (await new NatsKVContext(hq.JetStream).GetStoreAsync(MeshSubjects.JobsBucket("plant"), ct)).GetEntryAsync<byte[]>("job_1", cancellationToken: ct));
        await hq.RefusedAsync($"$JS.API.DIRECT.GET.KV_{MeshSubjects.JobsBucket("plant")}", async ct =>
            await hq.JetStream.JSRequestResponseAsync<StreamMsgGetRequest, StreamMsgGetResponse>($"$JS.API.DIRECT.GET.KV_{MeshSubjects.JobsBucket("plant")}", new StreamMsgGetRequest { LastBySubj = $"$KV.{MeshSubjects.JobsBucket("plant")}.job_1" }, ct));
        await hq.RefusedAsync($"$JS.API.CONSUMER.CREATE.KV_{MeshSubjects.JobsBucket("plant")}", async ct =>
            await hq.JetStream.CreateOrUpdateConsumerAsync($"KV_{MeshSubjects.JobsBucket("plant")}", new ConsumerConfig { AckPolicy = ConsumerConfigAckPolicy.None }, ct));
    }

    [Fact]
    public async Task AnotherSite_CannotPurgeOrDeletePlantsStreamsAndBuckets()
    {
        await using var plant = await ConnectAsync("plant", "change-me-plant");
        await SetUpPlantAsync(plant);
        await using var hq = await ConnectAsync("hq", "change-me-hq");
        string[] streams = [MeshSubjects.JobsStream("plant"), "KV_" + MeshSubjects.JobsBucket("plant"), MeshSubjects.ObjectStream(MeshSubjects.ModelsBucket("plant"))];

        foreach (var stream in streams)
        {
            await hq.RefusedAsync($"$JS.API.STREAM.PURGE.{stream}", async ct => await hq.JetStream.PurgeStreamAsync(stream, new StreamPurgeRequest(), ct));
            await hq.RefusedAsync($"$JS.API.STREAM.DELETE.{stream}", async ct => await hq.JetStream.DeleteStreamAsync(stream, ct));
            await hq.RefusedAsync($"$JS.API.STREAM.UPDATE.{stream}", async ct => await hq.JetStream.UpdateStreamAsync(new StreamConfig(stream, []) { MaxMsgs = 1 }, ct));
        }

        foreach (var stream in streams)
        {
            Assert.True((await plant.JetStream.GetStreamAsync(stream, cancellationToken: Ct)).Info.State.Messages > 0, $"{stream} lost its messages");
        }
    }

    [Fact]
    public async Task AnotherSite_CanReadButNotReplaceOrDeletePlantsModelVersions()
    {
        await using var plant = await ConnectAsync("plant", "change-me-plant");
        await SetUpPlantAsync(plant);
        await using var hq = await ConnectAsync("hq", "change-me-hq");
        var name = MeshSubjects.ModelObject("intents", "plant", "p1");
        var store = await new NatsObjContext(hq.JetStream).GetObjectStoreAsync(MeshSubjects.ModelsBucket("plant"), Ct); // reading is allowed (federation)
        Assert.Equal(Version, await store.GetBytesAsync(name, Ct));

        await hq.RefusedAsync($"$O.{MeshSubjects.ModelsBucket("plant")}.C.", async ct => await store.PutAsync(name, "forged"u8.ToArray(), ct));
        await hq.RefusedAsync($"$O.{MeshSubjects.ModelsBucket("plant")}.M.", async ct => await store.DeleteAsync(name, ct));

        var kept = await new NatsObjContext(plant.JetStream).GetObjectStoreAsync(MeshSubjects.ModelsBucket("plant"), Ct);
        Assert.False((await kept.GetInfoAsync(name, cancellationToken: Ct)).Deleted);
        Assert.Equal(Version, await kept.GetBytesAsync(name, Ct));
    }

    [Fact]
    public async Task NoSite_CanDeletePurgeOrReconfigureTheMembershipBucket()
    {
        await using var plant = await ConnectAsync("plant", "change-me-plant");
        await SetUpPlantAsync(plant);
        await using var hq = await ConnectAsync("hq", "change-me-hq");
        var stream = "KV_" + MeshSubjects.NodesBucket;

        await hq.RefusedAsync($"$JS.API.STREAM.DELETE.{stream}", async ct => await new NatsKVContext(hq.JetStream).DeleteStoreAsync(MeshSubjects.NodesBucket, ct));
        await hq.RefusedAsync($"$JS.API.STREAM.PURGE.{stream}", async ct => await hq.JetStream.PurgeStreamAsync(stream, new StreamPurgeRequest(), ct));
        await hq.RefusedAsync($"$JS.API.STREAM.UPDATE.{stream}", async ct => await hq.JetStream.UpdateStreamAsync(new StreamConfig(stream, [$"$KV.{MeshSubjects.NodesBucket}.>"]) { MaxMsgs = 1 }, ct));
        await hq.RefusedAsync($"$KV.{MeshSubjects.NodesBucket}.plant.p1", async ct => await (await new NatsKVContext(hq.JetStream).GetStoreAsync(MeshSubjects.NodesBucket, ct)).DeleteAsync("plant.p1", cancellationToken: ct)); // as now: only its own site's cards

        // Still there, as made (its cards expire after 3 s: what is left to see is the bucket and its settings).
        var kept = (await plant.JetStream.GetStreamAsync(stream, cancellationToken: Ct)).Info.Config;
        Assert.Equal((TimeSpan.FromSeconds(3), -1L), (kept.MaxAge, kept.MaxMsgs));
    }

    [Fact]
    public async Task NoSite_CanMakeOrChangeAStream_WhichCouldCopyAnotherSitesJobs()
    {
        await using var plant = await ConnectAsync("plant", "change-me-plant");
        await SetUpPlantAsync(plant);
        await using var hq = await ConnectAsync("hq", "change-me-hq");
        StreamSource[] plantsJobs = [new() { Name = MeshSubjects.JobsStream("plant") }];

        // A stream's settings may source any stream of the account: JetStream does not check the user's permissions on it.
        await hq.RefusedAsync($"$JS.API.STREAM.UPDATE.{MeshSubjects.JobsStream("hq")}", async ct =>
            await hq.JetStream.UpdateStreamAsync(MeshResources.JobsStream("hq", 1) with { Sources = plantsJobs }, ct));
        await hq.RefusedAsync("$JS.API.STREAM.CREATE.COPY", async ct =>
            await hq.JetStream.CreateStreamAsync(new StreamConfig("COPY", []) { Sources = plantsJobs }, ct));
        await hq.RefusedAsync($"$JS.API.STREAM.DELETE.{MeshSubjects.JobsStream("hq")}", async ct =>
            await hq.JetStream.DeleteStreamAsync(MeshSubjects.JobsStream("hq"), ct)); // to make it again with a source
        await hq.RefusedAsync("$JS.API.STREAM.CREATE.KV_localmesh_nodes", async ct =>
            await hq.JetStream.CreateStreamAsync(new StreamConfig("KV_localmesh_nodes", ["$KV.localmesh_nodes.>"]) { Sources = plantsJobs }, ct));

        Assert.Equal(0, (await hq.JetStream.GetStreamAsync(MeshSubjects.JobsStream("hq"), cancellationToken: Ct)).Info.State.Messages);
    }

    [Fact]
    public async Task Connect_WrongPassword_IsRefused()
    {
        var options = new MeshOptions { Url = _server.Url, Site = "plant", NodeId = "intruder", User = "plant", Password = "guess" };
        await using var connection = new NatsConnection(MeshConnection.CreateOpts(options) with { RetryOnInitialConnect = false });

        await Assert.ThrowsAnyAsync<NatsException>(async () => await connection.ConnectAsync());
    }

    [Fact]
    public async Task Subscribe_AnotherSitesSubjects_IsAPermissionsViolation()
    {
        var options = new MeshOptions { Url = _server.Url, Site = "plant", NodeId = "snoop", User = "plant", Password = "change-me-plant" };
        await using var connection = new NatsConnection(MeshConnection.CreateOpts(options));
        var violation = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.ServerError += (_, e) =>
        {
            violation.TrySetResult(e.Error);
            return ValueTask.CompletedTask;
        };
        await connection.ConnectAsync();

        await using var sub = await connection.SubscribeCoreAsync<byte[]>(MeshSubjects.Chat("hq", "hq1"), cancellationToken: TestContext.Current.CancellationToken);
        var error = await violation.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Contains("Permissions Violation for Subscription", error, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A connection as one site's user, with the server's errors (permission violations) it was sent.</summary>
    private sealed class SiteConnection : IAsyncDisposable
    {
        private readonly List<string> _errors = [];

        public SiteConnection(NatsConnection connection)
        {
            Connection = connection;
            JetStream = connection.CreateJetStreamContext();
            connection.ServerError += (_, e) =>
            {
                lock (_errors)
                {
                    _errors.Add(e.Error);
                }

                return ValueTask.CompletedTask;
            };
        }

        public NatsConnection Connection { get; }

        public INatsJSContext JetStream { get; }

        /// <summary>
        /// Asserts that <paramref name="action"/> fails and that the server refused a publish to a subject starting with
        /// <paramref name="subject"/>: a refusal by the permissions, not e.g. a missing stream. A refused request gets no
        /// answer, so the action is cancelled as soon as the server reports the violation rather than left to its request
        /// timeout (30 s at most, a hang guard).
        /// </summary>
        public async Task RefusedAsync(string subject, Func<CancellationToken, Task> action)
        {
            using var refused = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            refused.CancelAfter(TimeSpan.FromSeconds(30));
            var watching = WatchAsync(subject, refused);
            var failed = false;
            try
            {
                await action(refused.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !Ct.IsCancellationRequested)
            {
                failed = true;
            }

            var violated = await watching; // before the CancellationTokenSource it watches is disposed
            Assert.True(failed, $"allowed: {subject}…");
            Assert.True(violated, $"no permission violation on {subject}…; the server said: {string.Join("; ", Errors())}");
        }

        /// <summary>Waits for the server's violation on <paramref name="subject"/> and then cancels <paramref name="refused"/>; false when it never came.</summary>
        private async Task<bool> WatchAsync(string subject, CancellationTokenSource refused)
        {
            while (!Errors().Any(e => e.Contains("Permissions Violation for Publish to \"" + subject, StringComparison.Ordinal)))
            {
                try
                {
                    await Task.Delay(20, refused.Token);
                }
                catch (OperationCanceledException)
                {
                    return Errors().Any(e => e.Contains("Permissions Violation for Publish to \"" + subject, StringComparison.Ordinal));
                }
            }

            await refused.CancelAsync();
            return true;
        }

        private List<string> Errors()
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }

        public ValueTask DisposeAsync() => Connection.DisposeAsync();
    }
}
