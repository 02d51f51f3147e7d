using LocalMesh.Events;
using LocalMesh.Specialists.Skills;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LocalMesh.Specialists.Tests.Skills;

public sealed class ScheduleSkillTests
{
    [Fact]
    public async Task Alarms_SetListAndCancel()
    {
        var store = SkillTestContext.NewStore();
        var skill = new ScheduleSkill(store);
        Task<string?> Ask(string text, string intent = "alarm") => SkillTestContext.AskAsync(skill, intent, text);

        Assert.Equal("You have no alarms.", await Ask("what alarms do i have"));
        Assert.Equal("Alarm set for 7:00 PM today (you did not say am or pm; I took the next 7 o'clock) (alarm #1).", await Ask("set an alarm for 7"));
        Assert.Equal("Alarm set for 6:30 AM tomorrow (alarm #2).", await Ask("wake me up at 6:30 am tomorrow"));
        Assert.Equal("Your alarms: #1 7:00 PM today; #2 6:30 AM tomorrow.", await Ask("what alarms do i have"));
        Assert.StartsWith("I could not set that alarm: \"7:75\" is not a time of day.", await Ask("set an alarm for 7:75"));
        Assert.StartsWith("For what time?", await Ask("set an alarm please"));
        Assert.Equal("Cancelled 2 alarms.", await Ask("cancel my alarms"));
        Assert.Equal("You have no alarms.", await Ask("what alarms do i have"));
    }

    [Fact]
    public async Task Timers_AndReminders()
    {
        var store = SkillTestContext.NewStore();
        var skill = new ScheduleSkill(store);
        Assert.Equal("Timer set for 1 hour 30 minutes; it goes off at 11:30 AM today (timer #1).", await SkillTestContext.AskAsync(skill, "timer", "set a timer for 90 minutes"));
        Assert.StartsWith("For how long?", await SkillTestContext.AskAsync(skill, "timer", "please set a timer for me"));
        Assert.Equal("A timer can run from 1 second to 7 days.", await SkillTestContext.AskAsync(skill, "timer", "set a timer for 30 days"));
        Assert.Equal("A timer can run from 1 second to 7 days.", await SkillTestContext.AskAsync(skill, "timer", "set a timer for 99999999999999999999 minutes"));
        Assert.Equal("I'll remind you to call mom at 5:00 PM today (reminder #2).", await SkillTestContext.AskAsync(skill, "reminder_update", "remind me to call mom at 5pm"));
        Assert.Equal("I'll remind you to take out the garbage at 8:00 AM tomorrow (no time given; I took 8:00 for \"morning\") (reminder #3).", await SkillTestContext.AskAsync(skill, "reminder_update", "remind me to take out the garbage tomorrow morning"));
        Assert.Equal("Your reminders: #2 call mom at 5:00 PM today; #3 take out the garbage at 8:00 AM tomorrow.", await SkillTestContext.AskAsync(skill, "reminder", "what are my reminders"));
        Assert.StartsWith("I could not set that reminder", await SkillTestContext.AskAsync(skill, "reminder_update", "remind me at 6am today to stretch"));
    }

    [Fact]
    public async Task DueItems_FireOnce_AsEvents_EvenWhenLate()
    {
        var store = SkillTestContext.NewStore();
        var events = new NodeEvents();
        store.Schedule("timer", DateTimeOffset.UtcNow.AddMinutes(-5), "5 minutes"); // due while the node was down
        store.Schedule("alarm", DateTimeOffset.UtcNow.AddMilliseconds(300), "alarm");
        store.Schedule("reminder", DateTimeOffset.UtcNow.AddHours(1), "later");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        // The first MoveNextAsync runs the subscription up to its first wait, so it is subscribed before the runner starts
        // (a sleep here was a guess that a busy machine could miss, and the overdue timer's event with it).
        await using var subscription = events.SubscribeAsync(cts.Token).GetAsyncEnumerator(cts.Token);
        var next = subscription.MoveNextAsync();
        using var runner = new ScheduleRunner(store, events, NullLogger<ScheduleRunner>.Instance);
        await runner.StartAsync(cts.Token);
        var received = new List<NodeEvent>();
        while (received.Count < 2)
        {
            Assert.True(await next);
            received.Add(subscription.Current);
            next = received.Count < 2 ? subscription.MoveNextAsync() : ValueTask.FromResult(false);
        }

        await runner.StopAsync(CancellationToken.None);

        Assert.Equal(["timer.fired", "alarm.fired"], received.Select(e => e.Type));
        Assert.True(received[0].Data["late"]!.GetValue<bool>());
        Assert.False(received[1].Data["late"]!.GetValue<bool>());
        Assert.Equal(["reminder"], store.Scheduled().Select(i => i.Kind));
        Assert.Equal(2, store.Scheduled(all: true).Count(i => i.Status == "fired"));
        Assert.Empty(store.Due(DateTimeOffset.UtcNow)); // fired items never fire again
    }

    [Fact]
    public async Task Timer_FiresWhenTheNodesClockPassesIt_NotBefore()
    {
        // The fake clock starts years before the wall clock: a runner or store still reading the system clock would find
        // the timer long overdue and fire it at once, so the first event would be the timer and not the marker below.
        var time = new FakeTimeProvider(new DateTimeOffset(2020, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var store = new SkillStore(LocalMesh.Testing.TempDirectories.Create("localmesh-skills-"), time);
        var events = new NodeEvents();
        var skill = new ScheduleSkill(store);
        var answer = await skill.AnswerAsync(new SkillRequest("set a timer for 10 minutes", "timer", "req_test", time.GetUtcNow(), TimeZoneInfo.Utc), TestContext.Current.CancellationToken);
        Assert.StartsWith("Timer set for 10 minutes", answer);
        var timer = Assert.Single(store.Scheduled());
        Assert.Equal(time.GetUtcNow().AddMinutes(10), timer.FireAt);
        Assert.Equal(time.GetUtcNow(), timer.CreatedAt);

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(TimeSpan.FromSeconds(30)); // a hang guard on the wall clock; the test itself never sleeps
        await using var subscription = events.SubscribeAsync(cts.Token).GetAsyncEnumerator(cts.Token);
        var next = subscription.MoveNextAsync();
        using var runner = new ScheduleRunner(store, events, NullLogger<ScheduleRunner>.Instance, time);
        await runner.StartAsync(cts.Token);

        // One second short of ten minutes, in steps that each fire the runner's capped (30 s) wait on the fake clock.
        for (var step = 0; step < 20; step++)
        {
            time.Advance(TimeSpan.FromSeconds(30) - (step == 19 ? TimeSpan.FromSeconds(1) : TimeSpan.Zero));
        }

        // A marker due now wakes the runner (scheduling signals it) at 9:59; its event proves the runner has checked at
        // that time, and the timer, due later, was not in that check. Nothing can fire it until the clock moves again.
        store.Schedule("alarm", time.GetUtcNow(), "marker");
        Assert.True(await next);
        Assert.Equal("alarm.fired", subscription.Current.Type);
        Assert.Equal("marker", subscription.Current.Data["label"]!.GetValue<string>());
        next = subscription.MoveNextAsync();
        Assert.False(next.IsCompleted);
        Assert.Equal("pending", store.Scheduled("timer").Single().Status);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await next);
        await runner.StopAsync(CancellationToken.None);

        Assert.Equal("timer.fired", subscription.Current.Type);
        Assert.Equal(timer.Id, subscription.Current.Data["id"]!.GetValue<long>());
        Assert.False(subscription.Current.Data["late"]!.GetValue<bool>()); // it fired on time by the node's clock
        Assert.Empty(store.Scheduled());
    }
}
