using System.ClientModel;

namespace LocalMesh.Backends;

/// <summary>
/// Tells an upstream's rejection of the request itself (a 4xx such as a bad parameter or an unknown model) from a
/// failure of the upstream. A rejection is returned to the client as is: another backend would reject it too.
/// </summary>
public static class UpstreamRejection
{
    /// <summary>Whether <paramref name="error"/> is a rejection; <paramref name="rejection"/> is then the upstream's error.</summary>
    public static bool Is(Exception? error, out ClientResultException rejection)
    {
        // 408 (timeout), 409 (conflict) and 429 (rate limit) say "not now", not "never": those fail over.
        if (error is ClientResultException { Status: >= 400 and < 500 and not 408 and not 409 and not 429 } c)
        {
            rejection = c;
            return true;
        }

        rejection = null!;
        return false;
    }
}
