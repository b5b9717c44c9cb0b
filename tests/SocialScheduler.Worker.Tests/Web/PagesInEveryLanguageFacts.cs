using Microsoft.Playwright;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class PagesInEveryLanguageFacts(Browser browser, CampaignWebApp app) : IClassFixture<CampaignWebApp>
{
    private static readonly string[] Groups = ["Layout", "Nav", "Role", "Login", "Home", "Col", "State", "Calendar", "Publications", "Gallery"];

    public static TheoryData<string, string> Languages => new()
    {
        { "fr-FR", "fr" }, { "it-IT", "it" }, { "es-ES", "es" }, { "de-DE", "de" }, { "nl-BE", "nl" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Sign_in_home_calendar_publications_and_gallery_show_no_English_interface_words(string browserLocale, string language)
    {
        var page = await browser.NewPageAsync(app.Host, browserLocale, Browser.Desktop);
        var english = PageText.EnglishWords(language, Groups);
        var translated = UiTextFiles.Read(language);
        var found = new List<string>();

        await page.GotoAsync("/login");
        await Check("/login");
        await page.SignInInAnyLanguageAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        await Expect(page.GetByRole(AriaRole.Navigation).First.GetByRole(AriaRole.Link, new() { Name = translated["Nav.Calendar"].Value })).ToBeVisibleAsync();
        foreach (var path in new[] { "/", "/calendar?view=month&date=" + app.PostDay, "/calendar?view=week&date=" + app.PostDay, "/publications", "/gallery?size=landscape" })
        {
            await page.GotoAsync(path);
            await Check(path);
        }

        Assert.Empty(found);

        async Task Check(string path)
        {
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            var text = await PageText.ReadAsync(page);
            found.AddRange(english.Where(words => PageText.Contains(text, words)).Select(words => $"{path}: \"{words}\""));
        }
    }

    [Fact]
    public async Task Dates_and_the_month_read_in_the_page_language()
    {
        var page = await browser.NewPageAsync(app.Host, "fr-BE", Browser.Desktop);
        await page.SignInInAnyLanguageAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        await page.GotoAsync("/calendar?view=month&date=2026-12-01");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Décembre 2026");
        await Expect(page.Locator(".dow").First).ToHaveTextAsync("lun.");
    }

    [Fact]
    public async Task A_language_picked_in_the_header_is_kept_over_the_browser_language_after_signing_out()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        await page.GetByLabel("Language").SelectOptionAsync("de");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Willkommen, admin" })).ToBeVisibleAsync();
        await page.GotoAsync("/publications");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Veröffentlichungen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Anmelden" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
    }

    [Fact]
    public async Task Unapproved_publications_read_awaiting_approval_and_are_listed_under_needs_you()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        var needsYou = page.Locator("section.needs-you");
        await Expect(needsYou.GetByRole(AriaRole.Heading, new() { Name = "Needs you" })).ToBeVisibleAsync();
        await Expect(needsYou.Locator("tbody tr").First).ToContainTextAsync("Awaiting approval");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Scheduled");
        await page.GotoAsync("/publications");
        await Expect(page.Locator("table.publications tbody tr[data-key*=ask-your-mep]").First).ToContainTextAsync("Awaiting approval");
        await page.GotoAsync("/calendar?view=week&date=" + app.PostDay);
        await Expect(page.Locator(".calendar .entry[data-post=ask-your-mep]")).ToContainTextAsync("Awaiting approval");
    }
}
