using Microsoft.Playwright;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class ComposeToPublishedFacts(Browser browser)
{
    [Fact]
    public async Task A_post_composed_in_two_locales_shows_in_the_calendar_is_approved_by_someone_else_and_reaches_the_outbox()
    {
        await using var host = await WebTestHost.StartAsync(new Dictionary<string, string?> { ["Approval:Required"] = "true" });
        var author = await host.CreateUserAsync("Comms");
        var approver = await host.CreateUserAsync("Comms");
        var id = "web-" + Guid.NewGuid().ToString("N")[..8];
        var page = await browser.NewPageAsync(host);

        // The author composes and schedules it, with a card, in English and French.
        await page.SignInAsync(author, WebTestHost.UserPassword);
        await page.FillPostAsync(id, ComposeSteps.BrusselsTimeIn(TimeSpan.FromSeconds(25)), ["outbox"], new Dictionary<string, string>
        {
            ["en"] = "In 2021, 85 million pictures and videos of child sexual abuse were reported worldwide.",
            ["fr"] = "En 2021, 85 millions de photos et vidéos d'abus sexuels sur enfants ont été signalées.",
        }, card: "reports-2021");
        await Expect(page.Locator("[data-counters-for=en]")).ToContainTextAsync("outbox (Outbox): no limit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule post" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Saved: 2 publications of {id}");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Approve en" })).ToHaveCountAsync(0);

        // It is in this week's calendar, awaiting approval (not merely scheduled).
        await page.GotoAsync("/calendar?view=week");
        await Expect(page.Locator($"a.entry[data-post='{id}']")).ToContainTextAsync("2 Awaiting approval");

        // Someone else approves each locale.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.SignInAsync(approver, WebTestHost.UserPassword);
        await page.GotoAsync($"/posts/{ComposeSteps.Campaign}/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve en" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved 1 publications");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve fr" }).ClickAsync();
        await Expect(page.Locator("tr[data-key$='/fr'] td").Nth(4)).ToContainTextAsync(approver);

        // At its time it goes out, and the outbox holds what a platform would have received.
        await WaitForStateAsync(page, "Published", TimeSpan.FromSeconds(90));
        await Expect(page.Locator("tr[data-key$='/en'] a", new() { HasText = "View post" })).ToBeVisibleAsync();
        foreach (var locale in new[] { "en", "fr" })
        {
            Assert.True(File.Exists(Path.Combine(host.Outbox, "outbox", $"{id}.{locale}.json")), $"no {locale} post in the outbox");
            Assert.True(new FileInfo(Path.Combine(host.Outbox, "outbox", $"{id}.{locale}.png")).Length > 10_000, $"no {locale} card in the outbox");
        }

        await Expect(page.Locator("table.history")).ToContainTextAsync(approver);
    }

    private static async Task WaitForStateAsync(IPage page, string state, TimeSpan timeout)
    {
        var until = TimeProvider.System.GetUtcNow() + timeout;
        while (await page.Locator("tr[data-key] .state", new() { HasText = state }).CountAsync() < 2)
        {
            Assert.True(TimeProvider.System.GetUtcNow() < until, $"Not {state} after {timeout}: " + await page.Locator("table.grid").First.InnerTextAsync());
            await Task.Delay(1000, TestContext.Current.CancellationToken);
            await page.ReloadAsync();
        }
    }
}
