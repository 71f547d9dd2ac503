using Microsoft.Playwright;

namespace Partners.Tests.Infrastructure.Browser;

/// <summary>
/// Debian's headless Chromium (<c>/usr/bin/chromium</c>, installed by <c>tools/install-system-packages.sh</c>) driven
/// by Playwright: no browser is downloaded, and each page gets a fresh profile. One browser for the whole run, shared
/// by the tests of the <see cref="ChromiumCollection"/>: <c>[Collection(ChromiumCollection.Name)]</c>.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: run tools/install-system-packages.sh (Debian package chromium).");
        playwright = await Playwright.CreateAsync();
        // Playwright gives every launch a fresh temporary --user-data-dir of its own.
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Flags });
    }

    /// <summary>
    /// A page in a fresh context (no cookies, no storage) that may reach only <paramref name="origin"/>: any other
    /// request is aborted and listed in <see cref="BrowserPage.Elsewhere"/>, so a test sees what would have gone to the
    /// internet.
    /// </summary>
    public async Task<BrowserPage> NewPageAsync(Uri origin, string locale = "fr-BE")
    {
        var context = await browser!.NewContextAsync(new() { Locale = locale });
        var page = new BrowserPage(context, await context.NewPageAsync());
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "data" or "blob" || (url.Host == origin.Host && url.Port == origin.Port))
            {
                await route.ContinueAsync();
                return;
            }

            page.Elsewhere.Add(route.Request.Url);
            await route.AbortAsync();
        });
        page.Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                page.ConsoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.Page.PageError += (_, error) => page.ConsoleErrors.Add(error);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

/// <summary>One page of a fresh browser context, with what it tried to reach elsewhere and the errors it logged.</summary>
public sealed class BrowserPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> Elsewhere { get; } = [];

    public List<string> ConsoleErrors { get; } = [];

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<Chromium>
{
    public const string Name = "Chromium";
}
