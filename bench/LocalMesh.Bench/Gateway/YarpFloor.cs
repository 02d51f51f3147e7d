using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Bench.Gateway;

/// <summary>
/// The floor of any gateway on this machine: YARP's direct forwarder passing every request to the upstream
/// untouched (no parsing, no routing decision, no ledger). What it costs is the price of one more HTTP hop.
/// </summary>
internal sealed class YarpFloor : IAsyncDisposable
{
    private readonly WebApplication _app;

    private YarpFloor(WebApplication app, string baseUrl) => (_app, BaseUrl) = (app, baseUrl);

    /// <summary>The OpenAI base URL, <c>http://127.0.0.1:PORT/v1</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Starts a forwarder to <paramref name="upstreamBaseUrl"/> on a free loopback port.</summary>
    public static async Task<YarpFloor> StartAsync(string upstreamBaseUrl)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddHttpForwarder();
        var app = builder.Build();
        app.MapForwarder("/{**path}", new Uri(upstreamBaseUrl).GetLeftPart(UriPartial.Authority));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new YarpFloor(app, address + "/v1");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
