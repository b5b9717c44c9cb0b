using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class AdminPublishingFacts(Browser browser, SharedWebApp app)
{
    [Fact]
    public async Task An_admin_pauses_all_publishing_everyone_sees_it_and_resuming_lifts_it()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        await page.GotoAsync("/admin/publishing");
        await page.GetByLabel("Reason").FillAsync("checking the campaign page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pause publishing" }).ClickAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Publishing is paused: all");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("checking the campaign page");
        await page.GotoAsync("/admin/publishing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();

        await Expect(page.GetByText("None: publications go out at their time.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Comms_cannot_pause_publishing_by_page_or_api()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);

        using var page = await client.GetAsync("/admin/publishing");
        using var api = await client.PostJsonWithTokenAsync("/api/publishing/pause", new { scope = "all" });

        Assert.Equal("/denied", page.Headers.Location?.OriginalString.Split('?')[0]);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task The_account_check_shows_each_account_with_its_outcome()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        await page.GotoAsync("/admin/publishing");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check every account now" }).ClickAsync();

        await Expect(page.Locator("tr[data-account=outbox]")).ToContainTextAsync("OK");
        await Expect(page.Locator("tr[data-account=mastodon]")).ToContainTextAsync("Failed");
    }

    [Fact]
    public async Task The_provenance_export_names_text_image_hash_statistic_source_and_author_in_csv_and_json()
    {
        using var client = new AppClient(app.Host);
        var author = await app.Host.CreateUserAsync("Comms");
        await client.SignInAsync(author, WebTestHost.UserPassword);
        var id = "provenance-" + Guid.NewGuid().ToString("N")[..8];
        using var created = await client.PostJsonWithTokenAsync("/api/posts", new
        {
            id, at = ComposeSteps.Field(ComposeSteps.LocalDayAhead(365, 10, 0)), timeZone = "Europe/Brussels", card = "reports-2021",
            accounts = new[] { "outbox" }, locales = new[] { "de" }, text = new Dictionary<string, string> { ["de"] = "Unterstützt den Vorschlag." },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var csv = await client.Http.GetStringAsync("/api/provenance?format=csv", TestContext.Current.CancellationToken);
        var json = await client.Http.GetFromJsonAsync<List<Dictionary<string, object?>>>("/api/provenance?format=json", TestContext.Current.CancellationToken);

        var line = csv.Split("\r\n").Single(l => l.Contains(id, StringComparison.Ordinal));
        Assert.Contains("\"Unterstützt den Vorschlag. #ChildSafetyOnlineNow\"", line);
        Assert.Contains("\"reports-2021\"", line);
        Assert.Matches("\"[0-9a-f]{64}\"", line);
        Assert.Contains($"\"{author}\"", line);
        var row = Assert.Single(json!, r => r["post"]?.ToString() == id);
        Assert.Equal(author, row["author"]?.ToString());
        Assert.False(string.IsNullOrEmpty(row["statisticSource"]?.ToString()));
    }
}
