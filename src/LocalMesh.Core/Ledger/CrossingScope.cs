namespace LocalMesh.Ledger;

/// <summary>
/// Collects what one backend attempt sent and received at the HTTP layer (<see cref="LedgerHttpHandler"/>) so the
/// attempt can be written to the ledger with exact byte counts. Flows with the async call (an <see cref="AsyncLocal{T}"/>).
/// Counters are thread-safe; privacy stages add their redaction counts through <see cref="AddRedactions"/>.
/// </summary>
public sealed class CrossingScope : IDisposable
{
    private static readonly AsyncLocal<CrossingScope?> CurrentScope = new();
    private readonly CrossingScope? _previous;
    private long _bytesSent;
    private long _bytesReceived;
    private int _redactions;
    private readonly Dictionary<string, int> _redactedKinds = new(StringComparer.Ordinal);

    private CrossingScope(bool storeContent, UpstreamWait? wait)
    {
        StoreContent = storeContent;
        Wait = wait;
        _previous = CurrentScope.Value;
        CurrentScope.Value = this;
    }

    /// <summary>The scope of the attempt in progress on this async flow, if any.</summary>
    public static CrossingScope? Current => CurrentScope.Value;

    /// <summary>Starts a scope for one backend attempt.</summary>
    /// <param name="storeContent">Whether the handler keeps a copy of the bytes sent.</param>
    /// <param name="wait">Where the time spent waiting on the backend is added, if anywhere (the request's <see cref="UpstreamWait"/>).</param>
    public static CrossingScope Begin(bool storeContent, UpstreamWait? wait = null) => new(storeContent, wait);

    /// <summary>Where the time spent waiting on the backend is added; null when nobody asked.</summary>
    public UpstreamWait? Wait { get; }

    /// <summary>Whether the handler should keep a copy of the bytes sent.</summary>
    public bool StoreContent { get; }

    /// <summary>Request body bytes that left.</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>Response body bytes that came back.</summary>
    public long BytesReceived => Interlocked.Read(ref _bytesReceived);

    /// <summary>The destination host:port of the last exchange.</summary>
    public string? Destination { get; internal set; }

    /// <summary>SHA-256 of the last request body sent.</summary>
    public string? ContentSha256 { get; internal set; }

    /// <summary>The last request body sent, when content storage is on.</summary>
    public byte[]? Content { get; internal set; }

    /// <summary>Values redacted before sending.</summary>
    public int Redactions => Volatile.Read(ref _redactions);

    /// <summary>Redacted kinds with counts, e.g. <c>EMAIL:2,PERSON:1</c>; null when none.</summary>
    public string? RedactedKinds
    {
        get
        {
            lock (_redactedKinds)
            {
                return _redactedKinds.Count == 0 ? null : string.Join(',', _redactedKinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}:{k.Value}"));
            }
        }
    }

    /// <summary>Counts values of <paramref name="kind"/> redacted before sending.</summary>
    public void AddRedactions(string kind, int count)
    {
        Interlocked.Add(ref _redactions, count);
        lock (_redactedKinds)
        {
            _redactedKinds[kind] = _redactedKinds.GetValueOrDefault(kind) + count;
        }
    }

    internal void AddSent(long bytes) => Interlocked.Add(ref _bytesSent, bytes);

    internal void AddReceived(long bytes) => Interlocked.Add(ref _bytesReceived, bytes);

    /// <summary>Restores the enclosing scope.</summary>
    public void Dispose() => CurrentScope.Value = _previous;
}
