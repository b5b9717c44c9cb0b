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

        Assert.Equal("/denied", page.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, image.StatusCode);
    }
}
