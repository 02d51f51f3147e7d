using LocalMesh.Mesh.Models;
using LocalMesh.Mesh.Transport;

namespace LocalMesh.Mesh;

/// <summary>
/// How a node joins the mesh (<c>LocalMesh:Mesh</c>; <c>localmesh up --mesh URL --site NAME --node-id NAME</c>). With no
/// <see cref="Url"/> the node is on its own, exactly as without the mesh, and needs no NATS server.
/// </summary>
public sealed record MeshOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "LocalMesh:Mesh";

    /// <summary>The NATS server(s), e.g. <c>nats://127.0.0.1:4222</c> (comma-separated for a cluster). Null: no mesh.</summary>
    public string? Url { get; init; }

    /// <summary>This node's site: peers of the same site count as <c>edge</c>, of other sites as <c>remote</c>.</summary>
    public string Site { get; init; } = "default";

    /// <summary>This node's id, unique in the mesh (default: the machine name).</summary>
    public string? NodeId { get; init; }

    /// <summary>NATS user name (with <see cref="Password"/>).</summary>
    public string? User { get; init; }

    /// <summary>NATS password; prefer <see cref="PasswordEnv"/>.</summary>
    public string? Password { get; init; }

    /// <summary>The environment variable holding the NATS password.</summary>
    public string? PasswordEnv { get; init; }

    /// <summary>A NATS credentials file (JWT + NKey seed).</summary>
    public string? CredsFile { get; init; }

    /// <summary>A file holding an NKey seed (<c>SU...</c>) the node signs the server's challenge with.</summary>
    public string? NKeyFile { get; init; }

    /// <summary>Require TLS to the NATS server.</summary>
    public bool Tls { get; init; }

    /// <summary>A CA certificate file (PEM) the NATS server's certificate must chain to (default: the machine's trusted roots).</summary>
    public string? TlsCaFile { get; init; }

    /// <summary>This node's client certificate (PEM), for a server that verifies clients (mutual TLS; with <see cref="TlsKeyFile"/>).</summary>
    public string? TlsCertFile { get; init; }

    /// <summary>The private key (PEM) of <see cref="TlsCertFile"/>.</summary>
    public string? TlsKeyFile { get; init; }

    /// <summary>Seconds between heartbeats (the node's card in the membership bucket).</summary>
    public double HeartbeatSeconds { get; init; } = 0.5;

    /// <summary>A peer not heard from for this long leaves the table (the bound: 3 s).</summary>
    public double PeerTimeoutSeconds { get; init; } = 2;

    /// <summary>
    /// A peer this node has requests at and has not heard from for this long is pinged (one ping for all of them): NATS
    /// answers "no responders" at once for a node whose connection closed, which fails all of them so that each goes to
    /// another node (a killed node is detected 0.25 to 0.4 s after it died on an idle node with the default). A slow
    /// peer answers late or not at all and is waited for (<see cref="HungPeerSeconds"/>).
    /// </summary>
    public double KeepAliveSeconds { get; init; } = 0.25;

    /// <summary>A peer still connected but silent this long (hung) is given up on all the same.</summary>
    public double HungPeerSeconds { get; init; } = 15;

    /// <summary>
    /// The longest one request may wait on a peer that is alive (it answers pings) but sends nothing for that request:
    /// before its answer begins (for a JSON answer, the whole answer), or between two pieces of a stream. Then the peer
    /// is told to stop and the request goes to another peer (a stream already under way ends with an error). The default
    /// is a backend's default timeout, so a peer gets as long as a language model it may call. A JSON answer comes whole
    /// at the end, so set this at least as long as the peers' backends' <c>TimeoutSeconds</c>, or their slow answers are
    /// given up and asked again elsewhere.
    /// </summary>
    public double HopTimeoutSeconds { get; init; } = 120;

    /// <summary>
    /// Copies JetStream keeps of the mesh's buckets and streams (membership, the job queue and its outcomes, published
    /// models): 1 on a single server; 3 on a 3-server cluster, so they survive the loss of any one server.
    /// </summary>
    public int Replicas { get; init; } = 1;

    /// <summary>Largest request body sent to, or accepted from, a peer (bytes).</summary>
    public int MaxMessageBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// The public keys of site authorities, by site: <c>"plant": "MFkw…"</c> (base64 SubjectPublicKeyInfo, as
    /// <c>localmesh mesh authority</c> prints it). A card of a listed site is taken only when signed by a key the
    /// authority certified for its node (<see cref="Membership.NodeCertificate"/>), and that key is the one trusted for
    /// the node's model versions and queued jobs (nothing pinned on first use). When this node's own site is listed it
    /// needs a certificate of its own key to start (<c>localmesh mesh certify</c>). Sites not listed work as before.
    /// </summary>
    public Dictionary<string, string> SiteAuthorities { get; init; } = [];

    /// <summary>Federated model updates: what this node publishes and takes (<c>LocalMesh:Mesh:Models</c>).</summary>
    public MeshModelOptions Models { get; init; } = new();

    /// <summary>The site's job queue: which unsigned jobs are served (<c>LocalMesh:Mesh:Jobs</c>).</summary>
    public Jobs.MeshJobOptions Jobs { get; init; } = new();

    /// <summary>Whether the mesh is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Url);

    /// <summary>The node id in use.</summary>
    public string EffectiveNodeId => string.IsNullOrWhiteSpace(NodeId) ? Environment.MachineName.ToLowerInvariant() : NodeId;

    /// <summary>Every error in these options, each naming the key at fault.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Enabled)
        {
            return errors;
        }

        foreach (var url in Url!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("nats" or "tls" or "ws" or "wss"))
            {
                errors.Add($"LocalMesh:Mesh:Url: '{url}' is not a nats:// address (e.g. nats://127.0.0.1:4222).");
            }
        }

        if (!MeshSubjects.IsToken(Site))
        {
            errors.Add($"LocalMesh:Mesh:Site: '{Site}' must be letters, digits, '-' or '_' (it is part of NATS subjects).");
        }

        if (!MeshSubjects.IsToken(EffectiveNodeId))
        {
            errors.Add($"LocalMesh:Mesh:NodeId: '{EffectiveNodeId}' must be letters, digits, '-' or '_' (it is part of NATS subjects).");
        }

        if (HopTimeoutSeconds <= 0)
        {
            errors.Add($"LocalMesh:Mesh:HopTimeoutSeconds must be positive (it is {HopTimeoutSeconds}).");
        }

        if (HeartbeatSeconds <= 0 || PeerTimeoutSeconds <= HeartbeatSeconds || KeepAliveSeconds <= 0)
        {
            errors.Add("LocalMesh:Mesh: HeartbeatSeconds and KeepAliveSeconds must be positive and PeerTimeoutSeconds larger than HeartbeatSeconds.");
        }

        if ((TlsCertFile is null) != (TlsKeyFile is null))
        {
            errors.Add("LocalMesh:Mesh:TlsCertFile and TlsKeyFile go together (the client certificate and its key).");
        }

        foreach (var (key, file) in new[] { ("CredsFile", CredsFile), ("NKeyFile", NKeyFile), ("TlsCaFile", TlsCaFile), ("TlsCertFile", TlsCertFile), ("TlsKeyFile", TlsKeyFile) })
        {
            if (file is not null && !File.Exists(file))
            {
                errors.Add($"LocalMesh:Mesh:{key}: the file '{file}' does not exist.");
            }
        }

        if (Replicas is < 1 or > 5)
        {
            errors.Add($"LocalMesh:Mesh:Replicas must be 1 to 5 (it is {Replicas}); use 3 on a 3-server cluster.");
        }

        foreach (var (site, key) in SiteAuthorities)
        {
            if (!MeshSubjects.IsToken(site))
            {
                errors.Add($"LocalMesh:Mesh:SiteAuthorities: '{site}' is not a site name (letters, digits, '-' or '_').");
            }
            else if (!ModelSignature.IsPublicKey(key))
            {
                errors.Add($"LocalMesh:Mesh:SiteAuthorities:{site}: not a P-256 public key (base64 SubjectPublicKeyInfo, as 'localmesh mesh authority' prints it).");
            }
        }

        errors.AddRange(Models.Validate());
        errors.AddRange(Jobs.Validate());
        if (PasswordEnv is { } env && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(env)))
        {
            errors.Add($"LocalMesh:Mesh:PasswordEnv: environment variable '{env}' is not set.");
        }

        return errors;
    }
}
