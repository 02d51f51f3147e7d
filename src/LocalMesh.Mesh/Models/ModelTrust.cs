using System.Text.Json;
using LocalMesh.Mesh.Membership;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Mesh.Models;

/// <summary>A public key a node trusts for a peer's model versions, and why.</summary>
/// <param name="PublicKey">The key (base64 SubjectPublicKeyInfo).</param>
/// <param name="Source">Where the trust comes from: <c>configured</c>, <c>certified</c> (by the site's authority), <c>card</c> (first seen now, pinned), <c>pinned</c>, or <c>rotated</c> (reached from one of those by rotation statements).</param>
public sealed record TrustedModelKey(string PublicKey, string Source)
{
    /// <summary>The key's short name.</summary>
    public string KeyId => ModelSignature.KeyId(PublicKey);
}

/// <summary>
/// Which key a node accepts a peer's model versions from. A version is taken only when signed by the key trusted for
/// its origin (site, node):
/// <list type="bullet">
/// <item>the key listed for <c>SITE.NODE</c> in <c>Models:TrustedKeys</c>, whatever the site (the only way to trust another site);</item>
/// <item>for a node of this node's own site, while <c>Models:TrustSiteCards</c> is on (the default), the key it advertises on
/// its membership card — pinned on first use in <c>mesh/pinned-model-keys.json</c> under the data dir, so a card that later
/// advertises another key for the same node (another node of the site writing its card, or the node with a new data dir)
/// is not believed until an operator removes the pin or lists the key.</item>
/// </list>
/// Anything else has no trusted key, and its versions are rejected.
/// <para>
/// A trusted key moves on only by <see cref="ModelKeyRotation"/> statements signed by the key trusted now (carried by
/// the version's metadata or the node's card): the new key is pinned in its place (for a configured key, the statements
/// are kept in <c>mesh/accepted-model-key-rotations.json</c> and followed from the configured key at every look-up, so
/// changing the configured key starts over). A key in <c>Models:RevokedKeys</c> is never trusted: its pin is removed
/// (the node's card may then be pinned afresh), statements signed by it or naming it are refused, and the rollback floor
/// it set is forgotten. Every such change is raised as <see cref="KeyChanged"/> (the exchange writes it to the ledger).
/// Thread-safe.
/// </para>
/// </summary>
public sealed partial class ModelTrust
{
    /// <summary>The pin file, relative to the data dir.</summary>
    public const string PinsRelativePath = "mesh/pinned-model-keys.json";

    /// <summary>The rotation statements accepted for configured keys, relative to the data dir.</summary>
    public const string AcceptedRotationsRelativePath = "mesh/accepted-model-key-rotations.json";

    private readonly MeshOptions _options;
    private readonly PeerTable _peers;
    private readonly string _pinFile;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _pins;
    private readonly HashSet<string> _warned = [];
    private readonly string _acceptedFile;
    private readonly Dictionary<string, List<ModelKeyRotation>> _accepted;

    private readonly CardTrust _certificates;

    /// <summary>Reads the pins, accepted rotations and seen versions kept under <paramref name="dataDir"/> (none yet: empty).</summary>
    /// <param name="options">The node's mesh options.</param>
    /// <param name="peers">The live peers (their cards advertise keys and carry certificates).</param>
    /// <param name="dataDir">The node's data dir.</param>
    /// <param name="logger">Where pins and rotations are logged.</param>
    /// <param name="certificates">Checks certificates of sites with an authority (default: one on the system clock).</param>
    public ModelTrust(MeshOptions options, PeerTable peers, string dataDir, ILogger<ModelTrust> logger, CardTrust? certificates = null)
    {
        _certificates = certificates ?? new CardTrust(options, TimeProvider.System);
        _options = options;
        _peers = peers;
        _logger = logger;
        _pinFile = Path.GetFullPath(Path.Combine(dataDir, PinsRelativePath));
        _pins = ReadPins(_pinFile);
        _acceptedFile = Path.GetFullPath(Path.Combine(dataDir, AcceptedRotationsRelativePath));
        _accepted = ReadAccepted(_acceptedFile);
        Versions = new ModelVersionMemory(dataDir);
    }

    /// <summary>Raised when a trusted key changes: a rotation accepted (<c>key-rotated</c>) or a revoked pin removed (<c>key-unpinned</c>).</summary>
    public event Action<ModelKeyChange>? KeyChanged;

    /// <summary>The newest version seen of every origin (rollback protection).</summary>
    public ModelVersionMemory Versions { get; }

    /// <summary>Whether <paramref name="publicKey"/> is revoked (<c>Models:RevokedKeys</c>).</summary>
    public bool IsRevoked(string publicKey) => _options.Models.IsRevoked(publicKey);

    /// <summary>The key trusted for versions published by <paramref name="node"/> of <paramref name="site"/>, or null when none is.</summary>
    public TrustedModelKey? For(string site, string node) => For(site, node, null, [], out _);

    /// <summary>
    /// The key trusted for versions published by <paramref name="node"/> of <paramref name="site"/>, after following
    /// <paramref name="offered"/> rotation statements (and those on the node's live card) from the key trusted now to
    /// <paramref name="signer"/> or to the card's key; null when no key is trusted.
    /// </summary>
    /// <param name="site">The origin's site.</param>
    /// <param name="node">The origin's node.</param>
    /// <param name="signer">The key a version is signed with (null: no version at hand).</param>
    /// <param name="offered">Rotation statements that came with the version.</param>
    /// <param name="rotationRefused">Why statements that would lead to <paramref name="signer"/> were not believed, if any were offered.</param>
    /// <param name="registered">
    /// The key the node registered where only its site's nodes may write (the site's job bucket: <see cref="Jobs.JobSigners"/>),
    /// taken like its card's when it has no live card advertising one: a job it queued is still checked after it died.
    /// </param>
    /// <param name="registeredCertificates">The certificates the node registered with <paramref name="registered"/>, for a site with an authority.</param>
    /// <remarks>
    /// For a site in <see cref="MeshOptions.SiteAuthorities"/> (and no key configured for the node) the key trusted is one
    /// the site's authority certified for the node, from its live card or its registered entry (<c>certified</c>): the
    /// signer's when it is one of them; nothing is pinned and no rotation statement is followed (a new key needs its own
    /// certificate).
    /// </remarks>
    public TrustedModelKey? For(string site, string node, string? signer, IReadOnlyList<ModelKeyRotation> offered, out string? rotationRefused, string? registered = null,
        IReadOnlyList<NodeCertificate>? registeredCertificates = null)
    {
        rotationRefused = null;
        var name = $"{site}.{node}";
        var card = _peers.Live.FirstOrDefault(p => p.Card.Node == node && p.Card.Site == site)?.Card;
        if (!_options.Models.TrustedKeys.ContainsKey(name) && _options.SiteAuthorities.TryGetValue(site, out var authority))
        {
            var certified = _certificates.Certified(authority, site, node, [.. card?.Certificates ?? [], .. registeredCertificates ?? []], out _);
            return certified.Count == 0 ? null : new TrustedModelKey(certified.Contains(signer!) ? signer! : certified[0], "certified");
        }

        var advertised = card?.ModelKey ?? (site == _options.Site ? registered : null);
        var changes = new List<ModelKeyChange>();
        TrustedModelKey? trusted;
        lock (_lock)
        {
            if (_options.Models.TrustedKeys.TryGetValue(name, out var configured))
            {
                trusted = new TrustedModelKey(configured, "configured");
                if (_accepted.TryGetValue(name, out var kept) && kept.Count > 0
                    && ModelKeyRotation.Follow(site, node, configured, kept[^1].NewKey, kept, IsRevoked, out _) is { Count: > 0 })
                {
                    trusted = new TrustedModelKey(kept[^1].NewKey, "rotated");
                }
            }
            else if (site != _options.Site || !_options.Models.TrustSiteCards)
            {
                return null;
            }
            else
            {
                if (_pins.TryGetValue(name, out var revokedPin) && IsRevoked(revokedPin))
                {
                    _pins.Remove(name);
                    WritePins();
                    changes.Add(new ModelKeyChange(site, node, "key-unpinned", $"removed the pin of key {ModelSignature.KeyId(revokedPin)}: it is revoked (LocalMesh:Mesh:Models:RevokedKeys)"));
                    LogUnpinned(_logger, node, site, ModelSignature.KeyId(revokedPin));
                }

                if (_pins.TryGetValue(name, out var pinned))
                {
                    trusted = new TrustedModelKey(pinned, "pinned");
                }
                else if (advertised is null || !ModelSignature.IsPublicKey(advertised) || IsRevoked(advertised))
                {
                    trusted = null;
                }
                else
                {
                    _pins[name] = advertised;
                    WritePins();
                    LogPinned(_logger, node, site, ModelSignature.KeyId(advertised));
                    trusted = new TrustedModelKey(advertised, "card");
                }
            }

            if (trusted is not null && !IsRevoked(trusted.PublicKey))
            {
                var statements = card?.ModelKeyRotations is { } onCard ? offered.Concat(onCard).ToList() : offered;
                foreach (var target in new[] { signer, advertised }.OfType<string>().Distinct())
                {
                    if (target == trusted.PublicKey)
                    {
                        continue;
                    }

                    string? refused = null;
                    var chain = statements.Count == 0 ? null : ModelKeyRotation.Follow(site, node, trusted.PublicKey, target, statements, IsRevoked, out refused);
                    if (chain is null)
                    {
                        if (target == signer)
                        {
                            rotationRefused = statements.Count == 0 ? null : refused ?? "none of its key rotation statements starts from that key";
                        }
                        else if (trusted.Source != "configured" && _warned.Add(name + " " + advertised))
                        {
                            LogPinMismatch(_logger, node, site, ModelSignature.KeyId(target), ModelSignature.KeyId(trusted.PublicKey), _pinFile);
                        }

                        continue;
                    }

                    foreach (var step in chain)
                    {
                        changes.Add(new ModelKeyChange(site, node, "key-rotated",
                            $"key {ModelSignature.KeyId(step.OldKey)} → {ModelSignature.KeyId(step.NewKey)}: rotation statement #{step.Sequence} signed by {ModelSignature.KeyId(step.OldKey)} ({trusted.Source})"));
                        LogRotated(_logger, node, site, ModelSignature.KeyId(step.OldKey), ModelSignature.KeyId(step.NewKey), step.Sequence);
                    }

                    if (_options.Models.TrustedKeys.ContainsKey(name))
                    {
                        _accepted[name] = [.. (_accepted.GetValueOrDefault(name) ?? []).Concat(chain).TakeLast(64)];
                        WriteAccepted();
                    }
                    else
                    {
                        _pins[name] = target; // re-pinned: the old key is trusted no more
                        WritePins();
                    }

                    trusted = new TrustedModelKey(target, "rotated");
                }
            }
        }

        foreach (var change in changes)
        {
            KeyChanged?.Invoke(change);
        }

        return trusted;
    }

    /// <summary>
    /// Applies <c>Models:RevokedKeys</c> to what was kept before it changed: removes pins of revoked keys and forgets
    /// the rollback floors they set (each pin removed is raised as <see cref="KeyChanged"/>). Held versions are the
    /// exchange's to drop (<see cref="ModelVersionMemory.HeldFromRevoked"/>).
    /// </summary>
    public void ApplyRevocations()
    {
        var changes = new List<ModelKeyChange>();
        lock (_lock)
        {
            foreach (var (name, key) in _pins.Where(p => IsRevoked(p.Value)).ToList())
            {
                _pins.Remove(name);
                var (site, node) = (name[..name.IndexOf('.', StringComparison.Ordinal)], name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..]);
                changes.Add(new ModelKeyChange(site, node, "key-unpinned", $"removed the pin of key {ModelSignature.KeyId(key)}: it is revoked (LocalMesh:Mesh:Models:RevokedKeys)"));
                LogUnpinned(_logger, node, site, ModelSignature.KeyId(key));
            }

            if (changes.Count > 0)
            {
                WritePins();
            }
        }

        Versions.ForgetRevoked(IsRevoked);
        foreach (var change in changes)
        {
            KeyChanged?.Invoke(change);
        }
    }

    private void WritePins()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_pinFile)!);
        var temp = _pinFile + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(new SortedDictionary<string, string>(_pins, StringComparer.Ordinal), PinJson.Default.SortedDictionaryStringString));
        File.Move(temp, _pinFile, overwrite: true);
    }

    private void WriteAccepted()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_acceptedFile)!);
        var temp = _acceptedFile + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(_accepted, ModelKeyRotationJson.Default.DictionaryStringListModelKeyRotation));
        File.Move(temp, _acceptedFile, overwrite: true);
    }

    private static Dictionary<string, List<ModelKeyRotation>> ReadAccepted(string file)
    {
        if (!File.Exists(file))
        {
            return new(StringComparer.Ordinal);
        }

        try
        {
            return new(JsonSerializer.Deserialize(File.ReadAllText(file), ModelKeyRotationJson.Default.DictionaryStringListModelKeyRotation) ?? [], StringComparer.Ordinal);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{file} is not a JSON object of accepted key rotations ({ex.Message}); fix or remove it.", ex);
        }
    }

    private static Dictionary<string, string> ReadPins(string file)
    {
        if (!File.Exists(file))
        {
            return new(StringComparer.Ordinal);
        }

        try
        {
            var pins = JsonSerializer.Deserialize(File.ReadAllBytes(file), PinJson.Default.SortedDictionaryStringString) ?? [];
            return new(pins.Where(p => ModelSignature.IsPublicKey(p.Value)), StringComparer.Ordinal);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{file} is not a JSON object of pinned keys ({ex.Message}); fix or remove it.", ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pinned the model signing key {KeyId} of {Node}@{Site} (first seen on its card)")]
    private static partial void LogPinned(ILogger logger, string node, string site, string keyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Accepted the model signing key {NewKey} of {Node}@{Site} in place of {OldKey} (rotation statement #{Sequence}, signed by the old key)")]
    private static partial void LogRotated(ILogger logger, string node, string site, string oldKey, string newKey, int sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed the pin of {Node}@{Site}'s model signing key {KeyId}: it is revoked")]
    private static partial void LogUnpinned(ILogger logger, string node, string site, string keyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The card of {Node}@{Site} advertises model signing key {Advertised}, but {Pinned} is pinned for it: its versions are accepted only with the pinned key. If the node really has a new key, remove its line from {PinFile} or list it in LocalMesh:Mesh:Models:TrustedKeys")]
    private static partial void LogPinMismatch(ILogger logger, string node, string site, string advertised, string pinned, string pinFile);
}

/// <summary>A change of the key trusted for an origin, for the ledger.</summary>
/// <param name="Site">The origin's site.</param>
/// <param name="Node">The origin's node.</param>
/// <param name="Event"><c>key-rotated</c> or <c>key-unpinned</c>.</param>
/// <param name="Detail">Which keys, and why.</param>
public sealed record ModelKeyChange(string Site, string Node, string Event, string Detail);

/// <summary>Source-generated JSON for the pin file.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(SortedDictionary<string, string>))]
internal sealed partial class PinJson : System.Text.Json.Serialization.JsonSerializerContext;
