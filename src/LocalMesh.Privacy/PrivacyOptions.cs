namespace LocalMesh.Privacy;

/// <summary>Settings of the privacy guard (configuration section <c>LocalMesh:Privacy</c>).</summary>
public sealed record PrivacyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "LocalMesh:Privacy";

    /// <summary>Whether requests are redacted before they reach the tiers in <see cref="RedactTiers"/> (on by default).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The tiers whose backends only ever see redacted text (default: cloud, and remote: mesh nodes of other sites).</summary>
    public List<string> RedactTiers { get; init; } = ["cloud", "remote"];

    /// <summary>Terms that must never leave: project code names, customer names, internal host names.</summary>
    public List<string> DeclaredSecrets { get; init; } = [];

    /// <summary>A file with more declared secrets, one per line (<c>#</c> starts a comment).</summary>
    public string? DeclaredSecretsFile { get; init; }

    /// <summary>
    /// Regions (ISO 3166 codes such as <c>GB</c>, <c>DE</c>) whose national phone formats (<c>020 7946 0958</c>) are
    /// recognised first. The culture's region and US, GB, DE, FR, AU, CA, NL and IN are always tried; numbers written
    /// with <c>+</c> or <c>00</c> are recognised for every country.
    /// </summary>
    public List<string> PhoneRegions { get; init; } = [];

    /// <summary>
    /// What to do per entity type (e.g. <c>CREDIT_CARD</c>): <c>redact</c> (the default for every type), <c>allow</c>
    /// (sent as is), <c>block</c> (the request is refused with a 403 naming this rule), <c>keep-local</c> (the request
    /// is routed as <see cref="KeepLocalDomain"/>, so it stays on the tiers that domain allows).
    /// </summary>
    public Dictionary<string, string> Entities { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the trained tagger looks for people's names, street addresses, organisations and locations (on by
    /// default; trained on first start in a few seconds, then loaded from <c>{data}/privacy</c>).
    /// </summary>
    public bool Tagger { get; init; } = true;

    /// <summary>
    /// Whether a place, an organisation without a legal form or a place-like address without a street word is redacted
    /// even in a request that holds no personal data (off by default: "the weather in Lisbon" identifies no one, and
    /// redacting it spoils the answer). On for a site whose customers' and suppliers' names are confidential in
    /// themselves; naming them in <see cref="DeclaredSecrets"/> is the narrower way.
    /// </summary>
    public bool RedactPlacesAndCompaniesAlone { get; init; }

    /// <summary>A directory shared by several nodes where the trained tagger is kept, so only the first one trains it.</summary>
    public string? ModelCache { get; init; }

    /// <summary>
    /// Whether the domain classifier reads each request and may route it as <c>medical</c>, <c>finance</c>, <c>hr</c>,
    /// <c>legal</c>, <c>secret</c> (or a domain taught to it) when its content says so (on by default). It only ever makes
    /// routing stricter, unless <c>LocalMesh:Policy:ClassifyUndeclared</c> lets it decide requests that declare no domain.
    /// </summary>
    public bool ClassifyDomains { get; init; } = true;

    /// <summary>How sure the domain classifier must be (0–1) for its verdict to count (default 0.4; with six domains a guess scores about 0.17).</summary>
    public double DomainThreshold { get; init; } = 0.4;

    /// <summary>More examples per domain (e.g. <c>"medical": ["the ward round notes for bed 7"]</c>), on top of the built-in ones.</summary>
    public Dictionary<string, List<string>> DomainExamples { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// What to do when the domain classifier finds a request's content belongs to a domain: <c>block</c> (refused with
    /// a 403 naming this rule) or <c>keep-local</c> (routed as <see cref="KeepLocalDomain"/>). Without an entry the
    /// classified domain's policy tiers apply. Requests that declare their domain get that domain's policy tiers.
    /// </summary>
    public Dictionary<string, string> Domains { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The action for a classified domain, or null when none is configured.</summary>
    public EntityAction? DomainActionFor(string domain) =>
        Domains.TryGetValue(domain, out var action) && EntityActions.TryParse(action, out var parsed) ? parsed : null;

    /// <summary>The data domain of requests holding a <c>keep-local</c> entity (default <c>unclassified</c>: local and edge).</summary>
    public string KeepLocalDomain { get; init; } = "unclassified";

    /// <summary>The action for an entity type.</summary>
    public EntityAction ActionFor(string type) =>
        Entities.TryGetValue(type, out var action) && EntityActions.TryParse(action, out var parsed) ? parsed : EntityAction.Redact;
}

/// <summary>What the privacy guard does with an entity type.</summary>
public enum EntityAction
{
    /// <summary>Replaced by a placeholder before a redacted tier, restored in the answer.</summary>
    Redact,

    /// <summary>Sent as is.</summary>
    Allow,

    /// <summary>The request is refused.</summary>
    Block,

    /// <summary>The request stays on the tiers of <see cref="PrivacyOptions.KeepLocalDomain"/>.</summary>
    KeepLocal,
}

/// <summary>Parses entity actions as written in configuration.</summary>
public static class EntityActions
{
    /// <summary>Parses <c>redact</c>, <c>allow</c>, <c>block</c> or <c>keep-local</c>.</summary>
    public static bool TryParse(string? text, out EntityAction action)
    {
        action = (text ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "redact" => EntityAction.Redact,
            "allow" => EntityAction.Allow,
            "block" => EntityAction.Block,
            "keep-local" or "keeplocal" or "keep_local" => EntityAction.KeepLocal,
            _ => (EntityAction)(-1),
        };
        return Enum.IsDefined(action);
    }
}
