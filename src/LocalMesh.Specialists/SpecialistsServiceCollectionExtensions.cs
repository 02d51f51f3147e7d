using System.Text.RegularExpressions;
using LocalMesh.Configuration;
using LocalMesh.Specialists.Intents;
using LocalMesh.Local;
using LocalMesh.Specialists.Skills;
using LocalMesh.Webhooks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Specialists;

/// <summary>Registers the local specialists: the intent model, the skills, and the schedule runner.</summary>
public static partial class SpecialistsServiceCollectionExtensions
{
    /// <summary>Adds the intent specialist and the offline skills (call after <c>AddLocalMeshCore</c>).</summary>
    public static IServiceCollection AddLocalMeshSpecialists(this IServiceCollection services, SpecialistsOptions options, string dataDir)
    {
        services.AddValidatedOptions(options, Validate); // checked when the node starts (ValidateOnStart)
        services.TryAddSingleton(TimeProvider.System);
        services.AddLocalMeshWebhooks(); // skills reach their webhooks only through the gate: policy, redaction, ledger, retries
        services.AddSingleton(sp => new IntentStore(dataDir, sp.GetRequiredService<ILogger<IntentStore>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new SkillStore(dataDir, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new IntentModelStore(options, sp.GetRequiredService<IntentStore>(), dataDir, sp.GetRequiredService<ILogger<IntentModelStore>>(), sp.GetRequiredService<TimeProvider>(),
            options.UseEncoder ? sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>() : null)); // the in-process encoder, when the node has one
        services.AddHostedService(sp => sp.GetRequiredService<IntentModelStore>());
        services.AddSingleton<ISkill, ScheduleSkill>();
        services.AddSingleton<ISkill, ListsSkill>();
        services.AddSingleton<ISkill, CalculatorSkill>();
        services.AddSingleton<ISkill, ConversionSkill>();
        services.AddSingleton<ISkill, ClockSkill>();
        services.AddSingleton<ISkill, SmartHomeSkill>();
        services.AddSingleton<UserIntentSkill>();
        services.AddSingleton<IntentSpecialist>();
        services.AddSingleton<ILocalSpecialist>(sp => sp.GetRequiredService<IntentSpecialist>());
        services.AddHostedService<ScheduleRunner>();
        return services;
    }

    /// <summary>Every error in the settings, each naming its key; empty when they are valid.</summary>
    public static IReadOnlyList<string> Validate(SpecialistsOptions options)
    {
        var errors = new List<string>();
        const string at = "LocalMesh:Specialists";
        if (options.Threshold is < 0 or > 1)
        {
            errors.Add($"{at}:Threshold must be between 0 and 1 (it is {options.Threshold}).");
        }

        if (options.Networks is < 1 or > 8)
        {
            errors.Add($"{at}:Networks must be between 1 and 8 (it is {options.Networks}).");
        }

        if (options.TimeZone is { Length: > 0 } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            errors.Add($"{at}:TimeZone: '{zone}' is not a time zone known to this machine (use an IANA id such as Europe/Paris).");
        }

        if (options.SmartHomeWebhook is { } hook && !IsHttpUrl(hook))
        {
            errors.Add($"{at}:SmartHomeWebhook must be an http(s) URL (it is '{hook}').");
        }

        if (!TierNames.TryParse(options.SmartHomeWebhookTier, out _))
        {
            errors.Add($"{at}:SmartHomeWebhookTier must be local, edge or cloud (it is '{options.SmartHomeWebhookTier}').");
        }

        foreach (var name in options.NotShared.Where(n => !IntentName().IsMatch(n ?? "")))
        {
            errors.Add($"{at}:NotShared: '{name}' is not an intent name (lower-case letters, digits or underscores).");
        }

        foreach (var (name, intent) in options.Intents)
        {
            errors.AddRange(ValidateIntent(name, intent).Select(e => $"{at}:Intents:{name}: {e}"));
        }

        return errors;
    }

    /// <summary>What is wrong with a user-defined intent (empty when nothing).</summary>
    public static IEnumerable<string> ValidateIntent(string name, UserIntentConfig intent)
    {
        if (!IntentName().IsMatch(name))
        {
            yield return "the name must be 1-64 lower-case letters, digits or underscores";
        }

        if (name == IntentModel.OutOfScope)
        {
            yield return "'oos' is reserved for out-of-scope";
        }

        var examples = intent.Examples.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct().Count();
        if (examples < 3)
        {
            yield return $"needs at least 3 different example phrases (it has {examples})";
        }

        if (intent.Examples.Any(e => e.Length > IntentSpecialist.MaxCommandLength))
        {
            yield return $"example phrases must be at most {IntentSpecialist.MaxCommandLength} characters";
        }

        if (string.IsNullOrWhiteSpace(intent.Response) && string.IsNullOrWhiteSpace(intent.Webhook))
        {
            yield return "needs a Response template or a Webhook";
        }

        if (intent.Webhook is { } hook && !IsHttpUrl(hook))
        {
            yield return $"Webhook must be an http(s) URL (it is '{hook}')";
        }

        if (!TierNames.TryParse(intent.WebhookTier, out _))
        {
            yield return $"WebhookTier must be local, edge or cloud (it is '{intent.WebhookTier}')";
        }
    }

    private static bool IsHttpUrl(string s) => Uri.TryCreate(s, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    [GeneratedRegex("^[a-z0-9_]{1,64}$")]
    private static partial Regex IntentName();
}
