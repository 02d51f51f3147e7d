using System.Net;
using System.Text;
using System.Text.Json;
using LocalMesh.Configuration;
using LocalMesh.Mesh.Membership;

namespace LocalMesh.Mesh.Routing;

/// <summary>
/// The outer HTTP handler of a peer backend: picks the peer for each request (<see cref="PeerSelector"/>) and, when a
/// peer fails before any of its answer came (silent, gone, or refusing a model it advertised), marks it and tries the
/// next one, so the router sees one backend that fails only when no peer can serve. The request's URI names the node
/// (<c>http://node.site/...</c>) so the ledger's crossing row says where the bytes went. <c>GET models</c> is answered
/// from the membership table without a hop (the backend's health probe). Thread-safe.
/// </summary>
public sealed class PeerRoutingHandler(PeerSelector selector, PeerTable table, MeshOptions options, TimeProvider time) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get && request.RequestUri?.AbsolutePath.EndsWith("/models", StringComparison.Ordinal) == true)
        {
            return ListModels(request);
        }

        if (MeshHop.Incoming is not null)
        {
            // A request a peer sent here is served here or not at all: it never hops again (no loops, no second site).
            throw new NoPeerException("a request from a mesh peer is not sent on to another peer");
        }

        var hop = MeshHop.Outgoing;
        var context = hop?.Context;
        var route = new HopRoute(context?.RequestId ?? "direct", context?.Domain ?? "unclassified", context?.AllowedTiers ?? new HashSet<Tier> { Tier.Local, Tier.Edge });
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false); // sent again as is if a peer fails
        }

        var model = request.Content is null ? null : ReadModel(await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
        var failures = new List<string>();
        var tried = new HashSet<string>(StringComparer.Ordinal);
        // The candidates are chosen again after each failure: the failed peer is suspected by then, and a peer that
        // joined while the request waited on the dead one can take it.
        while (selector.Candidates(model, route.Tiers).FirstOrDefault(p => !tried.Contains(p.Card.Node)) is { } peer)
        {
            var card = peer.Card;
            tried.Add(card.Node);
            var stats = selector.Stats(card.Node);
            request.RequestUri = new UriBuilder(request.RequestUri!) { Host = $"{card.Node}.{card.Site}", Port = 80 }.Uri;
            request.Options.Set(NatsTunnelHandler.PeerKey, peer);
            request.Options.Set(NatsTunnelHandler.RouteKey, route);
            var started = time.GetTimestamp();
            stats.Enter();
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (PeerFailedException ex) when (ex.BeforeAnswer && !cancellationToken.IsCancellationRequested)
            {
                stats.Exit();
                table.Suspect(card.Node, TimeSpan.FromSeconds(options.PeerTimeoutSeconds));
                failures.Add(ex.Message);
                hop?.Failed.Add(card.Node);
                continue;
            }
            catch
            {
                stats.Exit();
                throw;
            }

            stats.Measured(time.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests)
            {
                // Full or with nothing able to serve now: another peer may be able to.
                stats.Exit();
                failures.Add($"{card.Node} answered {(int)response.StatusCode}");
                response.Dispose();
                continue;
            }

            if (response.StatusCode == HttpStatusCode.NotFound && model is not null)
            {
                // It advertised the model but does not have it (a lying or stale card): try another, and skip it for this model a while.
                stats.Exit();
                stats.Refused(model, time.GetUtcNow().AddSeconds(60));
                failures.Add($"{card.Node} does not serve '{model}'");
                response.Dispose();
                continue;
            }

            if (hop is not null)
            {
                hop.Node = card.Node;
                hop.Site = card.Site;
                hop.Backend = BackendOf(response);
            }

            response.Content = new ExitOnDispose(response.Content, stats);
            return response;
        }

        throw new NoPeerException(failures.Count == 0
            ? $"no mesh peer ({(selector.Scope == Tier.Edge ? "same site" : "other sites")}) serves '{model ?? "auto"}' on a tier this request may reach"
            : "every capable mesh peer failed: " + string.Join("; ", failures));
    }

    private HttpResponseMessage ListModels(HttpRequestMessage request)
    {
        var models = selector.Models();
        if (models.Count == 0)
        {
            throw new NoPeerException(selector.Scope == Tier.Edge ? "no mesh peer in this site" : "no mesh peer in another site");
        }

        var json = JsonSerializer.Serialize(new { data = models.Select(id => new { id }) });
        return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }

    private static string? ReadModel(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isModel = reader.ValueTextEquals("model"u8);
                reader.Read();
                if (isModel)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    private static string? BackendOf(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("x-localmesh-route", out var values))
        {
            return null;
        }

        foreach (var part in values.First().Split(';', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("backend=", StringComparison.Ordinal))
            {
                return part["backend=".Length..];
            }
        }

        return null;
    }

    /// <summary>Counts the request as done with the peer when its answer has been read (or dropped).</summary>
    private sealed class ExitOnDispose : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly PeerStats _stats;
        private int _exited;

        public ExitOnDispose(HttpContent inner, PeerStats stats)
        {
            (_inner, _stats) = (inner, stats);
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _inner.CopyToAsync(stream);

        protected override Task<Stream> CreateContentReadStreamAsync() => _inner.ReadAsStreamAsync();

        protected override bool TryComputeLength(out long length)
        {
            length = _inner.Headers.ContentLength ?? 0;
            return _inner.Headers.ContentLength is not null;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref _exited, 1) == 0)
            {
                _stats.Exit();
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
