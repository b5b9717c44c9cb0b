using Microsoft.Playwright;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web;

/// <summary>
/// Walks every main page with the campaign's real schedule loaded and one post published from the browser, and
/// photographs each. Set SOCIALSCHEDULER_SCREENSHOTS to a folder (docs/screenshots for the README) to keep them.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ScreenshotTourFacts(Browser browser)
{
    [Fact]
    public async Task Every_main_page_shows_the_campaign_to_an_admin()
    {
        var folder = Environment.GetEnvironmentVariable("SOCIALSCHEDULER_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await using var host = await WebTestHost.StartAsync(new Dictionary<string, string?> { ["Schedules:Path"] = RepoPaths.Schedules });
        var page = await browser.NewPageAsync(host);

        await page.GotoAsync("/login");
        await Shot(page, folder, "sign-in", "Sign in");
        await page.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        await page.FillPostAsync("countdown-reminder", ComposeSteps.BrusselsTimeIn(TimeSpan.FromSeconds(15)), ["outbox", "mastodon"], new Dictionary<string, string>
        {
            ["en"] = "Every two minutes, a child is sexually abused online somewhere in Europe. Ask your MEP to back the EU proposal.",
            ["nl"] = "Elke twee minuten wordt ergens in Europa een kind online seksueel misbruikt. Vraag je Europarlementariër het voorstel te steunen.",
        }, card: "every-two-minutes");
        await page.Locator("input[data-account][value='mastodon']").UncheckAsync();
        await Expect(page.Locator("[data-counters-for=nl] li")).ToHaveTextAsync(["outbox (Outbox): no limit"]);
        await Expect(page.Locator("[data-counters-for=en] li")).ToHaveTextAsync(["outbox (Outbox): no limit"]);
        await Shot(page, folder, "compose", "Compose a post");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule post" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        for (var i = 0; i < 60 && await page.Locator(".state-published").CountAsync() < 2; i++)
        {
            await Task.Delay(1000, TestContext.Current.CancellationToken);
            await page.ReloadAsync();
        }

        await Expect(page.Locator(".state-published")).ToHaveCountAsync(2);
        await Shot(page, folder, "post", "Post countdown-reminder");

        await page.GotoAsync("/calendar?view=month&date=2026-12-01");
        await Shot(page, folder, "calendar-month", "December 2026");
        await page.GotoAsync("/calendar?view=week&date=2026-12-01");
        await Shot(page, folder, "calendar-week", "Week of 30 November 2026");
        await page.GotoAsync("/publications");
        await Shot(page, folder, "publications", "Publications");
        await page.GotoAsync("/");
        await Shot(page, folder, "home", "Welcome, admin");
        await page.GotoAsync("/gallery?card=reports-2021&size=landscape");
        await page.WaitForFunctionAsync("() => Array.from(document.querySelectorAll('.gallery img')).every(i => i.complete && i.naturalWidth > 0)");
        await Shot(page, folder, "gallery", "Card gallery");
        await page.GotoAsync("/admin/publishing");
        await Shot(page, folder, "publishing", "Publishing");
        await page.GotoAsync("/admin/users");
        await Shot(page, folder, "users", "Users");
        await page.GotoAsync("/hangfire/jobs/scheduled");
        await Expect(page.Locator("body")).ToContainTextAsync("SocialScheduler jobs");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "dashboard.png"), FullPage = false });

        var french = await browser.NewPageAsync(host, "fr-FR", Browser.Desktop);
        await french.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword, "Nom d'utilisateur", "Mot de passe", "Se connecter");
        await Shot(french, folder, "home-fr", "Bienvenue, admin");
        await french.GotoAsync("/calendar?view=month&date=2026-12-01");
        await Shot(french, folder, "calendar-month-fr", "Décembre 2026");
        await french.GotoAsync("/publications");
        await Shot(french, folder, "publications-fr", "Publications");

        var phone = await browser.NewPageAsync(host, "en-GB", Browser.Phone);
        await phone.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        await Shot(phone, folder, "home-phone", "Welcome, admin");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await phone.ScreenshotAsync(new() { Path = Path.Combine(folder, "menu-phone.png"), FullPage = false });
        await phone.GotoAsync("/calendar?view=week&date=2026-12-01");
        await Shot(phone, folder, "calendar-phone", "Week of 30 November 2026");
        await phone.GotoAsync("/publications");
        await Shot(phone, folder, "publications-phone", "Publications");
    }

    private static async Task Shot(IPage page, string folder, string name, string heading)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
