using System.Net;
using Microsoft.Playwright;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class GalleryFacts(Browser browser, SharedWebApp app)
{
    [Fact]
    public async Task A_designer_sees_every_locale_of_a_statistic_drawn_and_can_download_the_zip()
    {
        var designer = await app.Host.CreateUserAsync("Designer");
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(designer, WebTestHost.UserPassword);

        await page.GotoAsync("/gallery?card=reports-2021&size=square");

        var images = page.Locator(".gallery img");
        await Expect(images).ToHaveCountAsync(6);
        await page.WaitForFunctionAsync("() => Array.from(document.querySelectorAll('.gallery img')).every(i => i.complete && i.naturalWidth === 1080)");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download every image of reports-2021 (zip)" }).ClickAsync());
        Assert.Equal("reports-2021.zip", download.SuggestedFilename);
    }

    [Fact]
    public async Task By_default_a_statistic_is_shown_in_every_locale_and_size_with_the_alt_text_under_each_image()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(await app.Host.CreateUserAsync("Designer"), WebTestHost.UserPassword);

        await page.GotoAsync("/gallery?card=children-online");

        await Expect(page.Locator(".gallery img")).ToHaveCountAsync(30);
        await Expect(page.Locator("h2.gallery-row")).ToHaveTextAsync(["en", "fr", "it", "es", "de", "nl"]);
        Assert.Equal(
            ["de square", "de portrait", "de landscape", "de wide", "de link"],
            await page.Locator(".gallery").Nth(4).Locator("figure").EvaluateAllAsync<string[]>("fs => fs.map(f => f.dataset.locale + ' ' + f.dataset.size)"));
        // Images load lazily: the first row is on screen.
        await page.WaitForFunctionAsync("() => Array.from(document.querySelectorAll('.gallery figure[data-locale=en] img')).map(i => i.complete && i.naturalWidth + 'x' + i.naturalHeight).join() === '1080x1080,1080x1350,1200x675,1600x900,1200x627'");
        var german = page.Locator("figure[data-locale=de][data-size=link] .alt-text");
        await Expect(german).ToBeVisibleAsync();
        await Expect(german).ToContainTextAsync("1 von 5 Nutzenden digitaler Dienste in der EU ist ein Kind.");
    }

    [Fact]
    public async Task A_caption_tried_in_the_gallery_redraws_every_locale_with_it_and_is_not_saved()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(await app.Host.CreateUserAsync("Designer"), WebTestHost.UserPassword);
        await page.GotoAsync("/gallery?card=growth-2020&size=square");
        var before = await page.Locator("figure[data-locale=fr] img").GetAttributeAsync("src");

        await page.GetByLabel("Try another caption (nothing is saved)").FillAsync("Une autre formulation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Expect(page.Locator(".gallery .alt-text")).ToHaveCountAsync(6);
        foreach (var text in await page.Locator(".gallery .alt-text").AllTextContentsAsync())
        {
            Assert.Contains("Une autre formulation", text, StringComparison.Ordinal);
        }

        await page.WaitForFunctionAsync("() => Array.from(document.querySelectorAll('.gallery img')).every(i => i.complete && i.naturalWidth === 1080)");
        Assert.NotEqual(before, await page.Locator("figure[data-locale=fr] img").GetAttributeAsync("src"));
        await page.GotoAsync("/gallery?card=growth-2020&size=square");
        await Expect(page.Locator("figure[data-locale=fr] .alt-text")).Not.ToContainTextAsync("Une autre formulation");
    }

    [Fact]
    public async Task A_designer_sees_one_statistic_as_every_partners_card_at_one_size()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(await app.Host.CreateUserAsync("Designer"), WebTestHost.UserPassword);

        await page.GotoAsync("/gallery?card=growth-2020&size=link&partner=all");

        await Expect(page.Locator(".gallery img")).ToHaveCountAsync(14 * 6);
        await Expect(page.Locator("h2.gallery-row").First).ToHaveTextAsync("5rights");
        await Expect(page.Locator("figure[data-partner='ncmec'] img").First).ToHaveAttributeAsync("src", "/preview/growth-2020/en/link.png?partner=ncmec");
    }

    [Fact]
    public async Task An_unknown_partner_is_named_with_the_ones_that_exist()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(await app.Host.CreateUserAsync("Designer"), WebTestHost.UserPassword);

        var response = await page.GotoAsync("/gallery?card=growth-2020&partner=unicef");

        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("There is no partner 'unicef'");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("missing-children-europe");
    }

    [Fact]
    public async Task An_unknown_statistic_is_named_with_the_ones_that_exist()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(await app.Host.CreateUserAsync("Designer"), WebTestHost.UserPassword);

        var response = await page.GotoAsync("/gallery?card=no-such-card");

        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("'no-such-card'");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("reports-2021");
    }

    [Fact]
    public async Task A_viewer_cannot_open_the_gallery_or_its_images()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(await app.Host.CreateUserAsync("Viewer"), WebTestHost.UserPassword);

        using var page = await client.GetAsync("/gallery");
        using var image = await client.GetAsync("/preview/reports-2021/en/square.png");

        Assert.Equal("/denied", page.Headers.Location?.OriginalString.Split('?')[0]);
        Assert.Equal(HttpStatusCode.Redirect, image.StatusCode);
    }
}
