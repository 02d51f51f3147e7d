using System.Net;
using System.Text;
using LocalMesh.Ledger;
using LocalMesh.Mesh.Hosting;
using LocalMesh.Mesh.Jobs;
using LocalMesh.Mesh.Models;
using LocalMesh.Mesh.Transport;
using LocalMesh.Queue;
using LocalMesh.Server.Tests;
using LocalMesh.Testing;
using Microsoft.Extensions.DependencyInjection;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;
using NATS.Net;

namespace LocalMesh.Mesh.Tests.Security;

/// <summary>
/// The site's job queue serves only jobs put by a node of the site (docs/mesh.md, Security), under the serving node's
/// own policy. Under docs/mesh-nats.conf another site can still put a message on <c>localmesh.queue.plant</c> (a push
/// consumer of its own delivering there, <see cref="DeliverSubjectTests"/>): such a job — unsigned, or signed by a node
/// of the other site — is taken off the queue unserved and written to the ledger. A job whose text changed after its
/// node signed it, or signed with a key not trusted for the node it names, is refused the same way; a job queued by a
/// node of the site is served once, also after that node is gone. Without the signature check each of these tests fails
/// (the job is served), and without the policy check the last one does (the job reaches the cloud).
/// </summary>
public sealed class QueuedJobTrustTests : IAsyncLifetime
{
    private ProvisionedServer? _mesh;

    private NatsServerProcess Server => _mesh!.Server;

    public async ValueTask InitializeAsync() => _mesh = await ProvisionedServer.StartAsync("jobtrust", Ct);

    public async ValueTask DisposeAsync()
    {
        if (_mesh is not null)
        {
            await _mesh.DisposeAsync();
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> Login(string user) => new() { ["Mesh:User"] = user, ["Mesh:Password"] = $"change-me-{user}" };

    private async Task<NatsConnection> ConnectAsync(string user)
    {
        var options = new MeshOptions { Url = Server.Url, Site = user, NodeId = "test", User = user, Password = $"change-me-{user}" };
        var connection = new NatsConnection(MeshConnection.CreateOpts(options));
        await connection.ConnectAsync();
        return connection;
    }

    /// <summary>A well-formed job, as a node of plant would queue it: served by any node of plant with model m1 if it is let through.</summary>
    private static MeshJob Job(string id, string prompt, string origin = "p1", string domain = "general", string tiers = "local,edge") => new(new QueuedJob
    {
        Id = id,
        RequestId = "req_" + id,
        Operation = "chat.completions",
        Body = Encoding.UTF8.GetBytes(TestNode.Body(prompt, model: "m1")),
        Domain = domain,
        DomainSource = "header",
        AllowedTiers = tiers,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    }, origin);

    /// <summary>Starts plant's node <paramref name="node"/> serving m1 on <paramref name="upstream"/>, and waits until its queue is open (it has recorded which unsigned jobs are from before it).</summary>
    private async Task<TestNode> StartPlantNodeAsync(string node, FakeLlmServer upstream, params IDictionary<string, string?>[] extra)
    {
        var started = await MeshNodes.StartAsync(Server.Url, "plant", node, [Login("plant"), TestNode.Backend("ollama", "edge", upstream.BaseUrl, "m1"), .. extra]);
        for (var i = 0; !File.Exists(Path.Combine(started.DataDir, JobTrust.FloorRelativePath)); i++)
        {
            Assert.True(i < 600, $"{node} never opened its site's queue");
            await Task.Delay(50, Ct);
        }

        return started;
    }

    /// <summary>
    /// hq puts <paramref name="data"/> (with <paramref name="headers"/>) under a key of its own job bucket and makes a
    /// push consumer on it delivering to plant's queue subject: what docs/mesh.md says any site can do.
    /// </summary>
    private async Task RelayFromHqAsync(string name, byte[] data, NatsHeaders? headers = null)
    {
        await using var hq = await ConnectAsync("hq");
        var js = hq.CreateJetStreamContext();
        var subject = $"$KV.{MeshSubjects.JobsBucket("hq")}.{name}";
        (await js.PublishAsync(subject, data, headers: headers, cancellationToken: Ct)).EnsureSuccess(); // hq's own bucket: allowed
        await js.CreateOrUpdateConsumerAsync("KV_" + MeshSubjects.JobsBucket("hq"), new ConsumerConfig
        {
            Name = name,
            FilterSubject = subject,
            DeliverSubject = MeshSubjects.JobsSubject("plant"),
            AckPolicy = ConsumerConfigAckPolicy.None,
        }, Ct);
    }

    /// <summary>Waits until <paramref name="node"/>'s ledger records job <paramref name="jobId"/>, or the job reached <paramref name="upstream"/> (what the hole did): fails then.</summary>
    private static async Task<MeshJobRecord> RefusalAsync(TestNode node, string jobId, FakeLlmServer upstream, string text)
    {
        var ledger = node.Services.GetRequiredService<AuditLedger>();
        for (var i = 0; ; i++)
        {
            await ledger.FlushAsync();
            if (ledger.MeshJobs().FirstOrDefault(r => r.JobId == jobId) is { } record)
            {
                return record;
            }

            Assert.False(upstream.Received(text), $"job {jobId} was served: '{text}' reached the model");
            Assert.True(i < 1200, $"job {jobId} was neither refused nor served in 60 s"); // a hang guard: it returns as soon as either happens
            await Task.Delay(50, Ct);
        }
    }

    [Fact]
    public async Task InjectedByAnotherSite_ThroughAPushConsumer_IsNotServed_AndIsInTheLedger()
    {
        await using var upstream = await FakeLlmServer.StartAsync("p1-upstream");
        await using var p1 = await StartPlantNodeAsync("p1", upstream);

        // Unsigned, as every job was before; and signed by a node of hq (its own key, its own site), relayed the same way.
        await RelayFromHqAsync("unsigned", Job("job_injected_unsigned", "transfer the unsigned payroll").ToJson());
        using var hqKey = ModelSigningKey.CreateEphemeral();
        var signed = Job("job_injected_signed", "transfer the signed payroll", origin: "hq1").ToJson();
        await RelayFromHqAsync("signed", signed, JobSignature.Sign(hqKey, "hq", "hq1", signed));

        var unsigned = await RefusalAsync(p1, "job_injected_unsigned", upstream, "unsigned payroll");
        var otherSite = await RefusalAsync(p1, "job_injected_signed", upstream, "signed payroll");

        Assert.Equal("refused", unsigned.Event);
        Assert.StartsWith("unsigned: queued after this node's upgrade", unsigned.Detail, StringComparison.Ordinal);
        Assert.Equal(("refused", "hq1", "hq", hqKey.KeyId), (otherSite.Event, otherSite.PutBy, otherSite.Site, otherSite.KeyId));
        Assert.StartsWith("another site's job", otherSite.Detail, StringComparison.Ordinal);
        Assert.Empty(upstream.Requests);
        using var audit = await p1.Http.GetAsync("/v1/localmesh/audit/mesh-jobs", Ct); // what an operator reads
        var rows = (await TestNode.JsonAsync(audit)).GetProperty("data");
        Assert.Contains(rows.EnumerateArray(), r => r.GetProperty("job_id").GetString() == "job_injected_signed" && r.GetProperty("event").GetString() == "refused");
        // Acknowledged away, not left to be delivered again.
        var info = await _mesh!.Admin.CreateJetStreamContext().GetConsumerAsync(MeshSubjects.JobsStream("plant"), "jobs-plant", Ct);
        Assert.Equal((0UL, 0L), (info.Info.NumPending, info.Info.NumAckPending));
    }

    [Fact]
    public async Task Upgrade_UnsignedJobQueuedBeforeTheNodesFirstStart_IsServedAndLedgered_OneQueuedAfterIsRefused()
    {
        // What a node of the earlier version left in plant's queue: unsigned.
        await using var plant = await ConnectAsync("plant");
        var js = plant.CreateJetStreamContext();
        var before = Job("job_before_upgrade", "stock before the upgrade");
        (await js.PublishAsync(MeshSubjects.JobsSubject("plant"), before.ToJson(), opts: new NatsJSPubOpts { MsgId = before.Job.Id }, cancellationToken: Ct)).EnsureSuccess();
        await using var upstream = await FakeLlmServer.StartAsync("p1-upstream");
        await using var p1 = await StartPlantNodeAsync("p1", upstream);
        for (var i = 0; !upstream.Received("stock before the upgrade"); i++)
        {
            Assert.True(i < 1200, "the job queued before the upgrade was never served");
            await Task.Delay(50, Ct);
        }

        // The same, put on the subject after p1 started this version: only a node of the earlier version, or anyone else.
        var after = Job("job_after_upgrade", "stock after the upgrade");
        (await js.PublishAsync(MeshSubjects.JobsSubject("plant"), after.ToJson(), opts: new NatsJSPubOpts { MsgId = after.Job.Id }, cancellationToken: Ct)).EnsureSuccess();
        var refused = await RefusalAsync(p1, "job_after_upgrade", upstream, "stock after the upgrade");

        var accepted = p1.Services.GetRequiredService<AuditLedger>().MeshJobs().Single(r => r.JobId == "job_before_upgrade");
        Assert.Equal(("unsigned-accepted", 1L), (accepted.Event, accepted.Sequence));
        Assert.Equal(("refused", 2L), (refused.Event, refused.Sequence));
        Assert.Single(upstream.Requests);
    }

    [Fact]
    public async Task AcceptUnsigned_Never_RefusesEvenAJobQueuedBeforeTheUpgrade_ABadValueStopsTheNode()
    {
        await using var plant = await ConnectAsync("plant");
        var before = Job("job_before_never", "stock before the upgrade");
        (await plant.CreateJetStreamContext().PublishAsync(MeshSubjects.JobsSubject("plant"), before.ToJson(), cancellationToken: Ct)).EnsureSuccess();
        await using var upstream = await FakeLlmServer.StartAsync("p1-upstream");
        await using var p1 = await StartPlantNodeAsync("p1", upstream, new Dictionary<string, string?> { ["Mesh:Jobs:AcceptUnsigned"] = "never" });

        var refused = await RefusalAsync(p1, "job_before_never", upstream, "stock before the upgrade");

        Assert.Equal("unsigned: LocalMesh:Mesh:Jobs:AcceptUnsigned is never", refused.Detail);
        Assert.Contains("LocalMesh:Mesh:Jobs:AcceptUnsigned", Assert.Single(new MeshOptions { Url = Server.Url, Jobs = new MeshJobOptions { AcceptUnsigned = "sometimes" } }.Validate()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueuedByANodeOfTheSite_IsSigned_AndServedOnce_AfterThatNodeIsGone()
    {
        await using var upstream = await FakeLlmServer.StartAsync("p2-upstream");
        upstream.Reply = "answered from the site's queue";
        string jobId;
        string aKey;
        await using (var a = await MeshNodes.StartAsync(Server.Url, "plant", "p1", Login("plant"), TestNode.Backend("down", "edge", "http://127.0.0.1:1/v1", "m1")))
        {
            using var queued = await a.ChatAsync(TestNode.Body("inventory report", model: "m1"), domain: "general", queue: true);
            Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
            jobId = (await TestNode.JsonAsync(queued)).GetProperty("id").GetString()!;
            var store = a.Services.GetRequiredService<JobStore>();
            for (var i = 0; store.Get(jobId)!.Status != JobStatus.Forwarded; i++)
            {
                Assert.True(i < 400, "the job never moved to the site's queue");
                await Task.Delay(50, Ct);
            }

            aKey = a.Services.GetRequiredService<ModelSigningKey>().PublicKey;
        }

        // On the server, the job carries p1's signature of its exact bytes, for site plant.
        var admin = _mesh!.Admin.CreateJetStreamContext();
        var stored = (await admin.JSRequestResponseAsync<StreamMsgGetRequest, StreamMsgGetResponse>($"$JS.API.STREAM.MSG.GET.{MeshSubjects.JobsStream("plant")}",
            new StreamMsgGetRequest { LastBySubj = MeshSubjects.JobsSubject("plant") }, Ct)).Message;
        var headers = ParseHeaders(stored.Hdrs);
        Assert.Equal(("plant", "p1", aKey), (headers[JobSignature.SiteHeader], headers[JobSignature.NodeHeader], headers[JobSignature.KeyHeader]));
        Assert.True(JobSignature.Verify(aKey, headers[JobSignature.SignatureHeader], "plant", "p1", stored.Data.Span));

        // p1 is gone before p2 ever saw its card: p2 finds its key in the site's job bucket.
        await using var p2 = await StartPlantNodeAsync("p2", upstream);
        for (var i = 0; ; i++)
        {
            using var response = await p2.Http.GetAsync($"/v1/localmesh/jobs/{jobId}", Ct);
            if (response.IsSuccessStatusCode && (await TestNode.JsonAsync(response)).GetProperty("status").GetString() == "completed")
            {
                break;
            }

            Assert.True(i < 600, $"job {jobId} was never answered (ledger: {string.Join("; ", p2.Services.GetRequiredService<AuditLedger>().MeshJobs().Select(r => r.Detail))})");
            await Task.Delay(50, Ct);
        }

        Assert.Single(upstream.Requests);
        await p2.Services.GetRequiredService<AuditLedger>().FlushAsync();
        Assert.Empty(p2.Services.GetRequiredService<AuditLedger>().MeshJobs());
    }

    [Fact]
    public async Task SignedJob_WithItsTextChanged_OrSignedWithAnotherKeyThanItsNodes_IsRefused_TheUntouchedOneServed()
    {
        await using var upstream = await FakeLlmServer.StartAsync("p1-upstream");
        await using var p1 = await StartPlantNodeAsync("p1", upstream);
        await using var plant = await ConnectAsync("plant");
        var js = plant.CreateJetStreamContext();
        // p3 of plant, as its node registers itself when it opens the site's queue.
        using var p3Key = ModelSigningKey.CreateEphemeral();
        await JobSigners.PutAsync(await new NatsKVContext(js).GetStoreAsync(MeshSubjects.JobsBucket("plant"), Ct), "p3", p3Key, Ct);

        // Signed as p3 put it, then its text changed (the same job, id and all, with 10000 for 10).
        var headers = JobSignature.Sign(p3Key, "plant", "p3", Job("job_tampered", "pay invoice 118 for 10 EUR", origin: "p3").ToJson());
        (await js.PublishAsync(MeshSubjects.JobsSubject("plant"), Job("job_tampered", "pay invoice 118 for 10000 EUR", origin: "p3").ToJson(), headers: headers, cancellationToken: Ct)).EnsureSuccess();
        using var otherKey = ModelSigningKey.CreateEphemeral();
        var wrongSigner = Job("job_wrong_signer", "pay invoice 119", origin: "p3").ToJson();
        (await js.PublishAsync(MeshSubjects.JobsSubject("plant"), wrongSigner, headers: JobSignature.Sign(otherKey, "plant", "p3", wrongSigner), cancellationToken: Ct)).EnsureSuccess();
        var good = Job("job_untouched", "pay invoice 120 for 10 EUR", origin: "p3").ToJson();
        (await js.PublishAsync(MeshSubjects.JobsSubject("plant"), good, headers: JobSignature.Sign(p3Key, "plant", "p3", good), cancellationToken: Ct)).EnsureSuccess();

        var bad = await RefusalAsync(p1, "job_tampered", upstream, "10000 EUR");
        var wrong = await RefusalAsync(p1, "job_wrong_signer", upstream, "invoice 119");
        for (var i = 0; !upstream.Received("invoice 120"); i++)
        {
            Assert.True(i < 1200, "the untouched job signed by p3 was never served");
            await Task.Delay(50, Ct);
        }

        Assert.StartsWith("bad signature", bad.Detail, StringComparison.Ordinal);
        Assert.Equal(("p3", p3Key.KeyId), (bad.PutBy, bad.KeyId));
        Assert.StartsWith($"wrong signer: signed with key {otherKey.KeyId}, but the key trusted for p3@plant is {p3Key.KeyId}", wrong.Detail, StringComparison.Ordinal);
        Assert.Single(upstream.Requests);
    }

    [Fact]
    public async Task KeyRotation_JobsSignedBeforeAndAfterANodeRotated_AreServed_AnotherKeyIsNot()
    {
        await using var upstream = await FakeLlmServer.StartAsync("p1-upstream");
        await using var p1 = await StartPlantNodeAsync("p1", upstream);
        await using var plant = await ConnectAsync("plant");
        var js = plant.CreateJetStreamContext();
        var bucket = await new NatsKVContext(js).GetStoreAsync(MeshSubjects.JobsBucket("plant"), Ct);
        using var k1 = ModelSigningKey.CreateEphemeral();
        using var k2 = ModelSigningKey.CreateEphemeral();
        using var k3 = ModelSigningKey.CreateEphemeral();
        var rotation = k1.SignRotation("plant", "p3", k2.PublicKey, 1, 1_700_000_000_000);

        async Task PutAsync(string id, string prompt, ModelSigningKey key, bool withRotation = false)
        {
            var data = Job(id, prompt, origin: "p3").ToJson();
            var headers = JobSignature.Sign(key, "plant", "p3", data);
            if (withRotation)
            {
                headers[JobSignature.RotationsHeader] = ModelKeyRotation.ToJson([rotation]);
            }

            (await js.PublishAsync(MeshSubjects.JobsSubject("plant"), data, headers: headers, cancellationToken: Ct)).EnsureSuccess();
        }

        async Task ServedAsync(string text)
        {
            for (var i = 0; !upstream.Received(text); i++)
            {
                Assert.True(i < 1200, $"'{text}' was never served (ledger: {string.Join("; ", p1.Services.GetRequiredService<AuditLedger>().MeshJobs().Select(r => r.Detail))})");
                await Task.Delay(50, Ct);
            }
        }

        // p3 with k1 (p1 pins it), then p3 rotated to k2 (a job carries the statement); a job p3 signed with k1 before
        // it rotated, still in the queue, is p3's too. k3 is nobody's.
        await JobSigners.PutAsync(bucket, "p3", k1.PublicKey, [], Ct);
        await PutAsync("job_k1", "stock count one", k1);
        await ServedAsync("stock count one");
        await JobSigners.PutAsync(bucket, "p3", k2.PublicKey, [rotation], Ct);
        await PutAsync("job_k2", "stock count two", k2, withRotation: true);
        await ServedAsync("stock count two");
        await PutAsync("job_k1_late", "stock count three", k1);
        await ServedAsync("stock count three");
        await PutAsync("job_k3", "stock count four", k3);
        var refused = await RefusalAsync(p1, "job_k3", upstream, "stock count four");

        Assert.StartsWith($"wrong signer: signed with key {k3.KeyId}, but the key trusted for p3@plant is {k2.KeyId}", refused.Detail, StringComparison.Ordinal);
        Assert.Equal(3, upstream.Requests.Count);
    }

    [Fact]
    public async Task NodeAloneInItsSite_ServesTheJobsItQueued_AlsoAfterRotatingItsKey()
    {
        await using var upstream = await FakeLlmServer.StartAsync("p1-upstream");
        upstream.FailStatus = 503; // down, probes too: the request is queued
        var dataDir = TestNode.NewDataDir();
        var config = TestNode.Merge(MeshNodes.Config(Server.Url, "plant", "p1"), Login("plant"), TestNode.Backend("ollama", "edge", upstream.BaseUrl, "m1"));
        string jobId, oldKey;
        await using (var p1 = await TestNode.StartAsync(config, dataDir))
        {
            using var queued = await p1.ChatAsync(TestNode.Body("inventory alone", model: "m1"), domain: "general", queue: true);
            Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
            jobId = (await TestNode.JsonAsync(queued)).GetProperty("id").GetString()!;
            var store = p1.Services.GetRequiredService<JobStore>();
            for (var i = 0; store.Get(jobId)!.Status != JobStatus.Forwarded; i++)
            {
                Assert.True(i < 400, "the job never moved to the site's queue");
                await Task.Delay(50, Ct);
            }

            oldKey = p1.Services.GetRequiredService<ModelSigningKey>().PublicKey;
        }

        var stored = (await _mesh!.Admin.CreateJetStreamContext().JSRequestResponseAsync<StreamMsgGetRequest, StreamMsgGetResponse>($"$JS.API.STREAM.MSG.GET.{MeshSubjects.JobsStream("plant")}",
            new StreamMsgGetRequest { LastBySubj = MeshSubjects.JobsSubject("plant") }, Ct)).Message;
        Assert.Equal(oldKey, ParseHeaders(stored.Hdrs)[JobSignature.KeyHeader]);

        // The node rotates its key at its next start (the old private key is deleted then); its model is back.
        ModelSigningKey.PrepareRotation(dataDir);
        upstream.FailStatus = 0;
        await using var again = await TestNode.StartAsync(config, dataDir);
        Assert.NotEqual(oldKey, again.Services.GetRequiredService<ModelSigningKey>().PublicKey);
        for (var i = 0; ; i++)
        {
            using var response = await again.Http.GetAsync($"/v1/localmesh/jobs/{jobId}", Ct);
            if (response.IsSuccessStatusCode && (await TestNode.JsonAsync(response)).GetProperty("status").GetString() == "completed")
            {
                break;
            }

            Assert.True(i < 600, $"job {jobId} was never answered (ledger: {string.Join("; ", again.Services.GetRequiredService<AuditLedger>().MeshJobs().Select(r => r.Detail))})");
            await Task.Delay(50, Ct);
        }

        Assert.Single(upstream.Requests);
    }

    [Fact]
    public async Task SignedJob_NamingATierTheServingNodesPolicyDoesNotAllowForItsDomain_NeverReachesIt()
    {
        // A job of domain finance naming the cloud, signed by p3 of plant (a node with a looser policy, or its key
        // misused): p1's policy keeps finance to local and edge. p1's edge model fails; without the check the router
        // goes on to p1's cloud backend and answers.
        await using var edge = await FakeLlmServer.StartAsync("p1-edge");
        edge.FailStatus = 500;
        edge.ProbesFollowFailures = false; // stays available, so the job is tried here
        await using var cloud = await FakeLlmServer.StartAsync("p1-cloud");
        await using var p1 = await StartPlantNodeAsync("p1", edge, TestNode.Backend("cloudy", "cloud", cloud.BaseUrl, "m1"));
        await using var plant = await ConnectAsync("plant");
        var js = plant.CreateJetStreamContext();
        using var p3Key = ModelSigningKey.CreateEphemeral();
        await JobSigners.PutAsync(await new NatsKVContext(js).GetStoreAsync(MeshSubjects.JobsBucket("plant"), Ct), "p3", p3Key, Ct);
        var job = Job("job_finance_cloud", "the quarter's figures", origin: "p3", domain: "finance", tiers: "local,edge,cloud").ToJson();
        (await js.PublishAsync(MeshSubjects.JobsSubject("plant"), job, headers: JobSignature.Sign(p3Key, "plant", "p3", job), cancellationToken: Ct)).EnsureSuccess();

        var queue = p1.Services.GetRequiredService<MeshJobQueue>();
        QueuedJob? status = null;
        for (var i = 0; status is not { Error: not null } && status is not { Status: JobStatus.Completed }; i++)
        {
            Assert.True(i < 1200, "the job was never tried");
            await Task.Delay(50, Ct);
            status = await queue.FindAsync("job_finance_cloud", Ct);
        }

        Assert.NotEqual(JobStatus.Completed, status.Status);
        Assert.Equal(("finance", "local,edge"), (status.Domain, status.AllowedTiers)); // served, and recorded, under p1's own policy
        Assert.Empty(cloud.Requests);
        Assert.Contains("ollama (edge) failed", status.Error, StringComparison.Ordinal); // tried here, on what p1 allows
    }

    private static Dictionary<string, string> ParseHeaders(string? base64)
    {
        // The stream's raw message headers (base64 in the API's answer): NATS/1.0, then "Name: value" lines.
        var lines = Encoding.UTF8.GetString(Convert.FromBase64String(base64 ?? "")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        return lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
    }
}
