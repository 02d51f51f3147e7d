using LocalMesh.Mesh.Transport;
using Microsoft.AspNetCore.Http;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Serving;

/// <summary>
/// The response body of a request served for a peer. A JSON answer is buffered whole and sent, when the handler is done
/// (<see cref="CompleteAsync"/>), as one <c>full</c> message: status, content type and route (read from the response
/// then) in headers, the body as data. A stream (<c>text/event-stream</c>) is sent at each flush: the first as the
/// <c>head</c> with the bytes written so far, the next ones as <c>data</c> messages, then <c>end</c>. No piece is larger
/// than <see cref="HopProtocol.MaxChunk"/>. Not thread-safe (one writer, as any response body).
/// </summary>
internal sealed class HopResponseStream(NatsConnection nats, string inbox, HttpResponse response) : Stream
{
    private readonly MemoryStream _pending = new();

    /// <summary>Whether the head has gone.</summary>
    public bool HeadSent { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        _pending.Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _pending.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Sends what a stream has written so far; a JSON answer waits for <see cref="CompleteAsync"/>.</summary>
    public override Task FlushAsync(CancellationToken cancellationToken) =>
        _pending.Length > 0 && IsStream() ? SendAsync(last: false) : Task.CompletedTask;

    /// <summary>Sends the rest and ends the answer (the head too, even for an empty body).</summary>
    public Task CompleteAsync() => SendAsync(last: true);

    private bool IsStream() => response.ContentType?.StartsWith("text/event-stream", StringComparison.OrdinalIgnoreCase) == true;

    private async Task SendAsync(bool last)
    {
        // Published from the buffer as it is: NATS copies the bytes into its write buffer before the call returns.
        var bytes = (ReadOnlyMemory<byte>)_pending.GetBuffer().AsMemory(0, (int)_pending.Length);
        var at = 0;
        if (!HeadSent)
        {
            at = Math.Min(HopProtocol.MaxChunk, bytes.Length);
            var full = last && at == bytes.Length;
            await nats.PublishAsync(inbox, bytes[..at], Head(full ? HopProtocol.Full : HopProtocol.Head), cancellationToken: CancellationToken.None).ConfigureAwait(false);
            HeadSent = true;
            if (full)
            {
                _pending.SetLength(0);
                return;
            }
        }

        for (; at < bytes.Length; at += HopProtocol.MaxChunk)
        {
            var piece = bytes.Slice(at, Math.Min(HopProtocol.MaxChunk, bytes.Length - at));
            await nats.PublishAsync(inbox, piece, HopProtocol.KindOnly(HopProtocol.Data), cancellationToken: CancellationToken.None).ConfigureAwait(false);
        }

        _pending.SetLength(0);
        if (last)
        {
            await nats.PublishAsync(inbox, headers: HopProtocol.KindOnly(HopProtocol.End), cancellationToken: CancellationToken.None).ConfigureAwait(false);
        }
    }

    private NatsHeaders Head(string kind)
    {
        var headers = new NatsHeaders
        {
            [HopProtocol.Kind] = kind,
            [HopProtocol.Status] = response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [HopProtocol.ContentType] = response.ContentType ?? "application/json",
        };
        if (response.Headers.TryGetValue("x-localmesh-route", out var route) && route.Count > 0)
        {
            headers[HopProtocol.Route] = route[0];
        }

        return headers;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
