using LocalMesh.Configuration;
using LocalMesh.Mesh.Transport;
using LocalMesh.Queue;
using LocalMesh.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;

namespace LocalMesh.Mesh.Jobs;

/// <summary>
/// Store-and-forward across the mesh. A request the node queued (no capable backend nor peer now) and whose data may
/// leave the node (its domain allows <c>edge</c>) is moved from the node's own queue to a JetStream work queue,
/// <c>localmesh.jobs.{site}</c>, on the NATS server's disk: it survives the restart, or the loss, of any node. Every
/// node of the site pulls from that queue when it can serve (a durable consumer shared by the site's nodes, so each
/// job goes to one node at a time), answers the job exactly like a live call, stores the outcome in the
/// <c>localmesh_jobs</c> bucket, then acknowledges it. A job whose outcome is already stored is acknowledged without
/// running again, so one redelivered after a node died between storing and acknowledging is not answered twice.
/// <see cref="IJobDirectory"/>: <c>localmesh jobs ID</c> works from any node.
/// </summary>
public sealed partial class MeshJobQueue(
    MeshConnection connection, JobStore local, RoutePlanner planner, IQueuedRequestExecutor executor, LocalMeshOptions node, TimeProvider time, ILogger<MeshJobQueue> logger)
    : BackgroundService, IJobDirectory
{
    /// <summary>The JetStream stream.</summary>
    public const string StreamName = "LOCALMESH_JOBS";

    /// <summary>The bucket of job outcomes.</summary>
    public const string StatusBucket = "localmesh_jobs";

    private INatsKVStore? _status;

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
                    await connection.JetStream.CreateOrUpdateStreamAsync(new StreamConfig(StreamName, ["localmesh.jobs.>"])
                    {
                        Storage = StreamConfigStorage.File,
                        Retention = StreamConfigRetention.Workqueue,
                        DuplicateWindow = TimeSpan.FromMinutes(10),
                        NumReplicas = options.Replicas,
                    }, stoppingToken).ConfigureAwait(false);
                    _status = await connection.KeyValue.CreateOrUpdateStoreAsync(new NatsKVConfig(StatusBucket)
                    {
                        History = 1,
                        Storage = NatsKVStorageType.File,
                        MaxAge = TimeSpan.FromDays(7),
                        NumberOfReplicas = options.Replicas,
                    }, stoppingToken).ConfigureAwait(false);
                    consumer = await connection.JetStream.CreateOrUpdateConsumerAsync(StreamName, new ConsumerConfig("jobs-" + options.Site)
                    {
                        FilterSubject = "localmesh.jobs." + options.Site,
                        AckPolicy = ConsumerConfigAckPolicy.Explicit,
                        AckWait = TimeSpan.FromSeconds(120),
                    }, stoppingToken).ConfigureAwait(false);
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
            var ack = await connection.JetStream.PublishAsync($"localmesh.jobs.{connection.Options.Site}", meshJob.ToJson(),
                opts: new NatsJSPubOpts { MsgId = job.Id }, cancellationToken: cancellationToken).ConfigureAwait(false);
            ack.EnsureSuccess();
            await PutStatusAsync(meshJob, cancellationToken).ConfigureAwait(false);
            local.TryForward(job.Id);
            LogForwarded(logger, job.Id);
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
                if (MeshJob.TryParse(message.Data) is not { } job)
                {
                    await message.AckTerminateAsync(cancellationToken: cancellationToken).ConfigureAwait(false); // malformed: dropped, not retried
                    continue;
                }

                if (await FindAsync(job.Job.Id, cancellationToken).ConfigureAwait(false) is { Status: JobStatus.Completed or JobStatus.Failed })
                {
                    await message.AckAsync(cancellationToken: cancellationToken).ConfigureAwait(false); // answered already (redelivered after a crash)
                    continue;
                }

                var queued = job.Job;
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

            if (!any)
            {
                return;
            }
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

    private async Task PutStatusAsync(MeshJob job, CancellationToken cancellationToken)
    {
        var status = _status ?? throw new InvalidOperationException("The mesh's job bucket is not open.");
        await status.PutAsync(Key(job.Job.Id), job.ToJson(), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static string Key(string id) => id.Replace(':', '_');

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Id} moved to the mesh's queue")]
    private static partial void LogForwarded(ILogger logger, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mesh job queue: {Error}")]
    private static partial void LogError(ILogger logger, string error);
}
