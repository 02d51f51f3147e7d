using System.Runtime.CompilerServices;
using LocalMesh.Mesh.Transport;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Routing;

/// <summary>
/// Reads a hop's answer messages from its reply subject (<see cref="HopInbox"/>), in order. Whether the peer is still there is the concern of its
/// <see cref="PeerLiveness"/> watch (<paramref name="hop"/>): when the peer is declared gone, the read fails at once with a
/// <see cref="PeerFailedException"/>. Every message from the peer (ack, head, body) counts as hearing from it: the peer is
/// alive, even when its heartbeats are late under load. A live peer that sends nothing for this request for
/// <paramref name="silence"/> (its work on it hung) fails the read too. Not thread-safe: one reader.
/// </summary>
internal sealed class HopReader(HopReplies replies, PeerLiveness.Hop hop, string node, TimeSpan silence, TimeProvider time)
{
    private bool _answering;

    /// <summary>The next message, whatever its kind.</summary>
    public async ValueTask<NatsMsg<byte[]>> NextAsync(CancellationToken cancellationToken)
    {
        NatsMsg<byte[]> message;
        if (!replies.Messages.TryRead(out message))
        {
            using var silent = new CancellationTokenSource(silence, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, hop.Gone, silent.Token);
            try
            {
                message = await replies.Messages.ReadAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (hop.Gone.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new PeerFailedException(node, hop.Reason, beforeAnswer: !_answering);
            }
            catch (OperationCanceledException) when (silent.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new PeerFailedException(node, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"sent nothing for this request in {silence.TotalSeconds:0.###} s though it is alive (Mesh:HopTimeoutSeconds)"), beforeAnswer: !_answering);
            }
            catch (System.Threading.Channels.ChannelClosedException closed)
            {
                throw new PeerFailedException(node, closed.InnerException?.Message ?? "hop closed", beforeAnswer: !_answering);
            }
        }

        if (message.Headers is { Code: 503 })
        {
            hop.NoResponders(); // nobody listens at the peer's subject: its other requests in flight fail now too
            throw new PeerFailedException(node, "is not listening (no responders)", beforeAnswer: !_answering);
        }

        hop.Heard();
        return message;
    }

    /// <summary>The body's pieces, until <c>end</c>; an <c>err</c> or silence throws.</summary>
    public async IAsyncEnumerable<byte[]> ReadBodyAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        _answering = true;
        while (true)
        {
            var message = await NextAsync(cancellationToken).ConfigureAwait(false);
            switch (HopProtocol.Get(message.Headers, HopProtocol.Kind))
            {
                case HopProtocol.Data:
                    if (message.Data is { Length: > 0 } data)
                    {
                        yield return data;
                    }

                    break;
                case HopProtocol.End:
                    yield break;
                case HopProtocol.Err:
                    throw new PeerFailedException(node, HopProtocol.Get(message.Headers, HopProtocol.Error) ?? "failed", beforeAnswer: false);
                case HopProtocol.KeepAlive or HopProtocol.Ack:
                    break;
                default:
                    throw new PeerFailedException(node, "broke the hop protocol", beforeAnswer: false);
            }
        }
    }
}
