using Microsoft.Playwright;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class PhoneAndAccessibilityFacts(Browser browser, CampaignWebApp app) : IClassFixture<CampaignWebApp>
{
    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public async Task On_a_390_px_phone_no_page_of_the_navigation_scrolls_sideways(string locale)
    {
        var page = await browser.NewPageAsync(app.Host, locale, Browser.Phone);
        await page.SignInInAnyLanguageAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        var wide = new List<string>();

        foreach (var path in await page.NavigationPagesAsync())
        {
            await page.GotoAsync(path);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            var (scroll, inner) = (widths[0], widths[1]);
            if (scroll > inner)
            {
                wide.Add($"{path} is {scroll} px wide on a {inner} px screen");
            }
        }

        Assert.Empty(wide);
    }

    [Fact]
    public async Task On_a_phone_the_menu_button_opens_the_navigation_and_sign_out()
    {
        var page = await browser.NewPageAsync(app.Host, "en-GB", Browser.Phone);
        await page.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        var signOut = page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });
        await Expect(signOut).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Menu" })).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Calendar" })).ToBeVisibleAsync();
        await Expect(signOut).ToBeInViewportAsync();
    }

    [Fact]
    public async Task On_a_phone_the_calendar_is_a_list_of_the_days_with_posts()
    {
        var page = await browser.NewPageAsync(app.Host, "en-GB", Browser.Phone);
        await page.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        await page.GotoAsync("/calendar?view=week&date=" + app.PostDay);

        var days = page.Locator(".calendar .day:visible");
        await Expect(days).ToHaveCountAsync(1);
        await Expect(days.Locator("h2 .long")).ToBeVisibleAsync();
        await Expect(days.Locator("h2 .long")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[A-Z][a-z]+day \d+ [A-Z][a-z]+$"));
        var box = await days.BoundingBoxAsync();
        Assert.True(box!.Width > 300, $"The day is {box.Width} px wide");
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_of_the_keyboard_and_moves_to_the_page_content()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        // A freshly loaded page, so the Tab is not pressed while the sign-in form is still on screen.
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("main")).ToBeFocusedAsync();
    }

    public static TheoryData<string> Screens => new("desktop", "phone");

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Every_page_of_the_navigation_has_no_serious_or_critical_axe_violation(string screen)
    {
        var page = await browser.NewPageAsync(app.Host, "en-GB", screen == "phone" ? Browser.Phone : Browser.Desktop, bypassContentSecurityPolicy: true);
        await page.GotoAsync("/login");
        var violations = (await Axe.SeriousViolationsAsync(page)).Select(v => "/login " + v).ToList();
        await page.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        foreach (var path in await page.NavigationPagesAsync())
        {
            await page.GotoAsync(path);
            violations.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{path} {v}"));
        }

        Assert.Empty(violations);
    }
}
