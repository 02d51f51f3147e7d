using System.Text.Json.Nodes;
using LocalMesh.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Specialists.Skills;

/// <summary>
/// Fires due alarms, timers and reminders: each becomes a <c>{kind}.fired</c> event on the node's event stream,
/// exactly once (the store's guarded update), also for items that fell due while the node was down (flagged late).
/// "Now" and every wait are read from the node's <see cref="TimeProvider"/>, so on a fake clock an item fires when the
/// clock is moved past its time, and not before.
/// </summary>
/// <param name="store">The scheduled items.</param>
/// <param name="events">Where fired items are published.</param>
/// <param name="logger">Logs fired items and failures.</param>
/// <param name="time">The node's clock; <see cref="TimeProvider.System"/> when null (tests that build a runner by hand).</param>
public sealed class ScheduleRunner(SkillStore store, NodeEvents events, ILogger<ScheduleRunner> logger, TimeProvider? time = null) : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

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
                var now = _time.GetUtcNow();
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
                var wait = next is { } due ? due - _time.GetUtcNow() : TimeSpan.FromSeconds(30);
                if (wait <= TimeSpan.Zero)
                {
                    // Due already (the clock moved during the check): check again now. A wait of "at least 20 ms" would be
                    // a wait on a fake clock that may not move again, and the item would never fire.
                    continue;
                }

                wait = wait < TimeSpan.FromMilliseconds(20) ? TimeSpan.FromMilliseconds(20) : wait > TimeSpan.FromSeconds(30) ? TimeSpan.FromSeconds(30) : wait;

                // SemaphoreSlim's own timeout runs on the wall clock; a token cancelled by the node's clock does not.
                // Either way out (a new item, or the wait elapsed) leads to the same re-check above.
                using var elapsed = new CancellationTokenSource(wait, _time);
                using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, elapsed.Token);
                await _changed.WaitAsync(either.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The schedule runner failed; retrying in 5 s.");
                await Task.Delay(TimeSpan.FromSeconds(5), _time, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
