namespace LocalMesh.Configuration;

/// <summary>Data-domain policy: which tiers each kind of data may reach (<c>LocalMesh:Policy</c>).</summary>
public sealed record PolicyConfig
{
    /// <summary>Domain used when a request names none and no classifier decides. By default it cannot reach the cloud.</summary>
    public string DefaultDomain { get; init; } = "unclassified";

    /// <summary>
    /// When true, a request that declares no domain (no <c>x-localmesh-domain</c> header, no key default) takes the
    /// domain a classifier gives it, even one that may reach more tiers than <see cref="DefaultDomain"/> (e.g. text the
    /// privacy guard's classifier is sure is <c>general</c> may then use the cloud, redacted). When false (the default),
    /// classifiers only ever make routing stricter.
    /// </summary>
    public bool ClassifyUndeclared { get; init; }

    /// <summary>Domains by name. Entries given in configuration replace the built-in entry of the same name.</summary>
    public Dictionary<string, DomainPolicy> Domains { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The built-in domains: only <c>general</c> may reach the cloud.</summary>
    public static IReadOnlyDictionary<string, DomainPolicy> BuiltInDomains { get; } = new Dictionary<string, DomainPolicy>(StringComparer.OrdinalIgnoreCase)
    {
        ["general"] = new() { Tiers = ["local", "edge", "cloud"] },
        ["unclassified"] = new() { Tiers = ["local", "edge"] },
        ["medical"] = new() { Tiers = ["local", "edge"] },
        ["finance"] = new() { Tiers = ["local", "edge"] },
        ["hr"] = new() { Tiers = ["local", "edge"] },
        ["legal"] = new() { Tiers = ["local", "edge"] },
        ["secret"] = new() { Tiers = ["local"] },
    };

    /// <summary>The built-in domains overlaid with the configured ones.</summary>
    public IReadOnlyDictionary<string, DomainPolicy> EffectiveDomains()
    {
        var result = new Dictionary<string, DomainPolicy>(BuiltInDomains, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, policy) in Domains)
        {
            result[name] = policy;
        }

        return result;
    }
}

/// <summary>What one data domain may reach.</summary>
public sealed record DomainPolicy
{
    /// <summary>The tiers (<c>local</c>, <c>edge</c>, <c>remote</c>, <c>cloud</c>) requests of this domain may be sent to.</summary>
    public string[] Tiers { get; init; } = [];

    /// <summary>Optional description shown by the CLI.</summary>
    public string? Description { get; init; }
}
