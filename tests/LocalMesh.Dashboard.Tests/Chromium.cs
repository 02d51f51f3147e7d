using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(LocalMesh.Dashboard.Tests.Chromium))]

namespace LocalMesh.Dashboard.Tests;

/// <summary>
/// One headless Chromium for the test run: Debian's <c>chromium</c> package (./test.sh installs it when missing), driven by
/// Playwright through the driver its NuGet package ships. Playwright never downloads a browser here: it is pointed at
/// the system executable (<c>LOCALMESH_CHROMIUM</c> overrides the path).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];

    private IPlaywright? _playwright;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the tests save screenshots: <c>screenshots/</c> beside the test assembly (<c>LOCALMESH_SCREENSHOTS</c> overrides it).</summary>
    public static string ScreenshotDir { get; } = Environment.GetEnvironmentVariable("LOCALMESH_SCREENSHOTS") is { Length: > 0 } dir
        ? dir
        : Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The Chromium executable.</summary>
    /// <exception cref="InvalidOperationException">None is installed.</exception>
    public static string Executable()
    {
        if (Environment.GetEnvironmentVariable("LOCALMESH_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : throw new InvalidOperationException($"LOCALMESH_CHROMIUM is '{configured}', which does not exist.");
        }

        return Candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("The dashboard tests need Chromium: apt-get install -y chromium (./test.sh installs it), or set LOCALMESH_CHROMIUM.");
    }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotDir);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Executable(), Headless = true });
        Assertions.SetDefaultExpectTimeout(60_000); // a hang guard for DOM waits on a loaded machine, not a performance target
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
