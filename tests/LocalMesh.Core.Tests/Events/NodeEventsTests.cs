using System.Text.Json.Nodes;
using LocalMesh.Events;

namespace LocalMesh.Core.Tests.Events;

public sealed class NodeEventsTests
{
    [Fact]
    public async Task HasSubscribers_is_true_only_while_someone_reads_the_stream()
    {
        var events = new NodeEvents();
        Assert.False(events.HasSubscribers);

        using var stop = new CancellationTokenSource();
        await using var reader = events.SubscribeAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        var first = reader.MoveNextAsync(); // subscribes, then waits for an event
        Assert.True(events.HasSubscribers);

        events.Publish("test.one", new JsonObject { ["n"] = 1 }, keep: false);
        Assert.True(await first);
        Assert.Equal("test.one", reader.Current.Type);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await reader.MoveNextAsync());
        Assert.False(events.HasSubscribers);
    }

    [Fact]
    public void Events_not_kept_stay_out_of_the_recent_window()
    {
        var events = new NodeEvents();
        events.Publish("rare", [], keep: true);
        events.Publish("frequent", [], keep: false);
        Assert.Equal(["rare"], events.Recent().Select(e => e.Type));
    }
}
