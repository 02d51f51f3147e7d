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

    /// <summary>The object store bucket of the nodes' published model versions (federated updates).</summary>
    public const string ModelsBucket = "localmesh_models";

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
