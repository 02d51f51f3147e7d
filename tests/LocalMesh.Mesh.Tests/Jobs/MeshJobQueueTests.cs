using System.Net;
using LocalMesh.Server.Tests;
using LocalMesh.Testing;
using LocalMesh.Mesh.Jobs;
using LocalMesh.Mesh.Transport;
using LocalMesh.Queue;
using Microsoft.Extensions.DependencyInjection;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;
using NATS.Net;

namespace LocalMesh.Mesh.Tests.Jobs;

/// <summary>Store-and-forward on JetStream: a request no node can serve is kept on the NATS server and answered once capacity returns, by any node of the site.</summary>
public sealed class MeshJobQueueTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    [Fact]
    public async Task Queue_EntryNodeGoneBeforeCapacityReturns_AnotherNodeAnswersOnce_JobVisibleFromIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var upstream = await FakeLlmServer.StartAsync("b-upstream");
        upstream.Reply = "answered later";
        string jobId;
        await using (var a = await MeshNodes.StartAsync(nats.Url, "depot", "a7", TestNode.Backend("down", "edge", "http://127.0.0.1:1/v1", "m7")))
        {
            using var queued = await a.ChatAsync(TestNode.Body("inventory report", model: "m7"), domain: "general", queue: true);
            Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
            jobId = (await TestNode.JsonAsync(queued)).GetProperty("id").GetString()!;
            var store = a.Services.GetRequiredService<LocalMesh.Queue.JobStore>();
            for (var i = 0; store.Get(jobId)!.Status != LocalMesh.Queue.JobStatus.Forwarded; i++)
            {
                Assert.True(i < 400, "the job never moved to the mesh's queue");
                await Task.Delay(50, ct);
            }

            await WaitForStatusAsync(a, jobId, "queued"); // the local row says forwarded; the endpoint reads the mesh's record
        }

        // The entry node is gone; a node of the same site with the model comes up and answers the job.
        await using var b = await MeshNodes.StartAsync(nats.Url, "depot", "b7", TestNode.Backend("ollama", "edge", upstream.BaseUrl, "m7"));
        var job = await WaitForStatusAsync(b, jobId, "completed");

        Assert.Equal("answered later", job.GetProperty("result").GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        Assert.Single(upstream.Requests);
    }

    [Fact]
    public async Task Queue_LocalOnlyDomain_NeverLeavesTheNode()
    {
        await using var a = await MeshNodes.StartAsync(nats.Url, "depot2", "a8", TestNode.Backend("down", "local", "http://127.0.0.1:1/v1", "m8"));

        using var queued = await a.ChatAsync(TestNode.Body("the vault code", model: "m8"), domain: "secret", queue: true);

        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var jobId = (await TestNode.JsonAsync(queued)).GetProperty("id").GetString()!;
        var queue = a.Services.GetRequiredService<LocalMesh.Mesh.Jobs.MeshJobQueue>();
        await queue.ExportOnceAsync(TestContext.Current.CancellationToken);
        Assert.Equal(LocalMesh.Queue.JobStatus.Queued, a.Services.GetRequiredService<LocalMesh.Queue.JobStore>().Get(jobId)!.Status);
        Assert.Null(await queue.FindAsync(jobId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Upgrade_JobQueuedInTheOldSharedStream_IsMovedToTheSitesOwnAndAnswered_AnotherSitesIsLeft()
    {
        var ct = TestContext.Current.CancellationToken;
        // What nodes of the version before per-site streams left on the server: one stream and one bucket for every site.
        await using var old = new NatsConnection(NatsOpts.Default with { Url = nats.Url, Name = "old-version" });
        var js = old.CreateJetStreamContext();
        await js.CreateStreamAsync(new StreamConfig(MeshSubjects.LegacyJobsStream, ["localmesh.jobs.>"]) { Retention = StreamConfigRetention.Workqueue }, ct);
        var outcomes = await new NatsKVContext(js).CreateStoreAsync(new NatsKVConfig(MeshSubjects.LegacyJobsBucket) { History = 1 }, ct);
        var mine = Job("job_legacy_depot3", "stock before the upgrade");
        var theirs = Job("job_legacy_other", "another site's job");
        (await js.PublishAsync(MeshSubjects.LegacyJobsSubject("depot3"), mine.ToJson(), opts: new NatsJSPubOpts { MsgId = mine.Job.Id }, cancellationToken: ct)).EnsureSuccess();
        (await js.PublishAsync(MeshSubjects.LegacyJobsSubject("other"), theirs.ToJson(), opts: new NatsJSPubOpts { MsgId = theirs.Job.Id }, cancellationToken: ct)).EnsureSuccess();
        await outcomes.PutAsync(mine.Job.Id, (mine with { Job = mine.Job with { Attempts = 1, Error = "no backend" } }).ToJson(), cancellationToken: ct);

        await using var upstream = await FakeLlmServer.StartAsync("c-upstream");
        upstream.Reply = "answered after the upgrade";
        await using var c = await MeshNodes.StartAsync(nats.Url, "depot3", "c9", TestNode.Backend("ollama", "edge", upstream.BaseUrl, "m9"));
        var job = await WaitForStatusAsync(c, mine.Job.Id, "completed");

        Assert.Equal("answered after the upgrade", job.GetProperty("result").GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        Assert.Single(upstream.Requests);
        // Taken out of the old stream; the other site's job is still there, for that site's nodes to move.
        var legacy = await js.GetStreamAsync(MeshSubjects.LegacyJobsStream, cancellationToken: ct);
        Assert.Equal(1, legacy.Info.State.Messages);
        Assert.Equal(theirs.Job.Id, MeshJob.TryParse((await legacy.GetAsync(new StreamMsgGetRequest { LastBySubj = MeshSubjects.LegacyJobsSubject("other") }, ct)).Message.Data.Span)!.Job.Id);
    }

    [Fact]
    public async Task Upgrade_JobFoundAgainInTheOldStreamAfterItWasMovedAndAnswered_KeepsItsAnswer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var old = new NatsConnection(NatsOpts.Default with { Url = nats.Url, Name = "old-version" });
        var js = old.CreateJetStreamContext();
        await js.CreateStreamAsync(new StreamConfig(MeshSubjects.LegacyJobsStream, ["localmesh.jobs.>"]) { Retention = StreamConfigRetention.Workqueue }, ct);
        var outcomes = await new NatsKVContext(js).CreateStoreAsync(new NatsKVConfig(MeshSubjects.LegacyJobsBucket) { History = 1 }, ct);
        var mine = Job("job_legacy_again", "stock before the upgrade");
        (await js.PublishAsync(MeshSubjects.LegacyJobsSubject("depot4"), mine.ToJson(), cancellationToken: ct)).EnsureSuccess();
        await outcomes.PutAsync(mine.Job.Id, (mine with { Job = mine.Job with { Attempts = 1, Error = "no backend" } }).ToJson(), cancellationToken: ct);
        await using var upstream = await FakeLlmServer.StartAsync("d-upstream");
        upstream.Reply = "answered after the upgrade";
        await using var d = await MeshNodes.StartAsync(nats.Url, "depot4", "d9", TestNode.Backend("ollama", "edge", upstream.BaseUrl, "m9"));
        await WaitForStatusAsync(d, mine.Job.Id, "completed");

        // The mover's ack was lost (it stopped between publishing and acknowledging): the old stream delivers the job again.
        (await js.PublishAsync(MeshSubjects.LegacyJobsSubject("depot4"), mine.ToJson(), cancellationToken: ct)).EnsureSuccess();
        var queue = d.Services.GetRequiredService<LocalMesh.Mesh.Jobs.MeshJobQueue>();
        for (var i = 0; await LeftInOldStreamAsync(js, "depot4") > 0; i++)
        {
            Assert.True(i < 20, "the job found again was never taken out of the old stream");

            await queue.MoveLegacyJobsAsync(ct);
        }

        var job = await WaitForStatusAsync(d, mine.Job.Id, "completed"); // not its old outcome (queued, "no backend") put over the answer
        Assert.Equal("answered after the upgrade", job.GetProperty("result").GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        Assert.Single(upstream.Requests);
    }

    [Fact]
    public async Task Upgrade_JobMovedBeforeItsMoveWasCutShort_IsTakenOutOfTheOldStreamAndAnsweredOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var old = new NatsConnection(NatsOpts.Default with { Url = nats.Url, Name = "old-version" });
        var js = old.CreateJetStreamContext();
        await js.CreateStreamAsync(new StreamConfig(MeshSubjects.LegacyJobsStream, ["localmesh.jobs.>"]) { Retention = StreamConfigRetention.Workqueue }, ct);
        var mine = Job("job_legacy_cut", "stock before the upgrade");
        (await js.PublishAsync(MeshSubjects.LegacyJobsSubject("depot5"), mine.ToJson(), cancellationToken: ct)).EnsureSuccess();
        // A node moved it into the site's stream and stopped before storing its outcome and acknowledging the old message.
        await js.CreateStreamAsync(MeshResources.JobsStream("depot5", 1), ct);
        (await js.PublishAsync(MeshSubjects.JobsSubject("depot5"), mine.ToJson(), opts: new NatsJSPubOpts { MsgId = mine.Job.Id }, cancellationToken: ct)).EnsureSuccess();

        await using var upstream = await FakeLlmServer.StartAsync("e-upstream");
        upstream.Reply = "answered after the upgrade";
        await using var e = await MeshNodes.StartAsync(nats.Url, "depot5", "e9", TestNode.Backend("ollama", "edge", upstream.BaseUrl, "m9"));
        await WaitForStatusAsync(e, mine.Job.Id, "completed");

        var queue = e.Services.GetRequiredService<LocalMesh.Mesh.Jobs.MeshJobQueue>();
        for (var i = 0; await LeftInOldStreamAsync(js, "depot5") > 0; i++)
        {
            Assert.True(i < 20, "the job moved before was never taken out of the old stream (its publish is a duplicate)");
            await queue.MoveLegacyJobsAsync(ct);
        }

        Assert.Single(upstream.Requests);
    }

    [Fact]
    public async Task Export_JobAlreadyInTheMeshQueue_IsMarkedForwarded_AndTheOutcomeStoredSinceIsKept()
    {
        // This node stopped between publishing a job to the site's queue and marking it forwarded, and another node has
        // answered it since: exporting it again must neither throw on the duplicate nor put "queued" over the answer.
        var ct = TestContext.Current.CancellationToken;
        await using var setup = new NatsConnection(NatsOpts.Default with { Url = nats.Url, Name = "earlier-run" });
        var js = setup.CreateJetStreamContext();
        await MeshResources.OpenOrCreateAsync("stream", "depot6",
            async () => await js.GetStreamAsync(MeshSubjects.JobsStream("depot6"), cancellationToken: ct),
            async () => await js.CreateStreamAsync(MeshResources.JobsStream("depot6", 1), ct));
        var outcomes = await new NatsKVContext(js).CreateStoreAsync(MeshResources.JobsBucket("depot6", 1), ct);
        var job = Job("job_exported_before", "exported before the stop");
        (await js.PublishAsync(MeshSubjects.JobsSubject("depot6"), job.ToJson(), opts: new NatsJSPubOpts { MsgId = job.Job.Id }, cancellationToken: ct)).EnsureSuccess();
        var answered = job with { Job = job.Job with { Status = JobStatus.Completed, Result = System.Text.Encoding.UTF8.GetBytes("{\"answered\":\"elsewhere\"}") }, ServedBy = "b6" };
        await outcomes.PutAsync(job.Job.Id, answered.ToJson(), cancellationToken: ct);

        await using var a = await MeshNodes.StartAsync(nats.Url, "depot6", "a6", TestNode.Backend("down", "edge", "http://127.0.0.1:1/v1", "m9"));
        var store = a.Services.GetRequiredService<JobStore>();
        store.Enqueue(job.Job);
        var queue = a.Services.GetRequiredService<MeshJobQueue>();
        await queue.ExportOnceAsync(ct); // the node's own loop may export it first: either way the same path

        Assert.Equal(JobStatus.Forwarded, store.Get(job.Job.Id)!.Status);
        var kept = await queue.FindAsync(job.Job.Id, ct);
        Assert.Equal(JobStatus.Completed, kept!.Status);
        Assert.Equal("{\"answered\":\"elsewhere\"}", System.Text.Encoding.UTF8.GetString(kept.Result!));
    }

    /// <summary>The site's messages still in the old shared stream, delivered or not (other tests leave other sites' there).</summary>
    private static async Task<long> LeftInOldStreamAsync(INatsJSContext js, string site)
    {
        var info = (await js.GetConsumerAsync(MeshSubjects.LegacyJobsStream, "jobs-" + site, TestContext.Current.CancellationToken)).Info;
        return (long)info.NumPending + info.NumAckPending;
    }

    private static MeshJob Job(string id, string prompt) => new(new QueuedJob
    {
        Id = id,
        RequestId = "req_" + id,
        Operation = "chat.completions",
        Body = System.Text.Encoding.UTF8.GetBytes(TestNode.Body(prompt, model: "m9")),
        Domain = "general",
        DomainSource = "header",
        AllowedTiers = "local,edge",
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    }, "old-node");

    private static async Task<System.Text.Json.JsonElement> WaitForStatusAsync(TestNode node, string jobId, string status)
    {
        for (var i = 0; ; i++)
        {
            using var response = await node.Http.GetAsync($"/v1/localmesh/jobs/{jobId}", TestContext.Current.CancellationToken);
            if (response.IsSuccessStatusCode)
            {
                var job = await TestNode.JsonAsync(response);
                if (job.GetProperty("status").GetString() == status)
                {
                    return job;
                }
            }

            Assert.True(i < 400, $"job {jobId} never reached '{status}' on {node.BaseUri}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
