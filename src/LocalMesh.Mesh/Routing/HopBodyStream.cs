namespace LocalMesh.Mesh.Routing;

/// <summary>
/// A streamed answer's body as it arrives from the peer, piece by piece (the first with the head). Disposing it before the end (the client left)
/// tells the peer to stop. Not thread-safe (one reader, as any response stream).
/// </summary>
internal sealed class HopBodyStream(HopReader reader, ReadOnlyMemory<byte> first, HopReplies replies, PeerLiveness.Hop watch, Func<Task> cancel) : Stream
{
    private IAsyncEnumerator<byte[]>? _pieces;
    private ReadOnlyMemory<byte> _current = first; // the bytes that came with the head
    private bool _ended;
    private int _disposed;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_current.IsEmpty)
        {
            if (_ended)
            {
                return 0;
            }

            _pieces ??= reader.ReadBodyAsync(CancellationToken.None).GetAsyncEnumerator(CancellationToken.None);
            var next = _pieces.MoveNextAsync();
            var more = cancellationToken.CanBeCanceled ? await next.AsTask().WaitAsync(cancellationToken).ConfigureAwait(false) : await next.ConfigureAwait(false);
            if (!more)
            {
                _ended = true;
                return 0;
            }

            _current = _pieces.Current;
        }

        var count = Math.Min(buffer.Length, _current.Length);
        _current.Span[..count].CopyTo(buffer.Span);
        _current = _current[count..];
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            if (!_ended)
            {
                await cancel().ConfigureAwait(false);
            }

            watch.Dispose();
            replies.Dispose();
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Volatile.Read(ref _disposed) == 0)
        {
            DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        base.Dispose(disposing);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
