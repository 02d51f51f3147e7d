using Microsoft.Playwright;

namespace LocalMesh.Dashboard.Tests;

/// <summary>The dashboard open in a browser tab on a node, collecting the page's console errors and uncaught exceptions.</summary>
public sealed class DashboardPage : IAsyncDisposable
{
    // The signal-stream and mesh panels probe endpoints this node may not have; Chromium logs each 404 answer as a console
    // error that the page did not cause. Only those are set aside.
    private static readonly string[] OptionalEndpoints = ["/v1/localmesh/signals", "/v1/localmesh/nodes"];

    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    private DashboardPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !(message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal) && OptionalEndpoints.Any(message.Location.Contains)))
            {
                lock (_errors)
                {
                    _errors.Add($"{message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add(error);
            }
        };
        page.Request += (_, request) =>
        {
            lock (_errors)
            {
                Urls.Add(request.Url);
            }
        };
    }

    /// <summary>The tab.</summary>
    public IPage Page { get; }

    /// <summary>Every URL the page requested.</summary>
    public List<string> Urls { get; } = [];

    /// <summary>Console errors and uncaught exceptions so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Opens the dashboard of the node at <paramref name="baseUri"/> in a new browser context (its own session storage).</summary>
    public static async Task<DashboardPage> OpenAsync(IBrowser browser, Uri baseUri, int width = 1280, int height = 900)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUri.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = ColorScheme.Light,
        });
        context.SetDefaultTimeout(60_000); // actions (a click) wait as long as expectations: a hang guard on a loaded machine
        var page = await context.NewPageAsync();
        var dashboard = new DashboardPage(context, page);
        await page.GotoAsync("/");
        return dashboard;
    }

    /// <summary>A locator on the page.</summary>
    public ILocator this[string selector] => Page.Locator(selector);

    /// <summary>Signs in through the page's form.</summary>
    public async Task SignInAsync(string key)
    {
        await Assertions.Expect(this["#login"]).ToBeVisibleAsync();
        await this["#login-key"].FillAsync(key);
        await this["#login-form button[type=submit]"].ClickAsync();
    }

    /// <summary>Saves a screenshot of the element <paramref name="selector"/> (or what the window shows) as <c>NAME.png</c> under <see cref="Chromium.ScreenshotDir"/>.</summary>
    public async Task ScreenshotAsync(string name, string? selector = null)
    {
        var path = Path.Combine(Chromium.ScreenshotDir, name + ".png");
        if (selector is null)
        {
            await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
        }
        else
        {
            await this[selector].ScreenshotAsync(new LocatorScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
