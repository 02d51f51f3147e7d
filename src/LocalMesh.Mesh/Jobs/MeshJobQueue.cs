using LocalMesh.Configuration;
using LocalMesh.Ledger;
using LocalMesh.Mesh.Models;
using LocalMesh.Mesh.Transport;
using LocalMesh.Queue;
using LocalMesh.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;

namespace LocalMesh.Mesh.Jobs;

/// <summary>
/// Store-and-forward across the mesh. A request the node queued (no capable backend nor peer now) and whose data may
/// leave the node (its domain allows <c>edge</c>) is moved from the node's own queue to its site's JetStream work queue,
/// stream <c>LOCALMESH_JOBS_{site}</c> on <c>localmesh.queue.{site}</c>, on the NATS server's disk: it survives the
/// restart, or the loss, of any node. Every node of the site pulls from that queue when it can serve (a durable
/// consumer shared by the site's nodes, so each job goes to one node at a time), answers the job exactly like a live
/// call, stores the outcome in the site's bucket <c>localmesh_jobs_{site}</c>, then acknowledges it. A job whose
/// outcome is already stored is acknowledged without running again, so one redelivered after a node died between
/// storing and acknowledging is not answered twice. Stream and bucket are the site's own so that a server can keep
/// other sites' users from reading them (docs/mesh-nats.conf). <see cref="IJobDirectory"/>: <c>localmesh jobs ID</c>
/// works from any node of the site. Jobs of the site still in the shared stream of earlier versions
/// (<see cref="MeshSubjects.LegacyJobsStream"/>) are moved into the site's own at start.
/// <para>
/// The queue's subject can be written by more than the site's nodes (docs/mesh.md, Security), so every job put is
/// signed by the node that puts it (<see cref="JobSignature"/>), and a node serves only a job signed by a node of its
/// own site with the key it trusts for that node (<see cref="JobTrust"/>); any other is taken off the queue unserved,
/// logged and written to the ledger (<see cref="MeshJobRecord"/>). A job is served under this node's own policy
/// (<see cref="ServingPolicy"/>), never beyond it whatever tiers it names.
/// </para>
/// </summary>
public sealed partial class MeshJobQueue(
    MeshConnection connection, JobStore local, RoutePlanner planner, IQueuedRequestExecutor executor, LocalMeshOptions node, TimeProvider time, ILogger<MeshJobQueue> logger,
    ModelSigningKey key, JobTrust trust, ServingPolicy policy, AuditLedger ledger, Membership.NodeCertificates? certificates = null)
    : BackgroundService, IJobDirectory
{
    private static readonly TimeSpan SignerRefresh = TimeSpan.FromHours(1);
    private INatsKVStore? _status;
    private bool _legacyDone;
    private DateTimeOffset _streamCreated;
    private DateTimeOffset _signerPut = DateTimeOffset.MinValue;
    private readonly HashSet<string> _told = []; // jobs served unsigned or narrowed that were logged (and ledgered) already: a job waiting for capacity is delivered again every poll

    /// <summary>Jobs this node answered from the mesh's queue.</summary>
    public int Answered => Volatile.Read(ref _answered);

    private int _answered;

    /// <inheritdoc />
    public async Task<QueuedJob?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (_status is not { } status)
        {
            return null;
        }

        var entry = await status.TryGetEntryAsync<byte[]>(Key(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        return entry.Success && MeshJob.TryParse(entry.Value.Value) is { } job ? job.Job : null;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = connection.Options;
        var poll = TimeSpan.FromSeconds(node.Queue.PollSeconds);
        INatsJSConsumer? consumer = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (consumer is null)
                {
                    // Opened, and made only when missing: a site's user may not make streams under docs/mesh-nats.conf (MeshResources).
                    var site = options.Site;
                    var stream = await MeshResources.OpenOrCreateAsync($"stream {MeshSubjects.JobsStream(site)}", site,
                        async () => await connection.JetStream.GetStreamAsync(MeshSubjects.JobsStream(site), cancellationToken: stoppingToken).ConfigureAwait(false),
                        async () => await connection.JetStream.CreateStreamAsync(MeshResources.JobsStream(site, options.Replicas), stoppingToken).ConfigureAwait(false)).ConfigureAwait(false);
                    _status = await MeshResources.OpenOrCreateAsync($"bucket {MeshSubjects.JobsBucket(site)}", site,
                        () => connection.KeyValue.GetStoreAsync(MeshSubjects.JobsBucket(site), stoppingToken).AsTask(),
                        () => connection.KeyValue.CreateStoreAsync(MeshResources.JobsBucket(site, options.Replicas), stoppingToken).AsTask()).ConfigureAwait(false);
                    _streamCreated = stream.Info.Created;
                    trust.RecordFloor(stream.Info.Config.Name!, stream.Info.Created, stream.Info.State.LastSeq); // before the first job is read: unsigned ones up to here were queued before this version
                    consumer = await connection.JetStream.CreateOrUpdateConsumerAsync(MeshSubjects.JobsStream(options.Site), new ConsumerConfig("jobs-" + options.Site)
                    {
                        AckPolicy = ConsumerConfigAckPolicy.Explicit,
                        AckWait = TimeSpan.FromSeconds(120),
                    }, stoppingToken).ConfigureAwait(false);
                }

                if (time.GetUtcNow() - _signerPut >= SignerRefresh && _status is { } bucket)
                {
                    await JobSigners.PutAsync(bucket, options.EffectiveNodeId, key, stoppingToken, certificates?.Carried).ConfigureAwait(false); // for peers checking this node's jobs after it is gone
                    _signerPut = time.GetUtcNow();
                }

                if (!_legacyDone)
                {
                    _legacyDone = await MoveLegacyJobsAsync(stoppingToken).ConfigureAwait(false) == 0;
                }

                await ExportOnceAsync(stoppingToken).ConfigureAwait(false);
                await ServeAsync(consumer, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                consumer = null;
                LogError(logger, ex.Message);
            }

            try
            {
                await Task.Delay(poll, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Moves the node's queued jobs whose data may leave the node into the mesh's queue (the background loop does this every poll).</summary>
    public async Task ExportOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var job in local.ListQueued())
        {
            if (!job.AllowedTiers.Split(',').Contains("edge", StringComparer.OrdinalIgnoreCase) || !local.TryClaim(job.Id))
            {
                continue; // a local-only job never leaves the node: its own worker answers it
            }

            var meshJob = new MeshJob(job with { Status = JobStatus.Queued, Result = null, Error = null, UpdatedAt = time.GetUtcNow() }, connection.Options.EffectiveNodeId);
            var bytes = meshJob.ToJson();
            var ack = await connection.JetStream.PublishAsync(MeshSubjects.JobsSubject(connection.Options.Site), bytes, headers: Sign(bytes),
                opts: new NatsJSPubOpts { MsgId = job.Id }, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!ack.Duplicate)
            {
                ack.EnsureSuccess();
                await PutStatusAsync(meshJob, cancellationToken).ConfigureAwait(false);
            }
            else if (await FindAsync(job.Id, cancellationToken).ConfigureAwait(false) is null)
            {
                // In the mesh's queue already (this node stopped between publishing and marking it forwarded): only the
                // status the stop cut short is written, never over an outcome another node has stored since.
                await PutStatusAsync(meshJob, cancellationToken).ConfigureAwait(false);
            }

            local.TryForward(job.Id);
            LogForwarded(logger, job.Id);
        }
    }

    /// <summary>
    /// Moves the site's jobs still queued in the stream all sites shared before (nodes of an earlier version put them
    /// there) into the site's own stream, with the outcome recorded so far, so nothing queued before an upgrade is lost;
    /// returns how many it moved. The job id stays the message id, so a job moved twice is stored once. Nothing to do
    /// (0) when that stream is gone; when this site's user may not read it (the per-site permissions of
    /// docs/mesh-nats.conf, installed before every node was upgraded) it says so once and gives up.
    /// </summary>
    public async Task<int> MoveLegacyJobsAsync(CancellationToken cancellationToken)
    {
        var site = connection.Options.Site;
        var subject = MeshSubjects.LegacyJobsSubject(site);
        var found = false;
        await foreach (var name in connection.JetStream.ListStreamNamesAsync(subject, cancellationToken).ConfigureAwait(false))
        {
            found |= name == MeshSubjects.LegacyJobsStream;
        }

        if (!found)
        {
            return 0;
        }

        try
        {
            INatsKVStore? outcomes = null;
            try
            {
                outcomes = await connection.KeyValue.GetStoreAsync(MeshSubjects.LegacyJobsBucket, cancellationToken).ConfigureAwait(false);
            }
            catch (NatsKVException)
            {
            }
            catch (NatsJSApiException)
            {
            }

            // The durable consumer the site's nodes used on that stream (a work queue allows one per subject).
            var consumer = await connection.JetStream.CreateOrUpdateConsumerAsync(MeshSubjects.LegacyJobsStream, new ConsumerConfig("jobs-" + site)
            {
                FilterSubject = subject,
                AckPolicy = ConsumerConfigAckPolicy.Explicit,
                AckWait = TimeSpan.FromSeconds(120),
            }, cancellationToken).ConfigureAwait(false);
            var moved = 0;
            for (var any = true; any;)
            {
                any = false;
                await foreach (var message in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 100, Expires = TimeSpan.FromSeconds(1) }, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    any = true;
                    if (MeshJob.TryParse(message.Data) is { } job && await FindAsync(job.Job.Id, cancellationToken).ConfigureAwait(false) is null)
                    {
                        // Only a job not in this site's bucket yet: one found again after its move was cut short before the
                        // ack may have been answered since, and its legacy outcome put over that answer would lose it.
                        // Signed by this node, which moves it: the old stream was written by this site's nodes of the earlier version.
                        var ack = await connection.JetStream.PublishAsync(MeshSubjects.JobsSubject(site), message.Data, headers: Sign(message.Data!),
                            opts: new NatsJSPubOpts { MsgId = job.Job.Id }, cancellationToken: cancellationToken).ConfigureAwait(false);
                        if (!ack.Duplicate)
                        {
                            ack.EnsureSuccess(); // a duplicate is moved already (a move cut short before its outcome and ack): EnsureSuccess would throw and strand it
                        }

                        var outcome = outcomes is null ? null : await outcomes.TryGetEntryAsync<byte[]>(Key(job.Job.Id), cancellationToken: cancellationToken).ConfigureAwait(false) is { Success: true } entry ? MeshJob.TryParse(entry.Value.Value) : null;
                        await PutStatusAsync(outcome ?? job, cancellationToken).ConfigureAwait(false);
                        moved++;
                    }

                    await message.AckAsync(cancellationToken: cancellationToken).ConfigureAwait(false); // moved (or moved before, or malformed: dropped, as the queue does)
                }
            }

            if (moved > 0)
            {
                LogMovedLegacy(logger, moved, MeshSubjects.LegacyJobsStream, MeshSubjects.JobsStream(site));
            }

            return moved;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogLegacyUnreadable(logger, MeshSubjects.LegacyJobsStream, ex.Message);
            return 0;
        }
    }

    /// <summary>Answers jobs of the site's queue while this node can.</summary>
    private async Task ServeAsync(INatsJSConsumer consumer, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var any = false;
            await foreach (var message in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 1, Expires = TimeSpan.FromSeconds(1) }, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                any = true;
                try
                {
                    if (MeshJob.TryParse(message.Data) is not { } job)
                    {
                        await message.AckTerminateAsync(cancellationToken: cancellationToken).ConfigureAwait(false); // malformed: dropped, not retried
                        continue;
                    }

                    var sequence = message.Metadata?.Sequence.Stream ?? 0;
                    var verdict = await CheckAsync(message.Headers, message.Data, sequence, cancellationToken).ConfigureAwait(false);
                    var first = Tell(job.Job.Id);
                    if (verdict.Event is { } happened && (!verdict.Serve || first))
                    {
                        ledger.Write(new MeshJobRecord
                        {
                            Timestamp = time.GetUtcNow(), JobId = job.Job.Id, Event = happened, PutBy = verdict.PutBy, Site = verdict.Site, KeyId = verdict.KeyId,
                            Sequence = (long)sequence, Detail = verdict.Detail,
                        });
                    }

                    if (!verdict.Serve)
                    {
                        // Taken off the queue, not answered and not redelivered; no outcome is stored (its id may be a real job's).
                        LogRefused(logger, job.Job.Id, sequence, verdict.Detail);
                        await message.AckAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                        continue;
                    }

                    if (verdict.Event is not null && first)
                    {
                        LogUnsigned(logger, job.Job.Id, verdict.Detail);
                    }

                    if (await FindAsync(job.Job.Id, cancellationToken).ConfigureAwait(false) is { Status: JobStatus.Completed or JobStatus.Failed })
                    {
                        await message.AckAsync(cancellationToken: cancellationToken).ConfigureAwait(false); // answered already (redelivered after a crash)
                        continue;
                    }

                    var queued = policy.Narrow(job.Job, out var dropped);
                    if (dropped is not null && first)
                    {
                        LogNarrowed(logger, job.Job.Id, dropped);
                    }

                    if (!planner.HasAvailableBackend(JobWorker.ToContext(queued)))
                    {
                        await message.NakAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                        return; // nothing here can answer it now: look again at the next poll
                    }

                    if (await AnswerAsync(job, queued, (int)(message.Metadata?.NumDelivered ?? 1), cancellationToken).ConfigureAwait(false))
                    {
                        await message.AckAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await message.NakAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                        return;
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    await HandBackAsync(message).ConfigureAwait(false);
                    throw;
                }
            }

            if (!any)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Gives a job back to the queue when this node stops while holding it, so another node of the site can take it at
    /// once instead of after the ack wait (two minutes). Best effort: a node whose connection is already gone cannot.
    /// </summary>
    private static async Task HandBackAsync(INatsJSMsg<byte[]> message)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await message.NakAsync(cancellationToken: timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or NatsException)
        {
            // the server redelivers it after the ack wait
        }
    }

    /// <summary>Answers a job and stores the outcome; false when it stays queued (to be delivered again).</summary>
    private async Task<bool> AnswerAsync(MeshJob job, QueuedJob queued, int attempt, CancellationToken cancellationToken)
    {
        MeshJob outcome;
        try
        {
            var result = await executor.ExecuteAsync(queued, cancellationToken).ConfigureAwait(false);
            outcome = job with { Job = queued with { Status = JobStatus.Completed, Result = result, Error = null } };
            Interlocked.Increment(ref _answered);
        }
        catch (NoRouteException ex)
        {
            outcome = job with { Job = queued with { Error = ex.Message } }; // still queued; the next delivery tries again
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            outcome = job with { Job = queued with { Status = attempt >= node.Queue.MaxAttempts ? JobStatus.Failed : JobStatus.Queued, Error = Backends.ErrorText.Describe(ex) } };
        }

        await PutStatusAsync(outcome with { Job = outcome.Job with { Attempts = attempt, UpdatedAt = time.GetUtcNow() }, ServedBy = connection.Options.EffectiveNodeId }, cancellationToken).ConfigureAwait(false);
        return outcome.Job.Status != JobStatus.Queued;
    }

    /// <summary>Whether <paramref name="id"/> is delivered here for the first time since this node started (bounded: forgets all past 10,000).</summary>
    private bool Tell(string id)
    {
        if (_told.Count >= 10_000)
        {
            _told.Clear();
        }

        return _told.Add(id);
    }

    /// <summary>The signature headers of a job this node puts in its site's queue.</summary>
    private NatsHeaders Sign(byte[] data) => JobSignature.Sign(key, connection.Options.Site, connection.Options.EffectiveNodeId, data);

    /// <summary>Whether a message of the site's queue was put by a node of the site (<see cref="JobTrust"/>).</summary>
    private async Task<JobVerdict> CheckAsync(NatsHeaders? headers, byte[]? data, ulong sequence, CancellationToken cancellationToken)
    {
        var site = connection.Options.Site;
        JobSigner? registered = null;
        if (JobSignature.Get(headers, JobSignature.NodeHeader) is { } putBy && MeshSubjects.IsToken(putBy) && putBy != connection.Options.EffectiveNodeId
            && JobSignature.Get(headers, JobSignature.SiteHeader) == site && _status is { } bucket)
        {
            registered = await JobSigners.GetAsync(bucket, putBy, cancellationToken).ConfigureAwait(false);
        }

        return trust.Check(headers, data ?? [], MeshSubjects.JobsStream(site), _streamCreated, sequence, registered);
    }

    private async Task PutStatusAsync(MeshJob job, CancellationToken cancellationToken)
    {
        var status = _status ?? throw new InvalidOperationException("The mesh's job bucket is not open.");
        await status.PutAsync(Key(job.Job.Id), job.ToJson(), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static string Key(string id) => id.Replace(':', '_');

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Id} moved to the mesh's queue")]
    private static partial void LogForwarded(ILogger logger, string id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} queued jobs of this site from the shared stream {Legacy} to {Stream}")]
    private static partial void LogMovedLegacy(ILogger logger, int count, string legacy, string stream);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared job stream {Legacy} of earlier versions still exists, and this site's jobs in it cannot be moved: {Error}. See docs/mesh.md (Security, upgrading)")]
    private static partial void LogLegacyUnreadable(ILogger logger, string legacy, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused job {Id} (stream sequence {Sequence}) of the mesh's queue, not served: {Reason}")]
    private static partial void LogRefused(ILogger logger, string id, ulong sequence, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Serving job {Id} of the mesh's queue without a signature: {Reason}")]
    private static partial void LogUnsigned(ILogger logger, string id, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Id} of the mesh's queue is served under this node's policy: {Dropped}")]
    private static partial void LogNarrowed(ILogger logger, string id, string dropped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mesh job queue: {Error}")]
    private static partial void LogError(ILogger logger, string error);
}
