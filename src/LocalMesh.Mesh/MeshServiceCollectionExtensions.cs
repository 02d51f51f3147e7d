using LocalMesh.Backends;
using LocalMesh.Mesh.Membership;
using LocalMesh.Mesh.Routing;
using LocalMesh.Mesh.Serving;
using LocalMesh.Mesh.Transport;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalMesh.Mesh;

/// <summary>Registers the mesh: the NATS connection, membership, the peer backends, the hop stage and the responder.</summary>
public static class MeshServiceCollectionExtensions
{
    /// <summary>
    /// Joins the node to the mesh of <paramref name="options"/>; does nothing when no mesh is configured, so a node
    /// without one stays exactly as it was. The host registers a <see cref="LocalChatEndpoint"/>, and optionally
    /// <see cref="IntentNames"/> and <see cref="CollectionDomains"/> for the node's card, and <see cref="Models.IModelFederation"/>
    /// when it has a model to exchange (federated updates).
    /// </summary>
    /// <param name="services">The node's services.</param>
    /// <param name="options">The mesh options.</param>
    /// <param name="dataDir">The node's data dir: its model signing key and the peers' pinned keys live under <c>mesh/</c> there.</param>
    /// <exception cref="Configuration.LocalMeshConfigurationException">The mesh options have errors (all are listed).</exception>
    public static IServiceCollection AddLocalMeshMesh(this IServiceCollection services, MeshOptions options, string dataDir)
    {
        if (!options.Enabled)
        {
            return services;
        }

        if (options.Validate() is { Count: > 0 } errors)
        {
            throw new Configuration.LocalMeshConfigurationException(errors);
        }

        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new MeshConnection(options));
        services.AddSingleton(sp => new PeerTable(options.EffectiveNodeId, TimeSpan.FromSeconds(options.PeerTimeoutSeconds), sp.GetRequiredService<TimeProvider>(), TimeSpan.FromSeconds(2 * options.HeartbeatSeconds)));
        // Made (or read) when the node starts, so a node that publishes advertises its key on its first card; every node
        // signs the jobs it puts in its site's queue with it, so every node of a mesh has one.
        // A rotation prepared by 'localmesh mesh rotate-key' is carried out here, before the key is first used.
        services.AddSingleton(sp => Models.ModelSigningKey.LoadOrCreate(dataDir, options.Site, options.EffectiveNodeId, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new CardTrust(options, sp.GetRequiredService<TimeProvider>()));
        // The site authority's certificates of this node's key; a node whose site has an authority and that holds none fails here, at start.
        services.AddSingleton(sp => new NodeCertificates(NodeCertificate.ForNode(dataDir, options, sp.GetRequiredService<Models.ModelSigningKey>(), sp.GetRequiredService<TimeProvider>())));
        services.AddSingleton(sp => new Models.ModelTrust(options, sp.GetRequiredService<PeerTable>(), dataDir, sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Models.ModelTrust>>(), sp.GetRequiredService<CardTrust>()));
        services.AddSingleton(sp => new Jobs.JobTrust(options, sp.GetRequiredService<Models.ModelSigningKey>(), sp.GetRequiredService<Models.ModelTrust>(), dataDir));
        services.AddSingleton<Jobs.ServingPolicy>();

        services.AddSingleton(sp => new NodeCardSource(options, sp.GetRequiredService<BackendRegistry>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<IntentNames>(), sp.GetService<CollectionDomains>(),
            options.Models.Publish ? sp.GetRequiredService<Models.ModelSigningKey>().PublicKey : null,
            options.Models.Publish ? sp.GetRequiredService<Models.ModelSigningKey>().Rotations : null,
            sp.GetRequiredService<Models.ModelSigningKey>(), sp.GetRequiredService<NodeCertificates>().Carried));
        services.AddSingleton<MeshMembership>();
        services.AddHostedService(sp => sp.GetRequiredService<MeshMembership>());
        services.AddSingleton<MeshBackendProvider>();
        services.AddSingleton<IBackendProvider>(sp => sp.GetRequiredService<MeshBackendProvider>());
        services.AddSingleton<Jobs.MeshJobQueue>();
        services.AddSingleton<Queue.IJobDirectory>(sp => sp.GetRequiredService<Jobs.MeshJobQueue>());
        services.AddHostedService(sp => sp.GetRequiredService<Jobs.MeshJobQueue>());
        services.AddSingleton<MeshResponder>();
        services.AddHostedService(sp => sp.GetRequiredService<MeshResponder>());
        if (options.Models.Enabled)
        {
            services.AddSingleton(sp => new Models.MeshModelExchange(sp.GetRequiredService<MeshConnection>(), sp.GetService<Models.IModelFederation>(),
                sp.GetRequiredService<Models.ModelSigningKey>(), sp.GetRequiredService<Models.ModelTrust>(),
                sp.GetRequiredService<Ledger.AuditLedger>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Models.MeshModelExchange>>()));
            services.AddHostedService(sp => sp.GetRequiredService<Models.MeshModelExchange>());
        }

        return services;
    }

    /// <summary>
    /// Adds the mesh's stage in front of the router (<see cref="MeshHopChatClient"/>): it names the serving peer in the
    /// route and narrows requests from peers. Without a mesh configured it adds nothing.
    /// </summary>
    public static ChatClientBuilder UseMeshHop(this ChatClientBuilder builder) =>
        builder.Use((inner, services) => services.GetService<MeshOptions>() is null ? inner : new MeshHopChatClient(inner));
}
