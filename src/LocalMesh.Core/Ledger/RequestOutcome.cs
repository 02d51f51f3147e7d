namespace LocalMesh.Ledger;

/// <summary>How a request ended, as the ledger's <c>status</c> and the <c>outcome</c> tag of <c>localmesh.requests</c> say it.</summary>
/// <param name="Status"><c>ok</c>, <c>queued</c>, <c>canceled</c>, <c>rejected</c> (4xx), <c>unavailable</c> (503) or <c>error</c>.</param>
/// <param name="HttpStatus">The HTTP status the client got (499 when it went away).</param>
public readonly record struct RequestOutcome(string Status, int HttpStatus)
{
    /// <summary>Answered.</summary>
    public static RequestOutcome Ok { get; } = new("ok", 200);

    /// <summary>Stored in the offline queue (202), or still waiting there after a replay.</summary>
    public static RequestOutcome Queued { get; } = new("queued", 202);

    /// <summary>The client went away before the answer.</summary>
    public static RequestOutcome Canceled { get; } = new("canceled", 499);

    /// <summary>The outcome of an error answered with <paramref name="httpStatus"/>.</summary>
    public static RequestOutcome Error(int httpStatus) =>
        new(httpStatus == 503 ? "unavailable" : httpStatus >= 500 ? "error" : "rejected", httpStatus);

    /// <summary>Whether the request was answered.</summary>
    public bool IsOk => Status == "ok";
}
