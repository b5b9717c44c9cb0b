using System.Net;
using Microsoft.Playwright;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web.Coalition;

[Collection(WebCollection.Name)]
public sealed class PartnerScopedBrowserFacts(Browser browser)
{
    [Fact]
    public async Task A_partner_scoped_comms_user_sees_and_cancels_its_own_partners_publications_only()
    {
        await using var host = await WebTestHost.StartAsync(CoalitionAccounts.Settings());
        var day = ComposeSteps.Field(ComposeSteps.LocalDayAhead(50, 9, 0));
        var shared = "shared-" + Guid.NewGuid().ToString("N")[..8];
        var iwfOnly = "iwf-" + Guid.NewGuid().ToString("N")[..8];
        using (var author = new AppClient(host))
        {
            await author.SignInAsync(await host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
            using var first = await author.PostJsonWithTokenAsync("/api/posts", CoalitionAccounts.Post(shared, day, [CoalitionAccounts.Mce, CoalitionAccounts.Ecpat]));
            using var second = await author.PostJsonWithTokenAsync("/api/posts", CoalitionAccounts.Post(iwfOnly, day, [CoalitionAccounts.Iwf]));
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
            Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        }

        var page = await browser.NewPageAsync(host);
        await page.SignInAsync(await host.CreateUserAsync("Comms", partner: CoalitionAccounts.Mce), WebTestHost.UserPassword);

        // The publications list holds Missing Children Europe's two only, and offers only its accounts.
        await page.GotoAsync("/publications");
        await Expect(page.Locator("tr[data-key]")).ToHaveCountAsync(2);
        await Expect(page.Locator($"tr[data-key='{ComposeSteps.Campaign}/{shared}/mce-fr/fr']")).ToBeVisibleAsync();
        await Expect(page.Locator($"tr[data-key='{ComposeSteps.Campaign}/{shared}/mce-nl/nl']")).ToBeVisibleAsync();
        await Expect(page.Locator("select[name=account] option")).ToHaveTextAsync(["All", "mce-fr", "mce-nl"]);

        // Another partner's post is not theirs to open.
        await page.GotoAsync($"/posts/{ComposeSteps.Campaign}/{iwfOnly}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();

        // The shared post shows their rows; cancelling it cancels theirs and leaves ECPAT's scheduled.
        await page.GotoAsync($"/posts/{ComposeSteps.Campaign}/{shared}");
        await Expect(page.Locator("tr[data-key]")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel pending publications" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Cancelled 2 publications");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        await page.GotoAsync($"/posts/{ComposeSteps.Campaign}/{shared}");
        await Expect(page.Locator($"tr[data-key$='/mce-fr/fr'] .state")).ToHaveTextAsync("Cancelled");
        await Expect(page.Locator($"tr[data-key$='/ecpat-intl/en'] .state")).ToHaveTextAsync("Scheduled");
    }
}
