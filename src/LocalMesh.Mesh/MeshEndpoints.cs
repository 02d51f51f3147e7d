using LocalMesh.Mesh.Membership;
using LocalMesh.Mesh.Serving;
using LocalMesh.Mesh.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Mesh;

/// <summary><c>GET /v1/localmesh/nodes</c>: the live membership table as this node sees it.</summary>
public static class MeshEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    /// <param name="app">The node's routes.</param>
    /// <param name="authorize">Returns the answer to a caller who may not see the table (the host's admin check), or null.</param>
    public static IEndpointRouteBuilder MapLocalMeshMesh(this IEndpointRouteBuilder app, Func<HttpContext, IResult?> authorize)
    {
        app.MapGet("/v1/localmesh/nodes", (HttpContext http, TimeProvider time) =>
        {
            if (authorize(http) is { } denied)
            {
                return denied;
            }

            if (http.RequestServices.GetService<MeshMembership>() is not { } membership)
            {
                return Results.Json(new { @object = "list", mesh = (object?)null, data = Array.Empty<object>() });
            }

            var options = http.RequestServices.GetRequiredService<MeshOptions>();
            var connection = http.RequestServices.GetRequiredService<MeshConnection>();
            var responder = http.RequestServices.GetRequiredService<MeshResponder>();
            var now = time.GetUtcNow();
            var self = membership.Self;
            var rows = new List<object>();
            if (self is not null)
            {
                rows.Add(Row(self with { InFlight = self.InFlight + responder.InFlight }, "self", 0, suspect: false, options));
            }

            foreach (var peer in membership.Peers.Live.OrderBy(p => p.Card.Site, StringComparer.Ordinal).ThenBy(p => p.Card.Node, StringComparer.Ordinal))
            {
                rows.Add(Row(peer.Card, peer.Card.Site == options.Site ? "edge" : "remote", (now - peer.LastSeen).TotalMilliseconds, membership.Peers.IsSuspect(peer), options));
            }

            return Results.Json(new
            {
                @object = "list",
                mesh = new { url = options.Url, site = options.Site, node = options.EffectiveNodeId, connected = connection.IsConnected, joined = membership.Joined },
                data = rows,
            });
        });
        return app;
    }

    private static object Row(NodeCard card, string tier, double lastSeenMs, bool suspect, MeshOptions options) => new
    {
        node = card.Node,
        site = card.Site,
        tier,
        url = card.Url,
        health = suspect ? "suspect" : card.Health,
        last_seen_ms = Math.Round(lastSeenMs),
        in_flight = card.InFlight,
        capacity = card.Capacity,
        load = Math.Round(card.Load, 3),
        backends = card.Backends.Select(b => new { name = b.Name, tier = b.Tier, models = b.Models, available = b.Available }),
        intents = card.Intents.Count,
        knowledge = card.Knowledge.Select(k => new { collection = k.Name, domain = k.Domain }),
        model_key = card.ModelKey,
        // Whether its card was checked against its site's authority (LocalMesh:Mesh:SiteAuthorities): signed by a key certified for it.
        verified = options.SiteAuthorities.ContainsKey(card.Site),
        certificates = card.Certificates?.Select(c => new { key_id = c.KeyId, authority = c.Authority, expires_at = DateTimeOffset.FromUnixTimeMilliseconds(c.ExpiresAt) }),
    };
}
