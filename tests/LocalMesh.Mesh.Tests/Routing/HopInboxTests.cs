using System.Threading.Channels;
using LocalMesh.Mesh.Routing;
using LocalMesh.Mesh.Transport;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Tests.Routing;

/// <summary>
/// The one reply subscription every hop of a node shares (<see cref="HopInbox"/>), on a real nats-server: each hop
/// gets only its own answers, in order; an answer to a hop that has ended goes nowhere; a hop whose reader falls behind
/// by more than <see cref="HopInbox.Capacity"/> messages fails alone, with a reason, and never holds up the others
/// (they share the connection's read loop); when the connection closes, open hops fail rather than wait forever.
/// </summary>
public sealed class HopInboxTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EachHop_GetsItsOwnAnswersInOrder_AndAnEndedHopIsForgotten()
    {
        await using var connection = new MeshConnection(new MeshOptions { Url = nats.Url, Site = "inbox1", NodeId = "a" });
        var inbox = new HopInbox(connection);
        using var first = await inbox.OpenAsync(Ct);
        using var second = await inbox.OpenAsync(Ct);
        var ended = await inbox.OpenAsync(Ct);
        ended.Dispose();

        Assert.NotEqual(first.Subject, second.Subject);
        Assert.StartsWith("_INBOX.inbox1.", first.Subject, StringComparison.Ordinal); // under the site's inbox prefix (permissions)
        for (var i = 0; i < 3; i++)
        {
            await connection.Nats.PublishAsync(first.Subject, new[] { (byte)i }, cancellationToken: Ct);
            await connection.Nats.PublishAsync(second.Subject, new[] { (byte)(10 + i) }, cancellationToken: Ct);
            await connection.Nats.PublishAsync(ended.Subject, new[] { (byte)99 }, cancellationToken: Ct);
        }

        Assert.Equal([0, 1, 2], await ReadAsync(first, 3));
        Assert.Equal([10, 11, 12], await ReadAsync(second, 3));
        Assert.Equal(2, inbox.Open);
        await connection.Nats.PingAsync(Ct); // anything still on its way to the inbox has arrived by now
        Assert.False(first.Messages.TryRead(out _));
    }

    [Fact]
    public async Task APeerThatKnowsOneHopsSubject_CannotAnswerTheNextHop()
    {
        await using var connection = new MeshConnection(new MeshOptions { Url = nats.Url, Site = "inbox4", NodeId = "a" });
        var inbox = new HopInbox(connection);
        using var toPeer = await inbox.OpenAsync(Ct); // the reply subject a peer is sent with its request
        var prefix = toPeer.Subject[..(toPeer.Subject.LastIndexOf('.') + 1)];
        var id = long.Parse(toPeer.Subject[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
        using var toAnother = await inbox.OpenAsync(Ct); // a hop to another peer, opened next

        for (var guess = Math.Max(0, id - 64); guess <= id + 64; guess++) // the peer answers on the neighbouring numbers
        {
            await connection.Nats.PublishAsync(prefix + guess.ToString(System.Globalization.CultureInfo.InvariantCulture), new[] { (byte)66 }, cancellationToken: Ct);
        }

        await connection.Nats.PingAsync(Ct); // everything sent has arrived by now
        Assert.False(toAnother.Messages.TryRead(out _), "a forged answer reached another peer's hop");
    }

    [Fact]
    public async Task AHopThatIsNotRead_FailsAlone_AndTheOthersKeepTheirAnswers()
    {
        await using var connection = new MeshConnection(new MeshOptions { Url = nats.Url, Site = "inbox2", NodeId = "a" });
        var inbox = new HopInbox(connection);
        using var stalled = await inbox.OpenAsync(Ct);
        using var other = await inbox.OpenAsync(Ct);

        for (var i = 0; i <= HopInbox.Capacity; i++) // one more than it may hold
        {
            await connection.Nats.PublishAsync(stalled.Subject, new[] { (byte)1 }, cancellationToken: Ct);
        }

        await connection.Nats.PublishAsync(other.Subject, new[] { (byte)7 }, cancellationToken: Ct);

        Assert.Equal([7], await ReadAsync(other, 1)); // the read loop was not held up by the stalled hop
        var drained = 0;
        var closed = await Assert.ThrowsAsync<ChannelClosedException>(async () =>
        {
            while (true)
            {
                await stalled.Messages.ReadAsync(Ct);
                drained++;
            }
        });
        Assert.Equal(HopInbox.Capacity, drained); // what it held is still read, then the reason
        Assert.Contains($"more than {HopInbox.Capacity} messages", closed.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionClosed_OpenHopsFail_InsteadOfWaiting()
    {
        var connection = new MeshConnection(new MeshOptions { Url = nats.Url, Site = "inbox3", NodeId = "a" });
        var inbox = new HopInbox(connection);
        using var open = await inbox.OpenAsync(Ct);

        await connection.DisposeAsync();

        await Assert.ThrowsAsync<ChannelClosedException>(async () => await open.Messages.ReadAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(30), Ct));
    }

    private static async Task<byte[]> ReadAsync(HopReplies replies, int count)
    {
        var bytes = new List<byte>();
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        guard.CancelAfter(TimeSpan.FromSeconds(30)); // a hang guard, not a speed target
        while (bytes.Count < count)
        {
            var message = await replies.Messages.ReadAsync(guard.Token);
            bytes.AddRange(message.Data ?? []);
        }

        return [.. bytes];
    }
}
