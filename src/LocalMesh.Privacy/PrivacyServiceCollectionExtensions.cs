using LocalMesh.Backends;
using LocalMesh.Configuration;
using LocalMesh.Privacy.Detection;
using LocalMesh.Privacy.Domains;
using LocalMesh.Privacy.Redaction;
using LocalMesh.Privacy.Tagging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Privacy;

/// <summary>Registers the privacy guard: the scanner and the redaction stage of the redacted tiers.</summary>
public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Adds the privacy guard (call before the node is built).</summary>
    /// <param name="services">The services.</param>
    /// <param name="options">The privacy settings.</param>
    /// <param name="mesh">The node's settings (the keep-local domain must be one of its policy's domains).</param>
    public static IServiceCollection AddLocalMeshPrivacy(this IServiceCollection services, PrivacyOptions options, LocalMeshOptions mesh)
    {
        var errors = new List<string>();
        if (!mesh.Policy.EffectiveDomains().Keys.Contains(options.KeepLocalDomain, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"LocalMesh:Privacy:KeepLocalDomain: '{options.KeepLocalDomain}' is not a policy domain.");
        }

        foreach (var tier in options.RedactTiers.Where(t => !Enum.TryParse<Tier>(t, ignoreCase: true, out _)))
        {
            errors.Add($"LocalMesh:Privacy:RedactTiers: '{tier}' is not a tier (local, edge, remote, cloud).");
        }

        foreach (var (type, action) in options.Entities.Where(e => !EntityActions.TryParse(e.Value, out _)))
        {
            errors.Add($"LocalMesh:Privacy:Entities:{type}: '{action}' is not an action (redact, allow, block, keep-local).");
        }

        var terms = new List<string>(options.DeclaredSecrets);
        if (options.DeclaredSecretsFile is { } file)
        {
            if (File.Exists(file))
            {
                terms.AddRange(File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')));
            }
            else
            {
                errors.Add($"LocalMesh:Privacy:DeclaredSecretsFile: '{file}' does not exist.");
            }
        }

        var domains = mesh.Policy.EffectiveDomains();
        foreach (var domain in options.DomainExamples.Keys.Where(d => !domains.ContainsKey(d)))
        {
            errors.Add($"LocalMesh:Privacy:DomainExamples:{domain}: '{domain}' is not a policy domain (known: {string.Join(", ", domains.Keys)}).");
        }

        foreach (var (domain, action) in options.Domains)
        {
            if (!domains.ContainsKey(domain))
            {
                errors.Add($"LocalMesh:Privacy:Domains:{domain}: '{domain}' is not a policy domain (known: {string.Join(", ", domains.Keys)}).");
            }
            else if (!EntityActions.TryParse(action, out var parsed) || parsed is not (EntityAction.Block or EntityAction.KeepLocal))
            {
                errors.Add($"LocalMesh:Privacy:Domains:{domain}: '{action}' is not a domain action (block, keep-local; where a domain may go otherwise is its policy's Tiers).");
            }
        }

        var regions = PhoneNumbers.PhoneNumberUtil.GetInstance().GetSupportedRegions();
        foreach (var region in options.PhoneRegions.Where(r => !regions.Contains(r.Trim().ToUpperInvariant())))
        {
            errors.Add($"LocalMesh:Privacy:PhoneRegions: '{region}' is not a region code with phone numbering (e.g. US, GB, DE).");
        }

        if (options.DomainThreshold is < 0 or > 1 || double.IsNaN(options.DomainThreshold))
        {
            errors.Add($"LocalMesh:Privacy:DomainThreshold: {options.DomainThreshold} is not between 0 and 1.");
        }

        services.AddValidatedOptions(options, _ => errors); // reported when the node starts (ValidateOnStart), with the other modules' errors

        var detectors = BuiltInDetectors.With(options.PhoneRegions);
        services.AddSingleton(new DeclaredSecrets(terms, mesh.DataDir));
        if (options.Tagger)
        {
            // Listed last: on the same span a pattern detector's verdict (e.g. IBAN) wins over the tagger's.
            services.AddSingleton(sp => new TaggerDetector(options, mesh.DataDir, sp.GetRequiredService<ILogger<TaggerDetector>>()));
            services.AddHostedService(sp => sp.GetRequiredService<TaggerDetector>());
            services.AddSingleton(sp => new PrivacyScanner([sp.GetRequiredService<DeclaredSecrets>(), .. detectors, sp.GetRequiredService<TaggerDetector>()])
            {
                RequireAnchor = !options.RedactPlacesAndCompaniesAlone,
            });
        }
        else
        {
            services.AddSingleton(sp => new PrivacyScanner([sp.GetRequiredService<DeclaredSecrets>(), .. detectors]));
        }

        services.AddSingleton<IBackendPipelineStage, RedactionStage>();
        services.AddSingleton<Webhooks.IOutboundRedactor, OutboundRedactor>(); // webhooks are redacted like backends of the same tier
        services.AddSingleton(_ => new DomainClassifier(
            domains.Keys,
            options.DomainExamples.SelectMany(d => d.Value.Select(t => new DomainExample(d.Key, t))),
            mesh.DataDir));
        var entityActions = options.Entities.Values.Any(a => EntityActions.TryParse(a, out var x) && x is EntityAction.Block or EntityAction.KeepLocal);
        if (options.Enabled && (options.ClassifyDomains || entityActions))
        {
            services.AddSingleton<Policy.IDomainClassifier>(sp => new ContentClassifier(
                options, sp.GetRequiredService<PrivacyScanner>(), sp.GetRequiredService<DomainClassifier>(), domains.ToDictionary(d => d.Key, d => d.Value.Tiers.Length, StringComparer.OrdinalIgnoreCase)));
        }
        return services;
    }
}
