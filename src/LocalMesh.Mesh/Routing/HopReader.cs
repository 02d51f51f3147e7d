using System.Runtime.CompilerServices;
using LocalMesh.Mesh.Transport;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Routing;

/// <summary>
/// Reads a hop's answer messages from its inbox, in order, and turns silence longer than <paramref name="silence"/>
/// (the node's clock) into a <see cref="PeerFailedException"/>: the peer died or was cut off. Not thread-safe: one reader.
/// </summary>
internal sealed class HopReader(INatsSub<byte[]> sub, TimeSpan silence, TimeProvider time, string node)
{
    private bool _answering;

    /// <summary>The next message, whatever its kind.</summary>
    public async ValueTask<NatsMsg<byte[]>> NextAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(silence, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var message = await sub.Msgs.ReadAsync(linked.Token).ConfigureAwait(false);
            if (message.Headers is { Code: 503 })
            {
                throw new PeerFailedException(node, "is not listening (no responders)", beforeAnswer: true);
            }

            return message;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new PeerFailedException(node, $"went silent for {silence.TotalMilliseconds:0} ms", beforeAnswer: !_answering);
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            throw new PeerFailedException(node, "hop closed", beforeAnswer: !_answering);
        }
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
