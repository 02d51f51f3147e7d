using System.Runtime.CompilerServices;
using LocalMesh.Mesh.Transport;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Routing;

/// <summary>
/// Reads a hop's answer messages from its inbox, in order. Silence longer than <paramref name="silence"/> (the node's
/// clock) asks <paramref name="isGone"/> whether the peer still listens: NATS answers "no responders" at once for a node
/// whose connection closed (killed, crashed, cut off), which fails the hop with a <see cref="PeerFailedException"/>; a
/// peer that is only slow (a busy machine) is waited for, up to <paramref name="giveUp"/> of silence in all. Every
/// message from the peer (head, body, keep-alive) calls <paramref name="heard"/>: the peer is alive, even when its
/// heartbeats are late under load. Not thread-safe: one reader.
/// </summary>
internal sealed class HopReader(INatsSub<byte[]> sub, TimeSpan silence, TimeSpan giveUp, Func<CancellationToken, Task<bool>> isGone, TimeProvider time, string node, Action? heard = null)
{
    private bool _answering;

    /// <summary>The next message, whatever its kind.</summary>
    public async ValueTask<NatsMsg<byte[]>> NextAsync(CancellationToken cancellationToken)
    {
        var silent = TimeSpan.Zero;
        while (true)
        {
            using var timeout = new CancellationTokenSource(silence, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                var message = await sub.Msgs.ReadAsync(linked.Token).ConfigureAwait(false);
                if (message.Headers is { Code: 503 })
                {
                    throw new PeerFailedException(node, "is not listening (no responders)", beforeAnswer: !_answering);
                }

                heard?.Invoke();
                return message;
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                silent += silence;
                if (await isGone(cancellationToken).ConfigureAwait(false))
                {
                    throw new PeerFailedException(node, $"is gone (silent {silent.TotalMilliseconds:0} ms, no longer connected)", beforeAnswer: !_answering);
                }

                if (silent >= giveUp)
                {
                    throw new PeerFailedException(node, $"went silent for {silent.TotalSeconds:0.#} s", beforeAnswer: !_answering);
                }
            }
            catch (System.Threading.Channels.ChannelClosedException)
            {
                throw new PeerFailedException(node, "hop closed", beforeAnswer: !_answering);
            }
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
