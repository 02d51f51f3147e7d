using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalMesh.Bench.Gateway;

/// <summary>
/// The floor of any gateway on this machine: YARP's direct forwarder passing every request to the upstream
/// untouched (no parsing, no routing decision, no ledger). What it costs is the price of one more HTTP hop. The
/// benchmark runs it in its own process (<c>LocalMesh.Bench yarp-floor UPSTREAM PORT</c>), as it runs the node.
/// </summary>
internal sealed class YarpFloor : IAsyncDisposable
{
    private readonly WebApplication _app;

    private YarpFloor(WebApplication app, string baseUrl) => (_app, BaseUrl) = (app, baseUrl);

    /// <summary>The OpenAI base URL, <c>http://127.0.0.1:PORT/v1</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Starts a forwarder to <paramref name="upstreamBaseUrl"/> on loopback (port 0: any free port).</summary>
    public static async Task<YarpFloor> StartAsync(string upstreamBaseUrl, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddHttpForwarder();
        var app = builder.Build();
        app.MapForwarder("/{**path}", new Uri(upstreamBaseUrl).GetLeftPart(UriPartial.Authority));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new YarpFloor(app, address + "/v1");
    }

    /// <summary>Starts the forwarder in a child process (this benchmark's executable in <c>yarp-floor</c> mode).</summary>
    public static Task<ChildServer> StartProcessAsync(string upstreamBaseUrl)
    {
        var port = ChildServer.FreePort();
        // The bench itself, in yarp-floor mode: its app host, or `dotnet LocalMesh.Bench.dll` when it was started that way.
        var host = Environment.ProcessPath!;
        string[] self = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [typeof(YarpFloor).Assembly.Location] : [];
        var start = new System.Diagnostics.ProcessStartInfo(host, [.. self, "yarp-floor", upstreamBaseUrl, port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return ChildServer.StartAsync("The YARP forwarder", start, port, readyPath: null, TimeSpan.FromSeconds(30));
    }

    /// <summary>Serves until the process is killed (the child side of <see cref="StartProcessAsync"/>).</summary>
    public static async Task RunAsync(string upstreamBaseUrl, int port)
    {
        await using var floor = await StartAsync(upstreamBaseUrl, port).ConfigureAwait(false);
        await Task.Delay(Timeout.Infinite).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
