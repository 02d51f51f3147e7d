using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.KeyValueStore;
using NATS.Net;

namespace LocalMesh.Mesh.Transport;

/// <summary>
/// The node's one connection to NATS (NATS.Net multiplexes every subscription and request over it), with the
/// credentials and TLS of <see cref="MeshOptions"/>. It reconnects by itself, to any server of a cluster; while it is
/// down the node serves alone. Thread-safe.
/// </summary>
public sealed class MeshConnection : IAsyncDisposable
{
    /// <summary>Opens (lazily) the connection described by <paramref name="options"/>.</summary>
    public MeshConnection(MeshOptions options)
    {
        Options = options;
        Nats = new NatsConnection(CreateOpts(options));
        JetStream = Nats.CreateJetStreamContext();
        KeyValue = new NatsKVContext(JetStream);
    }

    /// <summary>The mesh options.</summary>
    public MeshOptions Options { get; }

    /// <summary>The NATS connection.</summary>
    public NatsConnection Nats { get; }

    /// <summary>JetStream on the connection.</summary>
    public INatsJSContext JetStream { get; }

    /// <summary>Key-value buckets on the connection.</summary>
    public INatsKVContext KeyValue { get; }

    /// <summary>Whether the connection is open now.</summary>
    public bool IsConnected => Nats.ConnectionState == NatsConnectionState.Open;

    /// <summary>The NATS client options for <paramref name="options"/>: name, servers, credentials, TLS.</summary>
    public static NatsOpts CreateOpts(MeshOptions options)
    {
        var auth = NatsAuthOpts.Default;
        if (options.User is { } user)
        {
            auth = auth with { Username = user, Password = options.Password ?? (options.PasswordEnv is { } env ? Environment.GetEnvironmentVariable(env) : null) };
        }

        if (options.CredsFile is { } creds)
        {
            auth = auth with { CredsFile = creds };
        }

        if (options.NKeyFile is { } nkey)
        {
            auth = auth with { NKeyFile = nkey };
        }

        var tls = NatsTlsOpts.Default;
        if (options.Tls || options.TlsCaFile is not null || options.TlsCertFile is not null)
        {
            tls = tls with { Mode = TlsMode.Require, CaFile = options.TlsCaFile, CertFile = options.TlsCertFile, KeyFile = options.TlsKeyFile };
        }

        return NatsOpts.Default with
        {
            Url = options.Url!,
            Name = $"localmesh-{options.Site}-{options.EffectiveNodeId}",
            InboxPrefix = "_INBOX." + options.Site, // per site, so a server can let each site's users read only their own replies
            AuthOpts = auth,
            TlsOpts = tls,
            RetryOnInitialConnect = true, // a node starts (alone) when NATS is not up yet, and joins when it is
            ReconnectWaitMin = TimeSpan.FromMilliseconds(100),
            ReconnectWaitMax = TimeSpan.FromSeconds(2),
            MaxReconnectRetry = -1,
            SubPendingChannelCapacity = 4096,
        };
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Nats.DisposeAsync();
}
