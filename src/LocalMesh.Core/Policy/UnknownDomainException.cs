namespace LocalMesh.Policy;

/// <summary>The request names a data domain the policy does not define (HTTP 400).</summary>
public sealed class UnknownDomainException(string domain, IEnumerable<string> known)
    : Exception($"Unknown data domain '{domain}' in x-localmesh-domain (known: {string.Join(", ", known.Order(StringComparer.Ordinal))}).");
