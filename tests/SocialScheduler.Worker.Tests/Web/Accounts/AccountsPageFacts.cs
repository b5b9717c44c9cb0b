using Microsoft.Playwright;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Platforms.Tests.Fakes.Mastodon;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web.Accounts;

/// <summary>The Accounts page in Chromium: connecting through the instance's sign-in, disconnecting, and what is read-only.</summary>
[Collection(WebCollection.Name)]
public sealed class AccountsPageFacts(Browser browser)
{
    [Fact]
    public async Task An_admin_connects_a_Mastodon_account_from_the_page_and_a_disconnect_holds_its_pending_post()
    {
        await using var instance = new MastodonFake("not-the-connected-token");
        await instance.StartAsync();
        await using var host = await WebTestHost.StartAsync();
        var page = await browser.NewPageAsync(host);
        await page.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        await page.GotoAsync("/admin/accounts");
        await Expect(page.Locator("tr[data-account='mastodon']")).ToContainTextAsync("from configuration, read-only");
        await Expect(page.Locator("tr[data-account='mastodon'] button", new() { HasText = "Disconnect" })).ToHaveCountAsync(0);
        var form = page.Locator("form#connect");
        await form.GetByLabel("Name").FillAsync("terre-mastodon");
        await form.GetByLabel("Platform").SelectOptionAsync("Mastodon");
        await form.GetByLabel("Instance or server address").FillAsync(instance.BaseUrl.AbsoluteUri);
        await form.GetByLabel("Partner").FillAsync("terre-des-hommes");
        await form.GetByLabel("Languages").FillAsync("fr, nl");
        await form.GetByRole(AriaRole.Button, new() { Name = "Connect" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "sign in on 127.0.0.1" }).ClickAsync();

        // The browser went to the instance's sign-in and came back.
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("terre-mastodon is connected as @campaign@127.0.0.1");
        var row = page.Locator("tr[data-account='terre-mastodon']");
        await Expect(row.Locator("[data-state]")).ToHaveTextAsync("Connected");
        await Expect(row).ToContainTextAsync("terre-des-hommes");
        await Expect(row).ToContainTextAsync("fr, nl");
        Assert.Contains(instance.Received, r => r.StartsWith("GET /oauth/authorize", StringComparison.Ordinal));
        Assert.DoesNotContain(Assert.Single(instance.Issued).Token, await page.ContentAsync(), StringComparison.Ordinal);

        // A post for tomorrow, then a disconnect: the post waits for a reconnect, nothing is deleted.
        var id = "page-" + Guid.NewGuid().ToString("N")[..8];
        AccountSteps.Schedule(host, id, "terre-mastodon", "Soutenez la proposition.", TimeProvider.System.GetUtcNow().AddDays(1), "fr");
        await row.GetByRole(AriaRole.Button, new() { Name = "Disconnect" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 pending publications wait in Needs attention");
        await Expect(page.Locator("tr[data-account='terre-mastodon'] [data-state]")).ToHaveTextAsync("Needs reconnecting");
        var held = await AccountSteps.WaitForStateAsync(host, id, PublicationState.NeedsAttention);
        Assert.Contains("terre-mastodon was disconnected by admin", held.Message, StringComparison.Ordinal);

        // A denied sign-in says so and leaves the account as it was.
        instance.DenyNext = true;
        await page.Locator("tr[data-account='terre-mastodon']").GetByRole(AriaRole.Button, new() { Name = "Reconnect" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "sign in on 127.0.0.1" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("the authorization was denied on the platform");
        await Expect(page.Locator("tr[data-account='terre-mastodon'] [data-state]")).ToHaveTextAsync("Needs reconnecting");
    }
}
