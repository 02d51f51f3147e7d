using System.ClientModel;

namespace LocalMesh.Backends;

/// <summary>
/// Tells an upstream's rejection of the request itself (a 4xx such as a bad parameter or an unknown model) from a
/// failure of the upstream. A rejection is returned to the client as is: another backend would reject it too.
/// </summary>
public static class UpstreamRejection
{
    /// <summary>Whether <paramref name="error"/> is a rejection; <paramref name="rejection"/> is then the upstream's error.</summary>
    public static bool Is(Exception? error, out Exception rejection)
    {
        // 408 (timeout), 409 (conflict) and 429 (rate limit) say "not now", not "never": those fail over.
        if (Status(error) is >= 400 and < 500 and not 408 and not 409 and not 429)
        {
            rejection = error!;
            return true;
        }

        rejection = null!;
        return false;
    }

    /// <summary>The HTTP status an upstream answered with, when <paramref name="error"/> is such an answer (from the SDK or a forwarded request).</summary>
    public static int? Status(Exception? error) => error switch
    {
        ClientResultException c => c.Status,
        Forwarding.UpstreamStatusException u => u.Status,
        _ => null,
    };
}
