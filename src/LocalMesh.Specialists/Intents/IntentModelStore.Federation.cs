using LocalMesh.Specialists.Intents.Federation;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Specialists.Intents;

/// <summary>
/// Federated updates: the shareable form of this node's own model, and the peers' shared versions it took. A peer's
/// version is kept under <c>intents/peers/</c> and bound again to each version this node trains, so the node's own
/// learning goes on and the peers' stays; a newer version from the same peer replaces the older one.
/// </summary>
public sealed partial class IntentModelStore
{
    private readonly Lock _serving = new();
    private readonly Dictionary<string, (IntentModelShare Share, PeerVote Vote)> _peers = new(StringComparer.Ordinal);

    /// <summary>
    /// Raised (on the training thread) when this node's own model has a new version that learned from corrections, so
    /// the mesh can publish it.
    /// </summary>
    public event Action<IntentModel>? Learned;

    /// <summary>The peers' versions this node's model is served with, now.</summary>
    public IReadOnlyList<PeerIntentPart> PeerParts => _current?.Peers?.Parts ?? [];

    private string PeersDirectory => Path.Combine(_directory, "peers");

    /// <summary>
    /// Whether this node shares an intent with, and takes one from, other nodes: <c>oos</c> and the built-in intents
    /// not listed in <see cref="SpecialistsOptions.NotShared"/>. Intents defined on this node (configuration or API)
    /// are its own: their names, phrases and answers are the site's, and a peer could not answer them anyway.
    /// </summary>
    public bool IsShareable(string intent) =>
        intent == IntentModel.OutOfScope
        || (IntentTrainingSet.BuiltIn().Domains.ContainsKey(intent) && !_options.NotShared.Contains(intent)
            && !_options.Intents.ContainsKey(intent) && !_store.UserIntents().ContainsKey(intent));

    /// <summary>The shareable form of this node's own model, or null when it has learned nothing from corrections (or is not ready).</summary>
    /// <param name="site">This node's site.</param>
    /// <param name="node">This node's id.</param>
    public IntentModelShare? CreateShare(string site, string node) =>
        _own is { Info.Corrections: > 0 } own ? IntentModelShare.Create(own, SharedFeatures.BuiltIn, IsShareable, site, node) : null;

    /// <summary>
    /// Takes a peer's shared version: this node's model is served with it from now on (and after restarts), voting as
    /// <paramref name="vote"/> says. A version no newer than the one held from that peer changes nothing.
    /// </summary>
    /// <returns>Whether anything changed, and the intents the peer now votes on.</returns>
    /// <exception cref="InvalidDataException">The share cannot apply here: another feature space (another release), or no intent in common.</exception>
    public PeerAcceptance Accept(IntentModelShare share, PeerVote vote)
    {
        var features = SharedFeatures.BuiltIn;
        if (share.Header.Features != features.Id || share.Header.FeatureCount != features.Count)
        {
            throw new InvalidDataException($"it is written in the feature space {share.Header.Features} ({share.Header.FeatureCount} features); this node's is {features.Id} ({features.Count}): another LocalMesh release");
        }

        var key = Key(share.Header.Site, share.Header.Node);
        lock (_serving)
        {
            if (_peers.TryGetValue(key, out var held) && held.Share.Header.Version >= share.Header.Version && held.Vote == vote)
            {
                return new PeerAcceptance(false, Voting(key), $"version {held.Share.Header.Version} from {key} is already in use");
            }

            if (_own is { } own && IntentModelPeers.Bind(own, [(share, vote)], IsShareable, features) is null)
            {
                throw new InvalidDataException("it shares no intent with this node's model besides out-of-scope");
            }

            Save(key, share, vote);
            _peers[key] = (share, vote);
            if (_own is { } current)
            {
                Serve(current);
            }
        }

        _logger.LogInformation("Intent model: version {Version} from {Peer} taken ({Vote}).", share.Header.Version, key, vote);
        return new PeerAcceptance(true, Voting(key), null);
    }

    /// <summary>Stops using the version shared by <paramref name="node"/> of <paramref name="site"/>; false when there was none.</summary>
    public bool Forget(string site, string node)
    {
        var key = Key(site, node);
        lock (_serving)
        {
            if (!_peers.Remove(key))
            {
                return false;
            }

            File.Delete(Path.Combine(PeersDirectory, key + ".bin"));
            File.Delete(Path.Combine(PeersDirectory, key + ".vote"));
            if (_own is { } own)
            {
                Serve(own);
            }
        }

        return true;
    }

    /// <summary>The peers whose versions this node holds (<c>site.node</c>), with the version held and how it counts.</summary>
    public IReadOnlyDictionary<string, (int Version, PeerVote Vote)> HeldVersions()
    {
        lock (_serving)
        {
            return _peers.ToDictionary(p => p.Key, p => (p.Value.Share.Header.Version, p.Value.Vote), StringComparer.Ordinal);
        }
    }

    /// <summary>Serves <paramref name="own"/> (a new own version) with the peers' versions bound to it, in one reference write.</summary>
    private void Serve(IntentModel own)
    {
        lock (_serving)
        {
            _own = own;
            _current = own.WithPeers(_peers.Count == 0 ? null : IntentModelPeers.Bind(own, _peers.Values, IsShareable, SharedFeatures.BuiltIn));
        }
    }

    private void OnLearned(IntentModel model)
    {
        if (model.Info.Corrections > 0)
        {
            Learned?.Invoke(model);
        }
    }

    private IReadOnlyList<string> Voting(string key) =>
        PeerParts.FirstOrDefault(p => Key(p.Origin.Site, p.Origin.Node) == key)?.Intents ?? [];

    private void Save(string key, IntentModelShare share, PeerVote vote)
    {
        System.IO.Directory.CreateDirectory(PeersDirectory);
        var path = Path.Combine(PeersDirectory, key + ".bin");
        File.WriteAllBytes(path + ".tmp", share.ToBytes());
        File.Move(path + ".tmp", path, overwrite: true);
        File.WriteAllText(Path.Combine(PeersDirectory, key + ".vote"), vote.ToString());
    }

    /// <summary>Reads the peers' versions kept from before a restart; an unreadable one is set aside (<c>.corrupt</c>) and logged.</summary>
    private void LoadPeers()
    {
        if (!System.IO.Directory.Exists(PeersDirectory))
        {
            return;
        }

        foreach (var path in System.IO.Directory.EnumerateFiles(PeersDirectory, "*.bin"))
        {
            var key = Path.GetFileNameWithoutExtension(path);
            try
            {
                var vote = Enum.Parse<PeerVote>(File.ReadAllText(Path.ChangeExtension(path, ".vote")).Trim());
                var share = IntentModelShare.Parse(File.ReadAllBytes(path));
                lock (_serving)
                {
                    _peers[key] = (share, vote);
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException)
            {
                _logger.LogWarning("The shared intent model {Path} cannot be read ({Error}); it is set aside as .corrupt.", path, ex.Message);
                File.Move(path, path + ".corrupt", overwrite: true);
            }
        }
    }

    private static string Key(string site, string node) => site + "." + node;
}

/// <summary>What taking a peer's shared version did.</summary>
/// <param name="Changed">False when the version held from that peer was already as new.</param>
/// <param name="Intents">The intents the peer votes on here (empty until this node's first model is ready).</param>
/// <param name="Reason">Why nothing changed, when nothing did.</param>
public sealed record PeerAcceptance(bool Changed, IReadOnlyList<string> Intents, string? Reason);
