using System.Buffers;

namespace LocalMesh.Backends.Forwarding;

/// <summary>
/// Splits an upstream's server-sent events into their <c>data</c> payloads, as the bytes arrive: lines end in LF or
/// CRLF, a blank line ends an event, several <c>data:</c> lines join with LF, comments and other fields are ignored,
/// and <c>data: [DONE]</c> ends the stream. Not thread-safe: one per stream.
/// </summary>
public sealed class SseEventReader
{
    /// <summary>The longest line or event accepted (a chat chunk is a few hundred bytes): an upstream that never ends one cannot grow the node's memory.</summary>
    public const int MaxEventBytes = 16 * 1024 * 1024;

    private readonly ArrayBufferWriter<byte> _data = new(1024);
    private bool _hasData;

    /// <summary>Whether <c>data: [DONE]</c> was read.</summary>
    public bool Done { get; private set; }

    /// <summary>
    /// Consumes the complete lines of <paramref name="buffer"/> (it is advanced past them; a partial line is left for the
    /// next call) and adds each completed event's payload to <paramref name="events"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">A line or an event is longer than <see cref="MaxEventBytes"/>.</exception>
    public void Read(ref ReadOnlySequence<byte> buffer, List<byte[]> events)
    {
        var reader = new SequenceReader<byte>(buffer);
        while (!Done && reader.TryReadTo(out ReadOnlySpan<byte> line, (byte)'\n'))
        {
            if (line.Length > 0 && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.Length == 0)
            {
                if (_hasData)
                {
                    events.Add(_data.WrittenSpan.ToArray());
                    _data.ResetWrittenCount();
                    _hasData = false;
                }

                continue;
            }

            if (!line.StartsWith("data:"u8))
            {
                continue; // a comment (": keep-alive"), or event:/id:/retry:, which chat completions do not use
            }

            var payload = line[5..];
            if (payload.Length > 0 && payload[0] == (byte)' ')
            {
                payload = payload[1..];
            }

            if (!_hasData && payload.SequenceEqual("[DONE]"u8))
            {
                Done = true;
                break;
            }

            if (_hasData)
            {
                _data.Write("\n"u8);
            }

            if (_data.WrittenCount + payload.Length > MaxEventBytes)
            {
                throw new InvalidDataException($"The upstream sent an event longer than {MaxEventBytes} bytes.");
            }

            _data.Write(payload);
            _hasData = true;
        }

        buffer = buffer.Slice(reader.Position);
        if (buffer.Length > MaxEventBytes)
        {
            throw new InvalidDataException($"The upstream sent a line longer than {MaxEventBytes} bytes.");
        }
    }

    /// <summary>At the end of the stream: whatever is left (<paramref name="rest"/>, a last line with no line end, and an event with no blank line after it) completes.</summary>
    public void Finish(ReadOnlySequence<byte> rest, List<byte[]> events)
    {
        if (Done)
        {
            return;
        }

        var tail = new ReadOnlySequence<byte>([.. rest.ToArray(), (byte)'\n', (byte)'\n']);
        Read(ref tail, events);
    }
}
