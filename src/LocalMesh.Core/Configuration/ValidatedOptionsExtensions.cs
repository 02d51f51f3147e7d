using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LocalMesh.Configuration;

/// <summary>
/// Registers a settings object bound from configuration through the options pattern, checked with
/// <see cref="IValidateOptions{TOptions}"/> and <see cref="OptionsBuilderExtensions.ValidateOnStart{TOptions}"/>: a node
/// with a bad setting stops when it starts, before it serves anything, with one line per bad key.
/// </summary>
public static class ValidatedOptionsExtensions
{
    /// <summary>Registers <paramref name="value"/> as the <typeparamref name="T"/> options, validated at start by <paramref name="validate"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="value">The settings as bound from configuration.</param>
    /// <param name="validate">Every error, each naming its configuration key (e.g. <c>LocalMesh:Limits:MaxRequestBodyBytes</c>); empty when valid.</param>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, T value, Func<T, IReadOnlyList<string>> validate)
        where T : class
    {
        services.AddSingleton(value);
        services.AddSingleton<IValidateOptions<T>>(new ListValidation<T>(validate));
        services.AddSingleton<IOptionsFactory<T>>(sp => new BoundOptionsFactory<T>(value, sp.GetServices<IValidateOptions<T>>()));
        return services.AddOptions<T>().ValidateOnStart();
    }

    /// <summary>Every error of a failed start's option validation, or null when <paramref name="error"/> is not one.</summary>
    public static IReadOnlyList<string>? Failures(Exception error) => error switch
    {
        OptionsValidationException options => [.. options.Failures],
        AggregateException all when all.InnerExceptions.All(e => e is OptionsValidationException) => [.. all.InnerExceptions.SelectMany(e => ((OptionsValidationException)e).Failures)],
        _ => null,
    };

    private sealed class ListValidation<T>(Func<T, IReadOnlyList<string>> validate) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options) => validate(options) is { Count: > 0 } errors ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }

    /// <summary>Serves the bound object (a record with init-only settings, so not built by the default factory) and runs the validators on it.</summary>
    private sealed class BoundOptionsFactory<T>(T value, IEnumerable<IValidateOptions<T>> validators) : IOptionsFactory<T>
        where T : class
    {
        public T Create(string name)
        {
            var failures = validators.Select(v => v.Validate(name, value)).Where(r => r.Failed).SelectMany(r => r.Failures ?? []).ToList();
            return failures.Count > 0 ? throw new OptionsValidationException(name, typeof(T), failures) : value;
        }
    }
}
