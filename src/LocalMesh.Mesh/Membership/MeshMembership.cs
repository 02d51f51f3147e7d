using LocalMesh.Mesh.Transport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NATS.Client.KeyValueStore;

namespace LocalMesh.Mesh.Membership;

/// <summary>
/// Membership over a JetStream key-value bucket: every <see cref="MeshOptions.HeartbeatSeconds"/> the node puts its card
/// under <c>{site}.{node}</c>; a watch on the bucket feeds the <see cref="PeerTable"/>, which drops a peer silent for
/// <see cref="MeshOptions.PeerTimeoutSeconds"/>. The bucket's entries also expire (max age), so a reader that is not a
/// node (<c>localmesh nodes</c> through any node) sees only live ones. A node that stops deletes its key at once.
/// </summary>
/// <remarks>Cards of sites with an authority are checked by <see cref="CardTrust"/> before they reach the table.</remarks>
public sealed partial class MeshMembership(MeshConnection connection, NodeCardSource cards, PeerTable peers, CardTrust trust, TimeProvider time, ILogger<MeshMembership> logger) : BackgroundService
{
    private readonly Dictionary<string, string> _refused = new(StringComparer.Ordinal); // the last reason logged per key (the watch's task only)
    private INatsKVStore? _store;

    /// <summary>The live peers.</summary>
    public PeerTable Peers => peers;

    /// <summary>This node's card as last sent.</summary>
    public NodeCard? Self { get; private set; }

    /// <summary>Whether the node's card is in the bucket (the mesh is reachable and the node has joined).</summary>
    public bool Joined { get; private set; }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = connection.Options;
        var heartbeat = TimeSpan.FromSeconds(options.HeartbeatSeconds);
        Task? watch = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _store ??= await OpenAsync(stoppingToken).ConfigureAwait(false);
                watch ??= WatchAsync(_store, stoppingToken);
                var card = cards.Build();
                await _store.PutAsync(MeshSubjects.NodeKey(card.Site, card.Node), cards.Serialize(card), cancellationToken: stoppingToken).ConfigureAwait(false);
                (Self, Joined) = (card, true);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                Joined = false;
                LogHeartbeatFailed(logger, ex.Message);
            }

            peers.Sweep();
            try
            {
                await Task.Delay(heartbeat, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (watch is { IsCompleted: true })
            {
                watch = null; // the watch ended (the connection dropped for good): start another
            }
        }
    }

    /// <summary>
    /// Opens the bucket, or makes it when it is missing. Never updates its settings: every site shares it, so a site's
    /// user may not change it (docs/mesh-nats.conf: shrinking its limits would purge the others' cards, and a stream's
    /// settings can source other streams), and a node whose <see cref="MeshOptions.PeerTimeoutSeconds"/> differs keeps
    /// the max age it was made with.
    /// </summary>
    private Task<INatsKVStore> OpenAsync(CancellationToken cancellationToken) => MeshResources.OpenOrCreateAsync($"bucket {MeshSubjects.NodesBucket}", connection.Options.Site,
        () => connection.KeyValue.GetStoreAsync(MeshSubjects.NodesBucket, cancellationToken).AsTask(),
        () => connection.KeyValue.CreateStoreAsync(MeshResources.NodesBucket(connection.Options), cancellationToken).AsTask());

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (_store is { } store && connection.IsConnected)
        {
            try
            {
                // Leave at once rather than after the timeout: peers stop routing here now.
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await store.DeleteAsync(MeshSubjects.NodeKey(connection.Options.Site, connection.Options.EffectiveNodeId), cancellationToken: timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogHeartbeatFailed(logger, "leaving: " + ex.Message);
            }
        }
    }

    /// <summary>Reads every live card in the bucket (for a reader that has no table of its own).</summary>
    public async Task<IReadOnlyList<NodeCard>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var result = new List<NodeCard>();
        if (_store is not { } store)
        {
            return result;
        }

        await foreach (var key in store.GetKeysAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (await store.TryGetEntryAsync<byte[]>(key, cancellationToken: cancellationToken).ConfigureAwait(false) is { Success: true } entry
                && entry.Value.Value is { } bytes && NodeCard.TryParse(bytes, out _) is { } card && key == MeshSubjects.NodeKey(card.Site, card.Node)
                && trust.Check(bytes, card, out _, track: false) == CardVerdict.Accepted)
            {
                result.Add(card);
            }
        }

        return result;
    }

    private async Task WatchAsync(INatsKVStore store, CancellationToken cancellationToken)
    {
        try
        {
            // The watch's consumer lives on the bucket's leader server; when that server dies, the missing idle heartbeats
            // are how the client learns it must make a new one (on a cluster, once the bucket has a new leader): every second.
            await foreach (var entry in store.WatchAsync<byte[]>(opts: new NatsKVWatchOpts { IdleHeartbeat = TimeSpan.FromSeconds(1) }, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (entry.Operation is NatsKVOperation.Del or NatsKVOperation.Purge)
                {
                    peers.Remove(entry.Key[(entry.Key.IndexOf('.') + 1)..]);
                    _refused.Remove(entry.Key);
                    continue;
                }

                if (NodeCard.TryParse(entry.Value, out var error) is not { } card)
                {
                    Refuse(entry.Key, error ?? "unreadable");
                }
                else if (entry.Key != MeshSubjects.NodeKey(card.Site, card.Node))
                {
                    Refuse(entry.Key, "its key does not match its node and site");
                }
                else
                {
                    switch (trust.Check(entry.Value, card, out var why))
                    {
                        case CardVerdict.Accepted:
                            _refused.Remove(entry.Key);
                            peers.Observe(card);
                            break;
                        case CardVerdict.Refused:
                            Refuse(entry.Key, why!);
                            break;
                        default:
                            break; // a repeat of a card taken already: nothing new
                    }
                }
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogHeartbeatFailed(logger, "watch: " + ex.Message);
        }
    }

    /// <summary>Logs a card ignored, once per key and reason (a node whose cards are refused sends one every heartbeat).</summary>
    private void Refuse(string key, string reason)
    {
        // The reason may quote what a peer wrote (a certificate's names): one line, bounded; and the memory of what was logged is bounded too.
        reason = string.Concat(reason.Take(400).Select(c => char.IsControl(c) ? ' ' : c));
        if (_refused.GetValueOrDefault(key) != reason)
        {
            if (_refused.Count >= 1024)
            {
                _refused.Clear();
            }

            _refused[key] = reason;
            LogBadCard(logger, string.Concat(key.Take(200).Select(c => char.IsControl(c) ? ' ' : c)), reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mesh heartbeat failed: {Error}")]
    private static partial void LogHeartbeatFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored the mesh card under '{Key}': {Error}")]
    private static partial void LogBadCard(ILogger logger, string key, string error);
}
