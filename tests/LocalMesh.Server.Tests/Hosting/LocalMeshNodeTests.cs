using LocalMesh.Configuration;
using LocalMesh.Server.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalMesh.Server.Tests.Hosting;

public sealed class LocalMeshNodeTests
{
    [Fact]
    public async Task No_configuration_file_is_watched_for_changes()
    {
        // The node reads its configuration once. A file source that reloads on change makes the host watch the working
        // directory and everything below it (the node's own database under ./data included) for as long as it runs.
        await using var node = LocalMeshNode.Build(new LocalMeshNodeSettings { Urls = "http://127.0.0.1:0", DataDir = Testing.TempDirectories.Create("localmesh-host-") });

        var fileSources = ((IConfigurationRoot)node.Configuration).Providers.OfType<FileConfigurationProvider>().Select(p => p.Source).ToArray();

        Assert.Contains(fileSources, s => s.Path == "appsettings.json"); // the host's default source is there …
        Assert.All(fileSources, s => Assert.False(s.ReloadOnChange, $"{s.Path} is watched for changes")); // … and none watches
    }

    [Fact]
    public async Task HostingDiagnostics_AreOff_SoARequestStartsNoActivity_WithoutATracingListener()
    {
        // ASP.NET Core starts an Activity per request when its hosting category would log at Critical; the node turns that
        // category off (it logs only request start/finish, at Information), and keeps its own categories and errors.
        await using var node = LocalMeshNode.Build(new LocalMeshNodeSettings { Urls = "http://127.0.0.1:0", DataDir = Testing.TempDirectories.Create("localmesh-host-") });
        var loggers = node.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>();

        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Critical));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Warning));
        Assert.True(loggers.CreateLogger("LocalMesh.Routing").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Warning));
    }

    [Fact]
    public async Task BadSettings_StopTheNodeAtStart_WithOneLinePerKey_NamingItsEnvironmentForm()
    {
        // Core and module settings are validated together when the node starts (ValidateOnStart), before it listens.
        var error = await Assert.ThrowsAsync<LocalMeshConfigurationException>(() => TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["Limits:MaxRequestBodyBytes"] = "-5",
            ["Privacy:DomainThreshold"] = "3",
        }));

        var lines = error.Message.Split(Environment.NewLine);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("Invalid configuration: LocalMesh:Limits:MaxRequestBodyBytes must be positive (got -5).", StringComparison.Ordinal)
            && l.EndsWith("[env: LocalMesh__Limits__MaxRequestBodyBytes]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("LocalMesh:Privacy:DomainThreshold", StringComparison.Ordinal) && l.EndsWith("[env: LocalMesh__Privacy__DomainThreshold]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASettingOfTheWrongType_IsAConfigurationError_NamingItsKey()
    {
        var error = await Assert.ThrowsAsync<LocalMeshConfigurationException>(() => TestNode.StartAsync(new Dictionary<string, string?> { ["Limits:MaxRequestBodyBytes"] = "lots" }));

        Assert.Contains("'LocalMesh:Limits:MaxRequestBodyBytes'", Assert.Single(error.Errors), StringComparison.Ordinal);
    }
}
