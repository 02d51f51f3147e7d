namespace LocalMesh.Configuration;

/// <summary>One client API key (<c>LocalMesh:Keys:{name}</c>). Only the hash is stored: <c>localmesh keys hash</c> makes it.</summary>
public sealed record ApiKeyConfig
{
    /// <summary><c>sha256:</c> followed by the lowercase hex SHA-256 of the key.</summary>
    public string? Hash { get; init; }

    /// <summary>Domains this key may use; empty = all.</summary>
    public string[] Domains { get; init; } = [];

    /// <summary>Tiers this key may reach; empty = whatever the domain allows.</summary>
    public string[] Tiers { get; init; } = [];

    /// <summary>Domain for this key's requests that name none.</summary>
    public string? DefaultDomain { get; init; }

    /// <summary>Whether the key may call management endpoints (audit, backends, all jobs).</summary>
    public bool Admin { get; init; }

    /// <summary>Requests per minute for this key; 0 = the node's default.</summary>
    public int RequestsPerMinute { get; init; }

    /// <summary>Roles this key has; a knowledge-base collection's access list can name them instead of keys.</summary>
    public string[] Roles { get; init; } = [];

    /// <summary>Whether this key may see data of <paramref name="domain"/> (knowledge-base collections, for one): admins and keys without a domain list see all.</summary>
    public bool MaySee(string domain) => Admin || Domains.Length == 0 || Domains.Contains(domain, StringComparer.OrdinalIgnoreCase);
}
