using LocalMesh.Configuration;
using Microsoft.Extensions.AI;

namespace LocalMesh.Policy;

/// <summary>
/// Finds a request's data domain (header → the key's default → classifiers → the policy default; a classifier may
/// only tighten it, unless <see cref="PolicyConfig.ClassifyUndeclared"/> lets it decide undeclared requests) and the
/// tiers it may reach. Thread-safe.
/// </summary>
public sealed class DomainResolver
{
    private readonly LocalMeshOptions _options;
    private readonly IReadOnlyList<IDomainClassifier> _classifiers;
    private readonly IReadOnlyDictionary<string, IReadOnlySet<Tier>> _tiers;

    /// <summary>Creates the resolver for a validated configuration.</summary>
    public DomainResolver(LocalMeshOptions options, IEnumerable<IDomainClassifier> classifiers)
    {
        _options = options;
        _classifiers = [.. classifiers];
        _tiers = options.Policy.EffectiveDomains().ToDictionary(
            d => d.Key,
            d => (IReadOnlySet<Tier>)d.Value.Tiers.Select(t => TierNames.TryParse(t, out var tier) ? tier : (Tier?)null).OfType<Tier>().ToHashSet(),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The defined domains and their tiers.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<Tier>> Domains => _tiers;

    /// <summary>Resolves the domain of a request.</summary>
    /// <param name="declared">The <c>x-localmesh-domain</c> header, if any.</param>
    /// <param name="keyName">The API key's name, if any.</param>
    /// <param name="key">The API key's settings, if any.</param>
    /// <param name="messages">The conversation, for classifiers.</param>
    /// <param name="cancellationToken">Cancels classification.</param>
    /// <exception cref="UnknownDomainException">The header names an undefined domain.</exception>
    /// <exception cref="PolicyViolationException">The key may not use the domain.</exception>
    public async ValueTask<DomainResolution> ResolveAsync(string? declared, string? keyName, ApiKeyConfig? key, IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        string domain, source;
        if (!string.IsNullOrWhiteSpace(declared))
        {
            domain = declared.Trim();
            source = "header";
            if (!_tiers.ContainsKey(domain))
            {
                throw new UnknownDomainException(domain, _tiers.Keys);
            }
        }
        else if (key?.DefaultDomain is { } keyDefault)
        {
            (domain, source) = (keyDefault, "key");
        }
        else
        {
            (domain, source) = (_options.Policy.DefaultDomain, "default");
        }

        // Undeclared requests may take any classified domain when the policy says so; otherwise only a stricter one.
        var mayLoosen = source == "default" && _options.Policy.ClassifyUndeclared;
        DomainClassification? classification = null;
        foreach (var classifier in _classifiers)
        {
            var classified = await classifier.ExplainAsync(messages, cancellationToken).ConfigureAwait(false);
            if (classified is not null && _tiers.TryGetValue(classified.Domain, out var classifiedTiers) && ((mayLoosen && source == "default") || IsStricter(classifiedTiers, _tiers[domain])))
            {
                (domain, source, classification) = (classified.Domain, "classifier", classified);
            }
        }

        domain = _tiers.Keys.First(k => string.Equals(k, domain, StringComparison.OrdinalIgnoreCase));
        if (key is { Domains.Length: > 0 } && !key.Domains.Contains(domain, StringComparer.OrdinalIgnoreCase))
        {
            throw new PolicyViolationException($"The API key '{keyName}' may not use the data domain '{domain}' (it may use: {string.Join(", ", key.Domains)}).");
        }

        var allowed = _tiers[domain];
        if (key is { Tiers.Length: > 0 })
        {
            var keyTiers = key.Tiers.Select(t => TierNames.TryParse(t, out var tier) ? tier : (Tier?)null).OfType<Tier>();
            allowed = allowed.Intersect(keyTiers).ToHashSet();
        }

        return new DomainResolution(domain, source, allowed, classification);
    }

    /// <summary>
    /// The tiers that data of every one of <paramref name="domains"/> may reach, and the domain that is strictest
    /// (fewest tiers; the later one on a tie). A domain no longer in the policy counts as local only. No domains:
    /// every tier, and a null name.
    /// </summary>
    public (string? Domain, IReadOnlySet<Tier> Tiers) Strictest(IEnumerable<string> domains)
    {
        var tiers = new HashSet<Tier>(Enum.GetValues<Tier>());
        string? name = null;
        foreach (var domain in domains.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var allowed = _tiers.GetValueOrDefault(domain) ?? new HashSet<Tier> { Tier.Local };
            if (name is null || allowed.Count <= tiers.Count || !allowed.IsSupersetOf(tiers))
            {
                name = domain;
            }

            tiers.IntersectWith(allowed);
        }

        return (name, tiers);
    }

    private static bool IsStricter(IReadOnlySet<Tier> candidate, IReadOnlySet<Tier> current) =>
        candidate.IsSubsetOf(current) && candidate.Count < current.Count;
}
