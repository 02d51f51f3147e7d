using LocalMesh.Mesh.Transport;
using Microsoft.AspNetCore.Http;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Serving;

/// <summary>
/// The response body of a request served for a peer: what the handler writes is buffered and, at each flush, sent to
/// the peer's inbox as <c>data</c> messages of at most <see cref="HopProtocol.MaxChunk"/> bytes; the first flush sends
/// the <c>head</c> (status, content type and route, read from the response then). Sends are serialised with the
/// keep-alives through <paramref name="gate"/>. Not thread-safe otherwise (one writer, as any response body).
/// </summary>
internal sealed class HopResponseStream(NatsConnection nats, string inbox, HttpResponse response, SemaphoreSlim gate) : Stream
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

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await SendHeadAsync().ConfigureAwait(false);
            var bytes = _pending.GetBuffer().AsMemory(0, (int)_pending.Length);
            for (var at = 0; at < bytes.Length; at += HopProtocol.MaxChunk)
            {
                var piece = bytes.Slice(at, Math.Min(HopProtocol.MaxChunk, bytes.Length - at)).ToArray();
                await nats.PublishAsync(inbox, piece, HopProtocol.KindOnly(HopProtocol.Data), cancellationToken: CancellationToken.None).ConfigureAwait(false);
            }

            _pending.SetLength(0);
        }
        finally
        {
            gate.Release();
        }
    }

    private async ValueTask SendHeadAsync()
    {
        if (HeadSent)
        {
            return;
        }

        var headers = new NatsHeaders
        {
            [HopProtocol.Kind] = HopProtocol.Head,
            [HopProtocol.Status] = response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [HopProtocol.ContentType] = response.ContentType ?? "application/json",
        };
        if (response.Headers.TryGetValue("x-localmesh-route", out var route) && route.Count > 0)
        {
            headers[HopProtocol.Route] = route[0];
        }

        await nats.PublishAsync(inbox, headers: headers, cancellationToken: CancellationToken.None).ConfigureAwait(false);
        HeadSent = true;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
