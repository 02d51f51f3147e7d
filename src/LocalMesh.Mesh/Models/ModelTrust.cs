using System.Text.Json;
using LocalMesh.Mesh.Membership;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Mesh.Models;

/// <summary>A public key a node trusts for a peer's model versions, and why.</summary>
/// <param name="PublicKey">The key (base64 SubjectPublicKeyInfo).</param>
/// <param name="Source">Where the trust comes from: <c>configured</c>, <c>card</c> (first seen now, pinned) or <c>pinned</c>.</param>
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
/// Anything else has no trusted key, and its versions are rejected. Thread-safe.
/// </summary>
public sealed partial class ModelTrust
{
    /// <summary>The pin file, relative to the data dir.</summary>
    public const string PinsRelativePath = "mesh/pinned-model-keys.json";

    private readonly MeshOptions _options;
    private readonly PeerTable _peers;
    private readonly string _pinFile;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _pins;
    private readonly HashSet<string> _warned = [];

    /// <summary>Reads the pins kept under <paramref name="dataDir"/> (none yet: an empty set).</summary>
    public ModelTrust(MeshOptions options, PeerTable peers, string dataDir, ILogger<ModelTrust> logger)
    {
        _options = options;
        _peers = peers;
        _logger = logger;
        _pinFile = Path.GetFullPath(Path.Combine(dataDir, PinsRelativePath));
        _pins = ReadPins(_pinFile);
    }

    /// <summary>The key trusted for versions published by <paramref name="node"/> of <paramref name="site"/>, or null when none is.</summary>
    public TrustedModelKey? For(string site, string node)
    {
        var name = $"{site}.{node}";
        if (_options.Models.TrustedKeys.TryGetValue(name, out var configured))
        {
            return new TrustedModelKey(configured, "configured");
        }

        if (site != _options.Site || !_options.Models.TrustSiteCards)
        {
            return null;
        }

        var advertised = _peers.Live.FirstOrDefault(p => p.Card.Node == node && p.Card.Site == site)?.Card.ModelKey;
        lock (_lock)
        {
            if (_pins.TryGetValue(name, out var pinned))
            {
                if (advertised is not null && advertised != pinned && _warned.Add(name + " " + advertised))
                {
                    LogPinMismatch(_logger, node, site, ModelSignature.KeyId(advertised), ModelSignature.KeyId(pinned), _pinFile);
                }

                return new TrustedModelKey(pinned, "pinned");
            }

            if (advertised is null || !ModelSignature.IsPublicKey(advertised))
            {
                return null;
            }

            _pins[name] = advertised;
            WritePins();
            LogPinned(_logger, node, site, ModelSignature.KeyId(advertised));
            return new TrustedModelKey(advertised, "card");
        }
    }

    private void WritePins()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_pinFile)!);
        var temp = _pinFile + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(new SortedDictionary<string, string>(_pins, StringComparer.Ordinal), PinJson.Default.SortedDictionaryStringString));
        File.Move(temp, _pinFile, overwrite: true);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The card of {Node}@{Site} advertises model signing key {Advertised}, but {Pinned} is pinned for it: its versions are accepted only with the pinned key. If the node really has a new key, remove its line from {PinFile} or list it in LocalMesh:Mesh:Models:TrustedKeys")]
    private static partial void LogPinMismatch(ILogger logger, string node, string site, string advertised, string pinned, string pinFile);
}

/// <summary>Source-generated JSON for the pin file.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(SortedDictionary<string, string>))]
internal sealed partial class PinJson : System.Text.Json.Serialization.JsonSerializerContext;
