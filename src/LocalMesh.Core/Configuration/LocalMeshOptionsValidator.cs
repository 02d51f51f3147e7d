namespace LocalMesh.Configuration;

/// <summary>
/// Checks a whole configuration and reports every error at once, each naming the object at fault
/// (the way YARP validates routes and clusters). Thread-safe; has no state.
/// </summary>
public static class LocalMeshOptionsValidator
{
    /// <summary>Returns every error found; empty when the configuration is valid.</summary>
    /// <param name="options">The configuration to check.</param>
    /// <param name="environment">Reads environment variables (for <c>ApiKeyEnv</c>); defaults to the process environment.</param>
    public static IReadOnlyList<string> Validate(LocalMeshOptions options, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var errors = new List<string>();
        var domains = options.Policy.EffectiveDomains();

        foreach (var (name, backend) in options.Backends)
        {
            ValidateBackend(name, backend, environment, errors);
        }

        foreach (var (name, domain) in domains)
        {
            ValidateTierList($"LocalMesh:Policy:Domains:{name}:Tiers", domain.Tiers, errors);
        }

        ValidateTierList("LocalMesh:Routing:TierOrder", options.Routing.TierOrder, errors);
        if (string.IsNullOrWhiteSpace(options.Routing.Policy))
        {
            errors.Add("LocalMesh:Routing:Policy must name a routing policy (the built-in one is 'tier-order').");
        }

        if (!domains.ContainsKey(options.Policy.DefaultDomain))
        {
            errors.Add($"LocalMesh:Policy:DefaultDomain: '{options.Policy.DefaultDomain}' is not a defined domain (known: {string.Join(", ", domains.Keys)}).");
        }

        foreach (var (name, key) in options.Keys)
        {
            ValidateKey(name, key, domains, errors);
        }

        ValidateHealth(options.Health, errors);

        if (options.Limits.MaxRequestBodyBytes <= 0)
        {
            errors.Add($"LocalMesh:Limits:MaxRequestBodyBytes must be positive (got {options.Limits.MaxRequestBodyBytes}).");
        }

        if (options.Limits.RequestsPerMinute < 0)
        {
            errors.Add($"LocalMesh:Limits:RequestsPerMinute must be 0 (unlimited) or positive (got {options.Limits.RequestsPerMinute}).");
        }

        if (options.Audit.CommitIntervalSeconds is < 0 or > 10 || double.IsNaN(options.Audit.CommitIntervalSeconds))
        {
            errors.Add($"LocalMesh:Audit:CommitIntervalSeconds must be between 0 and 10 (got {options.Audit.CommitIntervalSeconds}).");
        }

        if (options.Queue.PollSeconds <= 0 || options.Queue.MaxAttempts <= 0)
        {
            errors.Add("LocalMesh:Queue:PollSeconds and LocalMesh:Queue:MaxAttempts must be positive.");
        }

        return errors;
    }

    /// <summary>Throws <see cref="LocalMeshConfigurationException"/> listing every error, if there are any.</summary>
    public static void ThrowIfInvalid(LocalMeshOptions options, Func<string, string?>? environment = null)
    {
        var errors = Validate(options, environment);
        if (errors.Count > 0)
        {
            throw new LocalMeshConfigurationException(errors);
        }
    }

    private static void ValidateBackend(string name, BackendConfig backend, Func<string, string?> environment, List<string> errors)
    {
        var where = $"LocalMesh:Backends:{name}";
        if (name.Contains('/') || string.IsNullOrWhiteSpace(name))
        {
            errors.Add($"{where}: the name must be non-empty and must not contain '/'.");
        }

        if (!BackendTypes.All.Contains(backend.Type, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"{where}:Type: '{backend.Type}' is not supported (use one of: {string.Join(", ", BackendTypes.All)}).");
        }

        if (string.IsNullOrWhiteSpace(backend.Endpoint))
        {
            errors.Add($"{where}:Endpoint is required (e.g. http://127.0.0.1:11434/v1).");
        }
        else if (!Uri.TryCreate(backend.Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{where}:Endpoint: '{backend.Endpoint}' is not an absolute http(s) URL.");
        }

        if (!string.IsNullOrEmpty(backend.ApiKeyEnv) && string.IsNullOrEmpty(environment(backend.ApiKeyEnv)))
        {
            errors.Add($"{where}:ApiKeyEnv: environment variable '{backend.ApiKeyEnv}' is not set.");
        }

        if (backend.MaxConcurrency <= 0)
        {
            errors.Add($"{where}:MaxConcurrency must be positive (got {backend.MaxConcurrency}).");
        }

        if (backend.TimeoutSeconds <= 0)
        {
            errors.Add($"{where}:TimeoutSeconds must be positive (got {backend.TimeoutSeconds}).");
        }

        if (backend.ContextLength is <= 0)
        {
            errors.Add($"{where}:ContextLength must be positive when set (got {backend.ContextLength}).");
        }

        if (backend.InputCostPerMillion < 0 || backend.OutputCostPerMillion < 0)
        {
            errors.Add($"{where}:InputCostPerMillion and OutputCostPerMillion must not be negative.");
        }

        foreach (var model in backend.Models.Concat(backend.EmbeddingModels))
        {
            if (string.IsNullOrWhiteSpace(model) || model.Equals("auto", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"{where}:Models: model name '{model}' is reserved or empty.");
            }
        }
    }

    private static void ValidateTierList(string where, string[] tiers, List<string> errors)
    {
        foreach (var tier in tiers)
        {
            if (!TierNames.TryParse(tier, out _))
            {
                errors.Add($"{where}: tier '{tier}' is not one of local, edge, remote, cloud.");
            }
        }
    }

    private static void ValidateKey(string name, ApiKeyConfig key, IReadOnlyDictionary<string, DomainPolicy> domains, List<string> errors)
    {
        var where = $"LocalMesh:Keys:{name}";
        if (!ApiKeyHash.IsWellFormed(key.Hash))
        {
            errors.Add($"{where}:Hash must be 'sha256:' followed by 64 hex digits (run 'localmesh keys hash <key>').");
        }

        foreach (var domain in key.Domains.Append(key.DefaultDomain).OfType<string>())
        {
            if (!domains.ContainsKey(domain))
            {
                errors.Add($"{where}:Domains: domain '{domain}' is not defined in LocalMesh:Policy:Domains.");
            }
        }

        ValidateTierList(where + ":Tiers", key.Tiers, errors);
        if (key.RequestsPerMinute < 0)
        {
            errors.Add($"{where}:RequestsPerMinute must not be negative.");
        }
    }

    private static void ValidateHealth(HealthConfig health, List<string> errors)
    {
        if (health.ProbeIntervalSeconds <= 0 || health.ProbeTimeoutSeconds <= 0)
        {
            errors.Add("LocalMesh:Health:ProbeIntervalSeconds and LocalMesh:Health:ProbeTimeoutSeconds must be positive.");
        }

        if (health.FailureRatio is <= 0 or > 1)
        {
            errors.Add($"LocalMesh:Health:FailureRatio must be in (0, 1] (got {health.FailureRatio}).");
        }

        if (health.MinimumThroughput < 2)
        {
            errors.Add($"LocalMesh:Health:MinimumThroughput must be at least 2 (got {health.MinimumThroughput}).");
        }

        if (health.BreakSeconds < 0.5 || health.SamplingSeconds < 0.5)
        {
            errors.Add("LocalMesh:Health:BreakSeconds and LocalMesh:Health:SamplingSeconds must be at least 0.5.");
        }
    }
}
