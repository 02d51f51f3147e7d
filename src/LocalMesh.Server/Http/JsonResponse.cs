using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace LocalMesh.Server.Http;

/// <summary>
/// Writes a JSON response body with its <c>Content-Length</c>, sent with the headers in one write. Written straight
/// to the response instead, a body goes out chunked: the body in one send, and the closing chunk in another after the
/// handler returns. The client cannot finish reading before that second send, which is one more hand-off between the
/// server's threads in every request's latency.
/// </summary>
internal static class JsonResponse
{
    private const int KeepAtMost = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Writes the JSON that <paramref name="write"/> produces (with <paramref name="state"/>) as the response body; the server sends it when the handler returns.</summary>
    public static Task WriteAsync<TState>(HttpResponse response, TState state, Action<Utf8JsonWriter, TState> write, CancellationToken cancellationToken) =>
        WriteAsync(response, (state, write), static (buffer, writer, s) =>
        {
            writer.Reset(buffer);
            s.write(writer, s.state);
            writer.Flush();
        }, cancellationToken);

    /// <summary>
    /// Writes what <paramref name="write"/> puts in the buffer it is given (with <paramref name="state"/>; it may use the
    /// writer, reset to any output, and must flush it) as the response body; the server sends it when the handler returns.
    /// </summary>
    public static Task WriteAsync<TState>(HttpResponse response, TState state, Action<IBufferWriter<byte>, Utf8JsonWriter, TState> write, CancellationToken cancellationToken)
    {
        // Rendered into this thread's buffer and copied into the response before any await, so no other request can
        // share the buffer meanwhile.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        try
        {
            write(buffer, writer, state);
            response.ContentType = "application/json";
            response.ContentLength = buffer.WrittenCount;
            response.BodyWriter.Write(buffer.WrittenSpan);
        }
        finally
        {
            writer.Reset();
            if (buffer.Capacity > KeepAtMost)
            {
                // One large answer does not pin its buffer to the thread (the writer holds it too).
                (t_buffer, t_writer) = (null, null);
            }
            else
            {
                buffer.ResetWrittenCount();
            }
        }

        // Not flushed here: the server sends it when the handler returns, headers and body in one send as before, and
        // only after the handler has queued the request's ledger record, so a client that reads the audit as soon as it
        // has its answer finds the request there.
        return Task.CompletedTask;
    }
}
