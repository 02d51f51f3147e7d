using System.Buffers;
using System.Text;
using LocalMesh.Backends.Forwarding;

namespace LocalMesh.Core.Tests.Backends.Forwarding;

public sealed class SseEventReaderTests
{
    /// <summary>Feeds <paramref name="stream"/> to a reader in pieces of <paramref name="piece"/> bytes, as a network would.</summary>
    private static (List<string> Events, bool Done) Read(string stream, int piece)
    {
        var reader = new SseEventReader();
        var events = new List<byte[]>();
        var bytes = Encoding.UTF8.GetBytes(stream);
        var pending = Array.Empty<byte>();
        for (var at = 0; at < bytes.Length && !reader.Done; at += piece)
        {
            var buffer = new ReadOnlySequence<byte>([.. pending, .. bytes.AsSpan(at, Math.Min(piece, bytes.Length - at))]);
            reader.Read(ref buffer, events);
            pending = buffer.ToArray();
        }

        reader.Finish(new ReadOnlySequence<byte>(pending), events);
        return ([.. events.Select(e => Encoding.UTF8.GetString(e))], reader.Done);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1000)]
    public void Read_SplitsEvents_WhateverThePieces(int piece)
    {
        var (events, done) = Read("data: {\"a\":1}\n\ndata: {\"b\":2}\r\n\r\n: keep-alive\n\nevent: x\ndata:{\"c\":3}\n\ndata: [DONE]\n\ndata: {\"after\":1}\n\n", piece);
        Assert.Equal(["{\"a\":1}", "{\"b\":2}", "{\"c\":3}"], events);
        Assert.True(done);
    }

    [Fact]
    public void Read_SeveralDataLines_JoinWithLineFeeds()
    {
        var (events, _) = Read("data: {\"a\":\ndata: 1}\n\n", 4);
        Assert.Equal(["{\"a\":\n1}"], events);
    }

    [Fact]
    public void Finish_AnEventWithNoBlankLineAfterIt_Completes()
    {
        var (events, done) = Read("data: {\"a\":1}\n\ndata: {\"b\":2}", 5);
        Assert.Equal(["{\"a\":1}", "{\"b\":2}"], events);
        Assert.False(done);
    }

    [Fact]
    public void Read_ALineThatNeverEnds_IsRefused_InsteadOfBuffered()
    {
        var reader = new SseEventReader();
        var buffer = new ReadOnlySequence<byte>(new byte[SseEventReader.MaxEventBytes + 1]);
        Assert.Throws<InvalidDataException>(() => reader.Read(ref buffer, []));
    }
}
