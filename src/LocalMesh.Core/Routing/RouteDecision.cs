using LocalMesh.Configuration;

namespace LocalMesh.Routing;

/// <summary>Where a request went and why; sent back in the <c>x-localmesh-route</c> header and the body's <c>localmesh</c> field.</summary>
/// <param name="Tier">The tier that answered.</param>
/// <param name="Backend">The backend that answered (<c>specialists</c> for in-process answers).</param>
/// <param name="Model">The model asked of the backend, when known.</param>
/// <param name="Domain">The request's data domain.</param>
/// <param name="Reason">Why this backend: first choice, or what failed before it.</param>
/// <param name="Degraded">True when the answer is a fallback because no better tier was reachable.</param>
public sealed record RouteDecision(Tier Tier, string Backend, string? Model, string Domain, string Reason, bool Degraded)
{
    /// <summary>The header value: <c>tier=edge; backend=ollama; model=llama3.2; domain=general; degraded=false; reason="first choice"</c>.</summary>
    public string ToHeaderValue() =>
        $"tier={Tier.Name()}; backend={Backend}; model={Model ?? "-"}; domain={Domain}; degraded={(Degraded ? "true" : "false")}; reason=\"{HeaderSafe(Reason)}\"";

    /// <summary>The header value of a request that was refused, not routed: <c>tier=none; backend=-; model=-; domain=medical; degraded=false; reason="refused: …"</c>.</summary>
    public static string RefusalHeaderValue(string domain, string? model, string reason) =>
        $"tier=none; backend=-; model={model ?? "-"}; domain={domain}; degraded=false; reason=\"{HeaderSafe(reason)}\"";

    /// <summary>The text with every character a header value cannot carry in quotes (controls, non-ASCII, <c>"</c>) replaced by <c>'</c>.</summary>
    public static string HeaderSafe(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            buffer[i] = c is < ' ' or > '~' or '"' ? '\'' : c;
        }

        return new string(buffer);
    }
}
