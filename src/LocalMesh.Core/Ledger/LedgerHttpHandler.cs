using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace LocalMesh.Ledger;

/// <summary>
/// Counts, at the HTTP layer, exactly what a backend call sends and receives, into the <see cref="CrossingScope"/> of the
/// attempt. It sits inside the resilience pipeline so each try that reaches the wire is counted. A call refused before a
/// connection was made counts as nothing sent; any other failure counts the body as sent (the ledger errs on the side of "it left").
/// It also adds the time spent waiting on the backend (for its response headers, and blocked reading its body) to the
/// request's <see cref="UpstreamWait"/>, when the scope has one, measured with the node's <see cref="TimeProvider"/>.
/// </summary>
/// <param name="time">The clock waits are measured with (the node's; tests pass a fake one).</param>
public sealed class LedgerHttpHandler(TimeProvider time) : DelegatingHandler
{
    private static readonly string EmptySha256 = Convert.ToHexStringLower(SHA256.HashData(ReadOnlySpan<byte>.Empty));

    /// <summary>A handler that measures with the system clock.</summary>
    public LedgerHttpHandler()
        : this(TimeProvider.System)
    {
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var scope = CrossingScope.Current;
        if (scope is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // Buffered once, the same content is hashed here and then sent from the buffer (no copy, no new content object).
        long sent = 0;
        if (request.Content is { } content)
        {
            await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var buffer = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false); // a view of the buffer, cached by the content: not disposed
            sent = buffer.Length;
            scope.ContentSha256 = Convert.ToHexStringLower(SHA256.HashData(buffer));
            buffer.Position = 0;
            if (scope.StoreContent)
            {
                scope.Content = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            scope.ContentSha256 = EmptySha256;
        }

        scope.Destination = request.RequestUri is { } uri ? $"{uri.Host}:{uri.Port}" : "unknown";

        HttpResponseMessage response;
        var waitStarted = time.GetTimestamp();
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NetworkUnreachable or SocketError.HostUnreachable })
        {
            throw;
        }
        catch
        {
            scope.AddSent(sent);
            throw;
        }
        finally
        {
            scope.Wait?.Add(time.GetElapsedTime(waitStarted)); // a failed or timed-out try was a wait on the backend too
        }

        scope.AddSent(sent);
        response.Content = new CountingContent(response.Content, scope, time);
        return response;
    }

    private sealed class CountingContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly CrossingScope _scope;
        private readonly TimeProvider _time;

        public CountingContent(HttpContent inner, CrossingScope scope, TimeProvider time)
        {
            _inner = inner;
            _scope = scope;
            _time = time;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            using var source = await CreateContentReadStreamAsync().ConfigureAwait(false);
            await source.CopyToAsync(stream).ConfigureAwait(false);
        }

        protected override async Task<Stream> CreateContentReadStreamAsync() =>
            new CountingStream(await _inner.ReadAsStreamAsync().ConfigureAwait(false), _scope, _time);

        protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
            new CountingStream(await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), _scope, _time);

        protected override bool TryComputeLength(out long length)
        {
            length = _inner.Headers.ContentLength ?? 0;
            return _inner.Headers.ContentLength.HasValue;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private sealed class CountingStream(Stream inner, CrossingScope scope, TimeProvider time) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        // Time blocked reading the backend's body is a wait on the backend.
        public override int Read(Span<byte> buffer)
        {
            var started = time.GetTimestamp();
            try
            {
                return Count(inner.Read(buffer));
            }
            finally
            {
                scope.Wait?.Add(time.GetElapsedTime(started));
            }
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var started = time.GetTimestamp();
            try
            {
                return Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
            }
            finally
            {
                scope.Wait?.Add(time.GetElapsedTime(started));
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int read)
        {
            scope.AddReceived(read);
            return read;
        }
    }
}
