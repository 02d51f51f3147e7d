using System.Text.Json.Nodes;
using LocalMesh.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Skills;

/// <summary>
/// Fires due alarms, timers and reminders: each becomes a <c>{kind}.fired</c> event on the node's event stream,
/// exactly once (the store's guarded update), also for items that fell due while the node was down (flagged late).
/// </summary>
public sealed class ScheduleRunner(SkillStore store, NodeEvents events, ILogger<ScheduleRunner> logger) : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0);

    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // A new item may be due sooner than the one the runner waits for.
        store.ItemScheduled += () => _changed.Release();
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = DateTimeOffset.UtcNow;
                foreach (var item in store.Due(now))
                {
                    if (store.TryMarkFired(item.Id))
                    {
                        var late = now - item.FireAt > TimeSpan.FromSeconds(5);
                        events.Publish(item.Kind + ".fired", new JsonObject
                        {
                            ["id"] = item.Id,
                            ["kind"] = item.Kind,
                            ["label"] = item.Label,
                            ["due_at"] = item.FireAt,
                            ["late"] = late,
                        });
                        logger.LogInformation("{Kind} #{Id} fired ({Label}){Late}", item.Kind, item.Id, item.Label, late ? " late" : string.Empty);
                    }
                }

                var next = store.NextDue();
                var wait = next is { } due ? due - DateTimeOffset.UtcNow : TimeSpan.FromSeconds(30);
                wait = wait < TimeSpan.FromMilliseconds(20) ? TimeSpan.FromMilliseconds(20) : wait > TimeSpan.FromSeconds(30) ? TimeSpan.FromSeconds(30) : wait;
                await _changed.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The schedule runner failed; retrying in 5 s.");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
