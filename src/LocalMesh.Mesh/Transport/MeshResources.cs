using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;
using NATS.Client.ObjectStore;

namespace LocalMesh.Mesh.Transport;

/// <summary>
/// The JetStream streams and buckets of the mesh, as nodes open them and as an administrator makes them
/// (<c>localmesh mesh provision</c>). A node opens each one and makes it only when it is missing, never updates it: under
/// the per-site permissions of docs/mesh-nats.conf a site's user may not make or change a stream at all, because a
/// stream's configuration may source or mirror any other stream of the account (JetStream does not check the user's
/// permissions on a source), so a site allowed to define its own stream could copy another site's jobs into it.
/// </summary>
public static class MeshResources
{
    /// <summary>The JetStream API's "stream not found" (a bucket that does not exist yet).</summary>
    private const int StreamNotFound = 10059;

    /// <summary>The JetStream API's "stream name already in use with a different configuration".</summary>
    private const int StreamNameInUse = 10058;

    /// <summary>The membership bucket: one card per live node, expiring after twice <see cref="MeshOptions.PeerTimeoutSeconds"/>.</summary>
    public static NatsKVConfig NodesBucket(MeshOptions options) => new(MeshSubjects.NodesBucket)
    {
        History = 1,
        MaxAge = TimeSpan.FromSeconds(options.PeerTimeoutSeconds * 2),
        Storage = NatsKVStorageType.Memory,
        MaxValueSize = Membership.NodeCard.MaxBytes,
        NumberOfReplicas = options.Replicas,
    };

    /// <summary><paramref name="site"/>'s job queue, on the server's disk.</summary>
    public static StreamConfig JobsStream(string site, int replicas) => new(MeshSubjects.JobsStream(site), [MeshSubjects.JobsSubject(site)])
    {
        Storage = StreamConfigStorage.File,
        Retention = StreamConfigRetention.Workqueue,
        DuplicateWindow = TimeSpan.FromMinutes(10),
        NumReplicas = replicas,
    };

    /// <summary><paramref name="site"/>'s job outcomes, kept a week.</summary>
    public static NatsKVConfig JobsBucket(string site, int replicas) => new(MeshSubjects.JobsBucket(site))
    {
        History = 1,
        Storage = NatsKVStorageType.File,
        MaxAge = TimeSpan.FromDays(7),
        NumberOfReplicas = replicas,
    };

    /// <summary><paramref name="site"/>'s published model versions.</summary>
    public static NatsObjConfig ModelsBucket(string site, int replicas) => new(MeshSubjects.ModelsBucket(site))
    {
        Storage = NatsObjStorageType.File,
        NumberOfReplicas = replicas,
    };

    /// <summary>
    /// Opens a stream or bucket with <paramref name="open"/>; when it does not exist, makes it with <paramref name="create"/>
    /// (and opens it after all when another node made it meanwhile with other settings). When it cannot be made (the
    /// server gives this site's user no right to make streams, and so no answer), the error says what is missing and how
    /// an administrator makes it, rather than only that a request timed out.
    /// </summary>
    /// <param name="what">What it is, for the error (<c>stream LOCALMESH_JOBS_plant</c>).</param>
    /// <param name="site">The site to name in the <c>localmesh mesh provision</c> command.</param>
    public static async Task<T> OpenOrCreateAsync<T>(string what, string site, Func<Task<T>> open, Func<Task<T>> create)
    {
        try
        {
            return await open().ConfigureAwait(false);
        }
        catch (NatsJSApiException ex) when (ex.Error.ErrCode == StreamNotFound)
        {
        }

        try
        {
            return await create().ConfigureAwait(false);
        }
        catch (NatsJSApiException ex) when (ex.Error.ErrCode == StreamNameInUse)
        {
            return await open().ConfigureAwait(false);
        }
        catch (NatsException ex) when (ex is not NatsJSApiException)
        {
            throw new InvalidOperationException(
                $"{what} is missing and this node could not make it ({ex.Message}); where the sites' NATS users may not make streams (docs/mesh-nats.conf), "
                + $"an administrator makes them once: localmesh mesh provision --sites {site} --user ADMIN --password-env VAR", ex);
        }
    }

    /// <summary>
    /// Makes (or updates to the settings here) the membership bucket and every stream and bucket of <paramref name="sites"/>,
    /// with a user that may (an administrator's); returns what it made or updated.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ProvisionAsync(INatsJSContext js, MeshOptions options, IEnumerable<string> sites, CancellationToken cancellationToken)
    {
        var done = new List<string>();
        var kv = new NatsKVContext(js);
        var objects = new NatsObjContext(js);
        await kv.CreateOrUpdateStoreAsync(NodesBucket(options), cancellationToken).ConfigureAwait(false);
        done.Add("bucket " + MeshSubjects.NodesBucket);
        foreach (var site in sites)
        {
            if (!MeshSubjects.IsToken(site))
            {
                throw new ArgumentException($"'{site}' is not a site name (letters, digits, '-', '_').", nameof(sites));
            }

            await js.CreateOrUpdateStreamAsync(JobsStream(site, options.Replicas), cancellationToken).ConfigureAwait(false);
            await kv.CreateOrUpdateStoreAsync(JobsBucket(site, options.Replicas), cancellationToken).ConfigureAwait(false);
            await OpenOrCreateAsync($"object store {MeshSubjects.ModelsBucket(site)}", site,
                async () => await objects.GetObjectStoreAsync(MeshSubjects.ModelsBucket(site), cancellationToken).ConfigureAwait(false),
                async () => await objects.CreateObjectStoreAsync(ModelsBucket(site, options.Replicas), cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            done.AddRange([$"stream {MeshSubjects.JobsStream(site)}", $"bucket {MeshSubjects.JobsBucket(site)}", $"object store {MeshSubjects.ModelsBucket(site)}"]);
        }

        return done;
    }
}
