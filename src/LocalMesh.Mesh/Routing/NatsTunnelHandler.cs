using System.Net;
using System.Net.Http.Headers;
using System.Threading.Channels;
using LocalMesh.Configuration;
using LocalMesh.Mesh.Membership;
using LocalMesh.Mesh.Transport;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Routing;

/// <summary>
/// The innermost HTTP handler of a peer backend: carries one HTTP request to the peer named in the request's options over
/// NATS (<see cref="HopProtocol"/>) and turns the messages that come back into an <see cref="HttpResponseMessage"/>. A
/// JSON answer is read whole before it is returned (a peer dying before its end fails the try, which the router may
/// repeat elsewhere); a stream is handed on chunk by chunk, and a peer dying during it ends the body with an error.
/// Cancelling the request (the client left) tells the peer to stop. Thread-safe.
/// </summary>
public sealed class NatsTunnelHandler(MeshConnection connection, TimeProvider time, Membership.PeerTable? table = null) : HttpMessageHandler
{
    /// <summary>The peer a request goes to (set by <see cref="PeerRoutingHandler"/>).</summary>
    public static readonly HttpRequestOptionsKey<Peer> PeerKey = new("localmesh.mesh.peer");

    /// <summary>The route context's facts the peer needs (set by <see cref="PeerRoutingHandler"/>).</summary>
    public static readonly HttpRequestOptionsKey<HopRoute> RouteKey = new("localmesh.mesh.route");

    private TimeSpan Silence => TimeSpan.FromSeconds(connection.Options.KeepAliveSeconds * 2);

    private TimeSpan GiveUp => TimeSpan.FromSeconds(connection.Options.HungPeerSeconds);

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
        var inbox = nats.NewInbox();
        var sub = await nats.SubscribeCoreAsync<byte[]>(inbox, opts: new NatsSubOpts { ChannelOpts = new NatsSubChannelOpts { Capacity = 1024, FullMode = BoundedChannelFullMode.Wait } }, cancellationToken: cancellationToken).ConfigureAwait(false);
        var handedOver = false;
        try
        {
            var headers = new NatsHeaders
            {
                [HopProtocol.RequestId] = route.RequestId,
                [HopProtocol.Domain] = route.Domain,
                [HopProtocol.Tiers] = string.Join(',', route.Tiers.Select(t => t.Name())),
                [HopProtocol.Entry] = connection.Options.EffectiveNodeId,
            };
            await nats.PublishAsync(MeshSubjects.Chat(card.Site, card.Node), body, headers, replyTo: inbox, cancellationToken: cancellationToken).ConfigureAwait(false);

            var reader = new HopReader(sub, Silence, GiveUp, ct => IsGoneAsync(card, ct), time, card.Node, () => table?.Heard(card.Node));
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

            if (kind != HopProtocol.Head || !int.TryParse(HopProtocol.Get(message.Headers, HopProtocol.Status), out var status) || status is < 100 or > 599)
            {
                throw new PeerFailedException(card.Node, $"sent '{kind}' where an answer's head belongs", beforeAnswer: true);
            }

            var response = new HttpResponseMessage((HttpStatusCode)status) { RequestMessage = request };
            response.Headers.TryAddWithoutValidation("x-localmesh-route", HopProtocol.Get(message.Headers, HopProtocol.Route));
            var contentType = HopProtocol.Get(message.Headers, HopProtocol.ContentType) ?? "application/json";
            if (contentType.StartsWith("text/event-stream", StringComparison.OrdinalIgnoreCase))
            {
                var stream = new HopBodyStream(reader, sub, () => CancelAsync(card, inbox));
                response.Content = new StreamContent(stream);
                handedOver = true; // the stream owns the subscription now
            }
            else
            {
                using var buffer = new MemoryStream();
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
            await CancelAsync(card, inbox).ConfigureAwait(false);
            throw;
        }
        finally
        {
            if (!handedOver)
            {
                await sub.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Whether the peer's connection is gone: a ping to its subject gets "no responders" from the NATS server at once
    /// when no connection listens there any more. A pong, or no answer at all (the peer is slow), means it is still there.
    /// </summary>
    private async Task<bool> IsGoneAsync(NodeCard card, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await connection.Nats.RequestAsync<byte[], byte[]>(MeshSubjects.Ping(card.Site, card.Node), [],
                replyOpts: new NatsSubOpts { Timeout = Silence }, cancellationToken: cancellationToken).ConfigureAwait(false);
            return reply.Headers is { Code: 503 };
        }
        catch (Exception ex) when (ex.GetType().Name.Contains("NoResponders", StringComparison.Ordinal))
        {
            return true;
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false; // no word either way: it still listens, it is only slow
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
