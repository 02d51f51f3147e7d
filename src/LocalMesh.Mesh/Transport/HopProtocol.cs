using NATS.Client.Core;

namespace LocalMesh.Mesh.Transport;

/// <summary>
/// The hop's wire format over NATS. A request is one message to the serving node's chat subject: the client's HTTP
/// body, with the route in headers, and a reply inbox. The answer comes on that inbox, each message with a
/// <see cref="Kind"/> header: a JSON answer is one <c>full</c> message (HTTP status, content type and route in headers,
/// the whole body as data: one message, not four, is most of what keeps a hop cheap); a stream is a <c>head</c> (the
/// same headers, with the first body bytes), then <c>data</c> (body bytes, in order), then <c>end</c>. <c>err</c> (with
/// <see cref="Error"/>) ends either. <c>ack</c> and <c>ka</c> are read and skipped (nodes sent them per request before;
/// whether the serving node is still there is now asked by the entry node, see <c>PeerLiveness</c>).
/// </summary>
public static class HopProtocol
{
    /// <summary>Header: the message kind.</summary>
    public const string Kind = "lm-kind";

    /// <summary>Header: the request id on the entry node (also the idempotency key).</summary>
    public const string RequestId = "lm-request-id";

    /// <summary>Header: the request's data domain.</summary>
    public const string Domain = "lm-domain";

    /// <summary>Header: the tiers the entry node allowed (comma-separated names).</summary>
    public const string Tiers = "lm-tiers";

    /// <summary>Header: the entry node's id.</summary>
    public const string Entry = "lm-entry";

    /// <summary>Header: the HTTP status of the answer (on <c>head</c>).</summary>
    public const string Status = "lm-status";

    /// <summary>Header: the answer's content type (on <c>head</c>).</summary>
    public const string ContentType = "lm-content-type";

    /// <summary>Header: the serving node's route header (on <c>head</c>).</summary>
    public const string Route = "lm-route";

    /// <summary>Header: what went wrong (on <c>err</c>).</summary>
    public const string Error = "lm-error";

    /// <summary>Largest body piece in one <c>data</c> message.</summary>
    public const int MaxChunk = 64 * 1024;

    /// <summary>Kinds.</summary>
    public const string Ack = "ack", KeepAlive = "ka", Head = "head", Full = "full", Data = "data", End = "end", Err = "err", CancelKind = "cancel";

    /// <summary>Headers holding only a kind.</summary>
    public static NatsHeaders KindOnly(string kind) => new() { [Kind] = kind };

    /// <summary>A header's value, or null.</summary>
    public static string? Get(NatsHeaders? headers, string name) => headers is not null && headers.TryGetValue(name, out var value) && value.Count > 0 ? value[0] : null;
}
