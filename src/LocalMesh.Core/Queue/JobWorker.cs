using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Queue;

/// <summary>
/// Answers queued jobs once a backend their policy allows is reachable. Jobs are claimed atomically, so each completes
/// exactly once; an attempt that still finds no route does not count against <see cref="QueueConfig.MaxAttempts"/>.
/// Passes run every <see cref="QueueConfig.PollSeconds"/> on the node's <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class JobWorker(
    JobStore store, RoutePlanner planner, IQueuedRequestExecutor executor, LocalMeshOptions options, Telemetry.LocalMeshTelemetry telemetry, TimeProvider time, ILogger<JobWorker> logger)
    : BackgroundService
{
    /// <summary>Runs one pass over the queue; returns the number of jobs completed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var completed = 0;
        foreach (var job in store.ListQueued())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!planner.HasAvailableBackend(ToContext(job)) || !store.TryClaim(job.Id))
            {
                continue;
            }

            try
            {
                var result = await executor.ExecuteAsync(job, cancellationToken).ConfigureAwait(false);
                if (store.TryComplete(job.Id, result))
                {
                    completed++;
                    Replayed("answered");
                    LogCompleted(job.Id, job.Attempts + 1);
                }
            }
            catch (NoRouteException ex)
            {
                store.Release(job.Id, ex.Message, countAttempt: false);
                Replayed("no_route");
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var error = ErrorText.Describe(ex);
                if (job.Attempts + 1 >= options.Queue.MaxAttempts)
                {
                    store.Fail(job.Id, error);
                    Replayed("failed");
                    LogFailed(job.Id, error);
                }
                else
                {
                    store.Release(job.Id, error, countAttempt: true);
                    Replayed("retried");
                }
            }
        }

        return completed;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recovered = store.RecoverInterrupted();
        if (recovered > 0)
        {
            LogRecovered(recovered);
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Queue.PollSeconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPassFailed(ex);
            }
        }
    }

    private void Replayed(string outcome) => telemetry.QueueReplays.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>The routing context a job is planned with.</summary>
    public static RouteContext ToContext(QueuedJob job) => new(job.RequestId, job.Resolution, job.KeyName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued job {JobId} completed (attempt {Attempt}).")]
    private partial void LogCompleted(string jobId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queued job {JobId} failed for good: {Error}.")]
    private partial void LogFailed(string jobId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} jobs interrupted by a previous shutdown were queued again.")]
    private partial void LogRecovered(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass over the queue failed.")]
    private partial void LogPassFailed(Exception ex);
}
