using Microsoft.Playwright;
using SocialScheduler.Testing;

namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>
/// One headless Chromium for the whole test run: Debian's, never a downloaded one. Each test opens its own
/// context, so cookies never leak from one test to another.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public static ViewportSize Desktop => new() { Width = 1280, Height = 800 };

    /// <summary>A 390 × 844 phone (CSS pixels).</summary>
    public static ViewportSize Phone => new() { Width = 390, Height = 844 };

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        var executable = Peers.Chromium();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh context (own cookies) and page, pointed at <paramref name="host"/>.</summary>
    public Task<IPage> NewPageAsync(WebTestHost host) => NewPageAsync(host, "en-GB", Desktop);

    /// <summary>
    /// The same with the browser's language (sent as Accept-Language) and the screen of a person's device;
    /// <paramref name="bypassContentSecurityPolicy"/> lets a test inject a checking script such as axe-core.
    /// </summary>
    public async Task<IPage> NewPageAsync(WebTestHost host, string locale, ViewportSize screen, bool bypassContentSecurityPolicy = false)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            ViewportSize = screen,
            IsMobile = screen.Width < 600,
            HasTouch = screen.Width < 600,
            Locale = locale,
            BypassCSP = bypassContentSecurityPolicy,
            TimezoneId = "Europe/Brussels",
        });
        // Generous: a loaded 2-core machine can take many seconds to render a page; a passing step never waits.
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
