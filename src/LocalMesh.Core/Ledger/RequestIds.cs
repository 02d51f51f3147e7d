using System.Buffers.Binary;
using System.Security.Cryptography;

namespace LocalMesh.Ledger;

/// <summary>
/// Ids for requests and jobs that sort by creation time: 48 bits of Unix milliseconds, then 48 random bits, as 24
/// lower-case hex digits after a prefix (<c>req_019ad7f3c2a14f9c2a8be310</c>). The ledger and the intent log key their
/// rows by these ids, so each new row lands at the end of those indexes, beside the rows just before it: a commit of a
/// hundred requests writes a few index pages, not one page per request as random ids did. Two ids made in the same
/// millisecond differ in their random part (2^48 values); the clock going back only costs locality, never uniqueness.
/// </summary>
public static class RequestIds
{
    /// <summary>A new id with <paramref name="prefix"/>, e.g. <c>req_019ad7f3c2a14f9c2a8be310</c>.</summary>
    public static string New(string prefix) => New(prefix, DateTimeOffset.UtcNow);

    /// <summary>A new id with <paramref name="prefix"/> for the time <paramref name="now"/>.</summary>
    public static string New(string prefix, DateTimeOffset now)
    {
        Span<byte> id = stackalloc byte[12];
        BinaryPrimitives.WriteInt64BigEndian(id[..8], now.ToUnixTimeMilliseconds() << 16);
        RandomNumberGenerator.Fill(id[6..]);
        return prefix + Convert.ToHexStringLower(id);
    }
}
