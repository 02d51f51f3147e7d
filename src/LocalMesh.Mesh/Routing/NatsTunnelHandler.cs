using System.Net;
using System.Net.Http.Headers;
using LocalMesh.Configuration;
using LocalMesh.Mesh.Membership;
using LocalMesh.Mesh.Transport;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Routing;

/// <summary>
/// The innermost HTTP handler of a peer backend: carries one HTTP request to the peer named in the request's options over
/// NATS (<see cref="HopProtocol"/>) and turns the messages that come back into an <see cref="HttpResponseMessage"/>. A
/// JSON answer (one message) is read whole before it is returned (a peer dying before it fails the try, which the router
/// may repeat elsewhere); a stream is handed on chunk by chunk, and a peer dying during it ends the body with an error.
/// Whether the peer is still there is its <see cref="PeerLiveness"/> watch's concern, shared by all its requests; a live
/// peer that sends nothing for one request for <c>hopTimeout</c> fails that request (and is told to stop it).
/// Cancelling the request (the client left) tells the peer to stop. Thread-safe.
/// </summary>
public sealed class NatsTunnelHandler(MeshConnection connection, HopInbox inbox, PeerLiveness liveness, TimeSpan hopTimeout, TimeProvider time) : HttpMessageHandler
{
    /// <summary>The peer a request goes to (set by <see cref="PeerRoutingHandler"/>).</summary>
    public static readonly HttpRequestOptionsKey<Peer> PeerKey = new("localmesh.mesh.peer");

    /// <summary>The route context's facts the peer needs (set by <see cref="PeerRoutingHandler"/>).</summary>
    public static readonly HttpRequestOptionsKey<HopRoute> RouteKey = new("localmesh.mesh.route");

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(PeerKey, out var peer) || !request.Options.TryGetValue(RouteKey, out var route))
        {
            throw new InvalidOperationException("A mesh hop needs a peer and a route.");
        }

        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var card = peer.Card;
        var nats = connection.Nats;
        var replies = await inbox.OpenAsync(cancellationToken).ConfigureAwait(false);
        PeerLiveness.Hop? watch = null;
        var handedOver = false;
        try
        {
            watch = liveness.Begin(card);
            var headers = new NatsHeaders
            {
                [HopProtocol.RequestId] = route.RequestId,
                [HopProtocol.Domain] = route.Domain,
                [HopProtocol.Tiers] = string.Join(',', route.Tiers.Select(t => t.Name())),
                [HopProtocol.Entry] = connection.Options.EffectiveNodeId,
            };
            await nats.PublishAsync(MeshSubjects.Chat(card.Site, card.Node), body, headers, replyTo: replies.Subject, cancellationToken: cancellationToken).ConfigureAwait(false);

            var reader = new HopReader(replies, watch, card.Node, hopTimeout, time);
            NatsMsg<byte[]> message;
            do
            {
                message = await reader.NextAsync(cancellationToken).ConfigureAwait(false);
            }
            while (HopProtocol.Get(message.Headers, HopProtocol.Kind) is HopProtocol.Ack or HopProtocol.KeepAlive);

            var kind = HopProtocol.Get(message.Headers, HopProtocol.Kind);
            if (kind == HopProtocol.Err)
            {
                throw new PeerFailedException(card.Node, HopProtocol.Get(message.Headers, HopProtocol.Error) ?? "error", beforeAnswer: true);
            }

            if (kind is not (HopProtocol.Head or HopProtocol.Full) || !int.TryParse(HopProtocol.Get(message.Headers, HopProtocol.Status), out var status) || status is < 100 or > 599)
            {
                throw new PeerFailedException(card.Node, $"sent '{kind}' where an answer's head belongs", beforeAnswer: true);
            }

            var response = new HttpResponseMessage((HttpStatusCode)status) { RequestMessage = request };
            response.Headers.TryAddWithoutValidation("x-localmesh-route", HopProtocol.Get(message.Headers, HopProtocol.Route));
            var contentType = HopProtocol.Get(message.Headers, HopProtocol.ContentType) ?? "application/json";
            var first = message.Data ?? [];
            if (kind == HopProtocol.Full)
            {
                response.Content = new ByteArrayContent(first); // the whole answer came in one message
            }
            else if (contentType.StartsWith("text/event-stream", StringComparison.OrdinalIgnoreCase))
            {
                var stream = new HopBodyStream(reader, first, replies, watch, () => CancelAsync(card, replies.Subject));
                response.Content = new StreamContent(stream);
                handedOver = true; // the stream owns the replies and the watch now
            }
            else
            {
                using var buffer = new MemoryStream();
                buffer.Write(first);
                await foreach (var piece in reader.ReadBodyAsync(cancellationToken).ConfigureAwait(false))
                {
                    buffer.Write(piece);
                }

                response.Content = new ByteArrayContent(buffer.ToArray());
            }

            response.Content.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed : new MediaTypeHeaderValue("application/json");
            return response;
        }
        catch (Exception ex) when (ex is OperationCanceledException or PeerFailedException)
        {
            // The client left, or the peer went silent: if it is still working, it may stop (the answer goes to nobody).
            await CancelAsync(card, replies.Subject).ConfigureAwait(false);
            throw;
        }
        finally
        {
            if (!handedOver)
            {
                watch?.Dispose();
                replies.Dispose();
            }
        }
    }

    private async Task CancelAsync(NodeCard card, string inbox)
    {
        try
        {
            await connection.Nats.PublishAsync(MeshSubjects.Cancel(card.Site, card.Node), inbox).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NatsException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer stops by itself when its answer finds nobody listening; the cancel only saves it the work.
        }
    }
}

/// <summary>The facts of a request a serving peer needs.</summary>
/// <param name="RequestId">The entry node's request id (the idempotency key).</param>
/// <param name="Domain">The data domain.</param>
/// <param name="Tiers">The tiers the entry node allowed.</param>
public sealed record HopRoute(string RequestId, string Domain, IReadOnlySet<Tier> Tiers);
