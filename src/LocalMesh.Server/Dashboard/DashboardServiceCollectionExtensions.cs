using LocalMesh.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Server.Dashboard;

/// <summary>Registers the dashboard's settings and its live request feed.</summary>
public static class DashboardServiceCollectionExtensions
{
    /// <summary>Adds the dashboard, reading <see cref="DashboardOptions.SectionName"/> from <paramref name="configuration"/>.</summary>
    /// <exception cref="LocalMeshConfigurationException">The section has errors (all are listed).</exception>
    public static IServiceCollection AddLocalMeshDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DashboardOptions.SectionName).Get<DashboardOptions>() ?? new DashboardOptions();
        if (options.Validate().ToList() is { Count: > 0 } errors)
        {
            throw new LocalMeshConfigurationException(errors);
        }

        services.AddSingleton(options);
        services.AddSingleton<RequestFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<RequestFeed>());
        return services;
    }
}
