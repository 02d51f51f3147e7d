namespace LocalMesh.Mesh.Transport;

/// <summary>
/// The NATS subjects and buckets of the mesh. A node's requests arrive on <c>localmesh.site.{site}.node.{id}.chat</c>,
/// so a server can grant each site's users only their own site's subjects to subscribe to.
/// </summary>
public static class MeshSubjects
{
    /// <summary>The key-value bucket holding one card per live node.</summary>
    public const string NodesBucket = "localmesh_nodes";

    /// <summary>The key-value bucket of answers by idempotency key, so a retried request is not served twice.</summary>
    public const string RepliesBucket = "localmesh_replies";

    /// <summary>
    /// The prefix of the object store buckets of published model versions (federated updates): one per site,
    /// <c>localmesh_models_{site}</c>, so a server can let a site write only its own and read the others'
    /// (docs/mesh-nats.conf). The Object Store's subjects encode object names in base64, so one shared bucket could not
    /// be permissioned per site.
    /// </summary>
    public const string ModelsBucketPrefix = "localmesh_models_";

    /// <summary>The object store bucket of the model versions published by the nodes of <paramref name="site"/>.</summary>
    public static string ModelsBucket(string site) => ModelsBucketPrefix + site;

    /// <summary>The JetStream stream behind an object store bucket (NATS names it so).</summary>
    public static string ObjectStream(string bucket) => "OBJ_" + bucket;

    /// <summary>The site whose models bucket <paramref name="stream"/> is (<c>OBJ_localmesh_models_{site}</c>), or null.</summary>
    public static string? ModelsSiteOfStream(string stream) =>
        stream.StartsWith(ObjectStream(ModelsBucketPrefix), StringComparison.Ordinal) && stream[ObjectStream(ModelsBucketPrefix).Length..] is var site && IsToken(site) ? site : null;

    /// <summary>The JetStream work queue of <paramref name="site"/>'s store-and-forward jobs (one stream per site).</summary>
    public static string JobsStream(string site) => "LOCALMESH_JOBS_" + site;

    /// <summary>
    /// The subject <paramref name="site"/>'s jobs are queued on. Not under <c>localmesh.jobs.&gt;</c>: that is the old shared
    /// stream's (<see cref="LegacyJobsStream"/>), and a stream may not take subjects another stream has.
    /// </summary>
    public static string JobsSubject(string site) => $"localmesh.queue.{site}";

    /// <summary>The key-value bucket of <paramref name="site"/>'s job outcomes (one per site: the answers are the site's data).</summary>
    public static string JobsBucket(string site) => "localmesh_jobs_" + site;

    /// <summary>The one stream every site's jobs shared before they had one each (<c>localmesh.jobs.{site}</c>); read only to move what it holds.</summary>
    public const string LegacyJobsStream = "LOCALMESH_JOBS";

    /// <summary>The subject a site's jobs had in <see cref="LegacyJobsStream"/>.</summary>
    public static string LegacyJobsSubject(string site) => $"localmesh.jobs.{site}";

    /// <summary>The bucket every site's job outcomes shared before they had one each.</summary>
    public const string LegacyJobsBucket = "localmesh_jobs";

    /// <summary>The object a node publishes its <paramref name="model"/> under: <c>{model}.{site}.{node}</c>.</summary>
    public static string ModelObject(string model, string site, string node) => $"{model}.{site}.{node}";

    /// <summary>Where a node receives chat requests.</summary>
    public static string Chat(string site, string node) => $"localmesh.site.{site}.node.{node}.chat";

    /// <summary>Where a node receives cancellations of requests it serves.</summary>
    public static string Cancel(string site, string node) => $"localmesh.site.{site}.node.{node}.cancel";

    /// <summary>Where a node answers pings (the entry node asks when a hop goes quiet whether the node is still connected).</summary>
    public static string Ping(string site, string node) => $"localmesh.site.{site}.node.{node}.ping";

    /// <summary>
    /// Where a node takes batches of sensor readings: <c>localmesh.site.{site}.node.{id}.signals.{stream}</c> (the stream's
    /// name may have dots: <c>….signals.boiler.temp</c>), as <c>POST /v1/localmesh/signals/{stream}</c> does over HTTP.
    /// </summary>
    public static string Signals(string site, string node) => $"localmesh.site.{site}.node.{node}.signals";

    /// <summary>The membership key of a node.</summary>
    public static string NodeKey(string site, string node) => $"{site}.{node}";

    /// <summary>Whether <paramref name="value"/> can be one token of a subject (letters, digits, '-', '_').</summary>
    public static bool IsToken(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
