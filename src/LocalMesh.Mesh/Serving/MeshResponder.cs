using System.Collections.Concurrent;
using LocalMesh.Configuration;
using LocalMesh.Mesh.Membership;
using LocalMesh.Mesh.Routing;
using LocalMesh.Mesh.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NATS.Client.Core;

namespace LocalMesh.Mesh.Serving;

/// <summary>
/// Serves the requests peers send this node: listens on its chat subject, checks each message (size, headers), then
/// runs the request through the node's own chat handler, as if a client had sent it, narrowed to what the entry node
/// allowed (<see cref="IncomingHop"/>), and sends the answer back (<see cref="HopProtocol"/>).
/// It answers pings on its ping subject: that, and not a keep-alive per request, is how an entry node knows this node is
/// still there (<see cref="PeerLiveness"/>). A cancel from the entry node stops the request. Thread-safe.
/// </summary>
public sealed partial class MeshResponder(MeshConnection connection, LocalChatEndpoint endpoint, IServiceProvider services, NodeCardSource cards, LocalMeshOptions node, ILogger<MeshResponder> logger) : BackgroundService
{
    private readonly IReadOnlyDictionary<string, DomainPolicy> _domains = node.Policy.EffectiveDomains();
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _serving = new(StringComparer.Ordinal);
    private int _inFlight;

    /// <summary>Requests being served for peers now.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = connection.Options;
        var cancels = CancelLoopAsync(stoppingToken);
        var pings = PingLoopAsync(stoppingToken);
        try
        {
            await foreach (var message in connection.Nats.SubscribeAsync<byte[]>(MeshSubjects.Chat(options.Site, options.EffectiveNodeId), cancellationToken: stoppingToken).ConfigureAwait(false))
            {
                if (message.ReplyTo is not { Length: > 0 })
                {
                    continue; // nowhere to answer: not a hop
                }

                _ = Task.Run(() => ServeAsync(message, stoppingToken), CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await Task.WhenAll(cancels, pings).ConfigureAwait(false);
    }

    private async Task PingLoopAsync(CancellationToken stoppingToken)
    {
        var options = connection.Options;
        try
        {
            await foreach (var ping in connection.Nats.SubscribeAsync<byte[]>(MeshSubjects.Ping(options.Site, options.EffectiveNodeId), cancellationToken: stoppingToken).ConfigureAwait(false))
            {
                if (ping.ReplyTo is { Length: > 0 })
                {
                    await ping.ReplyAsync<byte[]>([], cancellationToken: stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        cards.Draining = true;
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task CancelLoopAsync(CancellationToken stoppingToken)
    {
        var options = connection.Options;
        try
        {
            await foreach (var message in connection.Nats.SubscribeAsync<string>(MeshSubjects.Cancel(options.Site, options.EffectiveNodeId), cancellationToken: stoppingToken).ConfigureAwait(false))
            {
                if (message.Data is { } inbox && _serving.TryGetValue(inbox, out var cts))
                {
                    await cts.CancelAsync().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ServeAsync(NatsMsg<byte[]> message, CancellationToken stoppingToken)
    {
        var inbox = message.ReplyTo!;
        var nats = connection.Nats;
        if (Check(message) is { } problem)
        {
            LogRefused(logger, problem);
            await PublishQuietlyAsync(inbox, new NatsHeaders { [HopProtocol.Kind] = HopProtocol.Err, [HopProtocol.Error] = "refused: " + problem }).ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _inFlight);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        _serving[inbox] = cts;
        try
        {
            var http = new DefaultHttpContext { RequestServices = services, RequestAborted = cts.Token };
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/v1/chat/completions";
            http.Request.ContentType = "application/json";
            if (HopProtocol.Get(message.Headers, HopProtocol.Domain) is { } domain && _domains.ContainsKey(domain))
            {
                // A domain this node's policy does not define (another site's) is left to this node's default and
                // classifier; either way the request reaches no more than the entry node allowed (IncomingHop).
                http.Request.Headers["x-localmesh-domain"] = domain;
            }

            http.Request.Headers["x-localmesh-request-id"] = HopProtocol.Get(message.Headers, HopProtocol.RequestId);
            var body = message.Data ?? [];
            http.Request.Body = new MemoryStream(body, writable: false);
            http.Request.ContentLength = body.Length;
            var response = new HopResponseStream(nats, inbox, http.Response);
            http.Response.Body = response;

            MeshHop.Incoming = new IncomingHop(HopProtocol.Get(message.Headers, HopProtocol.Entry)!, ParseTiers(HopProtocol.Get(message.Headers, HopProtocol.Tiers)!));
            await endpoint(http).ConfigureAwait(false);
            await http.Response.CompleteAsync().ConfigureAwait(false);
            await response.CompleteAsync().ConfigureAwait(false); // a JSON answer in one message; a stream's end
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFailed(logger, ex.Message);
            await PublishQuietlyAsync(inbox, new NatsHeaders { [HopProtocol.Kind] = HopProtocol.Err, [HopProtocol.Error] = "failed: " + ex.Message }).ConfigureAwait(false);
        }
        finally
        {
            _serving.TryRemove(inbox, out _);
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task PublishQuietlyAsync(string inbox, NatsHeaders headers)
    {
        try
        {
            await connection.Nats.PublishAsync(inbox, headers: headers).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NatsException or OperationCanceledException or ObjectDisposedException)
        {
            LogFailed(logger, "answering a peer: " + ex.Message);
        }
    }

    private string? Check(NatsMsg<byte[]> message)
    {
        if (message.Data is { } data && data.Length > connection.Options.MaxMessageBytes)
        {
            return $"request of {data.Length} bytes exceeds {connection.Options.MaxMessageBytes}";
        }

        if (HopProtocol.Get(message.Headers, HopProtocol.Entry) is not { } entry || !MeshSubjects.IsToken(entry))
        {
            return "no valid entry node";
        }

        if (HopProtocol.Get(message.Headers, HopProtocol.Tiers) is not { } tiers || tiers.Split(',').Any(t => !TierNames.TryParse(t, out _)))
        {
            return "no valid tiers";
        }

        var domain = HopProtocol.Get(message.Headers, HopProtocol.Domain);
        return string.IsNullOrEmpty(domain) || domain.Length > 64 ? "no valid domain" : null;
    }

    private static HashSet<Tier> ParseTiers(string tiers) =>
        [.. tiers.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => TierNames.TryParse(t, out var tier) ? tier : Tier.Local)];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a mesh request: {Problem}")]
    private static partial void LogRefused(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Serving a mesh request failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
