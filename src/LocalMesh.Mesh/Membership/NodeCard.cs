using System.Text.Json;
using System.Text.Json.Serialization;
using LocalMesh.Mesh.Transport;

namespace LocalMesh.Mesh.Membership;

/// <summary>
/// What a node tells the mesh about itself, every heartbeat: id, site, backends and models with their tiers, intents,
/// knowledge collections (names and domains, never content), health and load. Immutable.
/// </summary>
public sealed record NodeCard
{
    /// <summary>Largest card accepted from a peer (bytes): a bigger one is ignored, not parsed.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>The node's id.</summary>
    public required string Node { get; init; }

    /// <summary>Its site.</summary>
    public required string Site { get; init; }

    /// <summary>Its HTTP address (for people; the mesh reaches it over NATS).</summary>
    public string? Url { get; init; }

    /// <summary>When it started (unix ms).</summary>
    public long StartedAt { get; init; }

    /// <summary>When this card was sent (unix ms, the sender's clock).</summary>
    public long At { get; init; }

    /// <summary>Heartbeats sent since start; a peer seen with a lower number than before restarted.</summary>
    public long Sequence { get; init; }

    /// <summary>"ok", or "draining" when the node is stopping and takes no new requests.</summary>
    public string Health { get; init; } = "ok";

    /// <summary>Its backends (its own, never its view of the mesh).</summary>
    public IReadOnlyList<CardBackend> Backends { get; init; } = [];

    /// <summary>The intents its specialists answer.</summary>
    public IReadOnlyList<string> Intents { get; init; } = [];

    /// <summary>Its knowledge collections: name and data domain.</summary>
    public IReadOnlyList<CardCollection> Knowledge { get; init; } = [];

    /// <summary>Requests it is serving now.</summary>
    public int InFlight { get; init; }

    /// <summary>Requests it can serve at once (the sum of its chat backends' limits).</summary>
    public int Capacity { get; init; }

    /// <summary>The public key it signs its published model versions with (base64 SubjectPublicKeyInfo), when it has one.</summary>
    public string? ModelKey { get; init; }

    /// <summary>Its newest model key rotation statements, the last one naming <see cref="ModelKey"/> (none before its first rotation).</summary>
    public IReadOnlyList<Models.ModelKeyRotation>? ModelKeyRotations { get; init; }

    /// <summary>The site authority's certificates of the node's key (<see cref="NodeCertificate"/>), when it has some.</summary>
    public IReadOnlyList<NodeCertificate>? Certificates { get; init; }

    /// <summary>
    /// The node's signature of the card (base64, IEEE P1363), with a key one of its <see cref="Certificates"/> names: of
    /// <c>localmesh-node-card/1\n</c> followed by the card's JSON without this field, which is always written last
    /// (<see cref="ToSignedJson"/>).
    /// </summary>
    [JsonPropertyOrder(int.MaxValue)]
    public string? Signature { get; init; }

    /// <summary>Load as a share of capacity, 0..1.</summary>
    [JsonIgnore]
    public double Load => Capacity <= 0 ? 1 : Math.Clamp((double)InFlight / Capacity, 0, 1);

    /// <summary>Serialises the card.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, MeshJson.Default.NodeCard);

    /// <summary>The card signed by <paramref name="key"/>: its JSON with <c>"signature"</c> as the last field.</summary>
    public byte[] ToSignedJson(Models.ModelSigningKey key)
    {
        var unsigned = (this with { Signature = null }).ToJson();
        var signature = key.SignMessage(SignedMessage(unsigned));
        var tail = System.Text.Encoding.ASCII.GetBytes($",{SignatureProperty}{signature}\"}}");
        return [.. unsigned.AsSpan(0, unsigned.Length - 1), .. tail];
    }

    /// <summary>What a card's signature covers: a fixed label and the card's JSON without its signature.</summary>
    public static byte[] SignedMessage(ReadOnlySpan<byte> unsignedJson) => [.. "localmesh-node-card/1\n"u8, .. unsignedJson];

    /// <summary>
    /// The JSON a signed card's signature covers, cut from the bytes as they arrived (not serialised again, so a field
    /// this version does not know is covered too); null when the bytes do not end with the signature field.
    /// </summary>
    public static byte[]? UnsignedJson(ReadOnlySpan<byte> json)
    {
        var at = json.LastIndexOf(",\"signature\":\""u8);
        if (at <= 0 || json[^2..] is not [(byte)'"', (byte)'}'] || json[(at + 1 + SignatureProperty.Length)..^2].IndexOfAny((byte)'"', (byte)'\\') >= 0)
        {
            return null;
        }

        return [.. json[..at], (byte)'}'];
    }

    private const string SignatureProperty = "\"signature\":\"";

    /// <summary>
    /// Reads and checks a card from a peer; null (never an exception) when it is too big, malformed or inconsistent:
    /// a peer that sends garbage is ignored, it cannot poison the table.
    /// </summary>
    public static NodeCard? TryParse(ReadOnlySpan<byte> json, out string? error)
    {
        error = null;
        if (json.Length is 0 or > MaxBytes)
        {
            error = $"card of {json.Length} bytes";
            return null;
        }

        NodeCard? card;
        try
        {
            card = JsonSerializer.Deserialize(json, MeshJson.Default.NodeCard);
        }
        catch (JsonException ex)
        {
            error = "malformed card: " + ex.Message;
            return null;
        }

        error = card is null ? "empty card" : card.Check();
        return error is null ? card : null;
    }

    private string? Check()
    {
        if (!MeshSubjects.IsToken(Node) || !MeshSubjects.IsToken(Site))
        {
            return "bad node or site name";
        }

        if (Backends is null || Intents is null || Knowledge is null || Backends.Count > 256 || Intents.Count > 4096 || Knowledge.Count > 4096)
        {
            return "too many entries";
        }

        if (ModelKey is { Length: > 512 })
        {
            return "model key too long";
        }

        if (ModelKeyRotations is { } rotations && (rotations.Count > Models.ModelKeyRotation.MaxCarried || rotations.Any(r => r is null || !r.IsWellFormed())))
        {
            return "bad model key rotations";
        }

        if (Certificates is { } certificates && (certificates.Count > NodeCertificate.MaxCarried || certificates.Any(c => c is null || !c.IsWellFormed())))
        {
            return "bad certificates";
        }

        if (Signature is { Length: > 172 })
        {
            return "signature too long";
        }

        if (InFlight < 0 || Capacity < 0)
        {
            return "negative load";
        }

        foreach (var backend in Backends)
        {
            if (backend is null || string.IsNullOrEmpty(backend.Name) || backend.Models is null || backend.Models.Count > 1024
                || !Configuration.TierNames.TryParse(backend.Tier, out _) || backend.Models.Any(m => string.IsNullOrEmpty(m) || m.Length > 256))
            {
                return "bad backend entry";
            }
        }

        return Knowledge.Any(k => k is null || string.IsNullOrEmpty(k.Name) || string.IsNullOrEmpty(k.Domain)) ? "bad knowledge entry" : null;
    }
}

/// <summary>One backend of a node, as advertised.</summary>
/// <param name="Name">Its name on that node.</param>
/// <param name="Tier">Its tier on that node: <c>local</c>, <c>edge</c> or <c>cloud</c>.</param>
/// <param name="Models">The chat models it serves (<c>auto</c> for the node's own routing).</param>
/// <param name="Available">Whether it can take a request now.</param>
public sealed record CardBackend(string Name, string Tier, IReadOnlyList<string> Models, bool Available);

/// <summary>A knowledge collection of a node: its name and data domain (never its content).</summary>
/// <param name="Name">The collection.</param>
/// <param name="Domain">Its data domain.</param>
public sealed record CardCollection(string Name, string Domain);

/// <summary>The mesh's JSON: snake_case, source-generated.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NodeCard))]
[JsonSerializable(typeof(List<NodeCard>))]
internal sealed partial class MeshJson : JsonSerializerContext;
