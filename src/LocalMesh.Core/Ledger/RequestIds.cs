namespace LocalMesh.Ledger;

/// <summary>
/// Ids for requests and jobs that sort by creation time: a version 7 UUID (<see cref="Guid.CreateVersion7(DateTimeOffset)"/>:
/// 48 bits of Unix milliseconds, then the version and 74 random bits) as 32 lower-case hex digits after a prefix
/// (<c>req_019ad7f3c2a170008a4be310c2a14f9c</c>). The ledger and the intent log key their rows by these ids, so each new
/// row lands at the end of those indexes, beside the rows just before it: a commit of a hundred requests writes a few
/// index pages, not one page per request as random ids did. Two ids made in the same millisecond differ in their random
/// part; the clock going back only costs locality, never uniqueness. The time is the node's clock (a fake one in tests).
/// </summary>
public static class RequestIds
{
    /// <summary>A new id with <paramref name="prefix"/>, e.g. <c>req_019ad7f3c2a170008a4be310c2a14f9c</c>.</summary>
    public static string New(string prefix) => New(prefix, DateTimeOffset.UtcNow);

    /// <summary>A new id with <paramref name="prefix"/> for the time <paramref name="now"/>.</summary>
    public static string New(string prefix, DateTimeOffset now) =>
        string.Create(prefix.Length + 32, (prefix, Guid.CreateVersion7(now)), static (span, state) =>
        {
            state.prefix.CopyTo(span);
            state.Item2.TryFormat(span[state.prefix.Length..], out _, "N"); // "N": 32 hex digits, lower case, time first
        });
}
