using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class ComposeRulesFacts(Browser browser, SharedWebApp app)
{
    [Fact]
    public async Task A_viewer_has_no_compose_link_is_refused_the_page_and_the_api()
    {
        var viewer = await app.Host.CreateUserAsync("Viewer");
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(viewer, WebTestHost.UserPassword);
        using var client = new AppClient(app.Host);
        await client.SignInAsync(viewer, WebTestHost.UserPassword);

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Compose" })).ToHaveCountAsync(0);
        await page.GotoAsync("/compose");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
        using var api = await PostWithTokenAsync(client, "/api/posts", new { id = "by-a-viewer", at = ComposeSteps.Field(ComposeSteps.LocalDayAhead(365, 9, 0)), timeZone = "Europe/Brussels", accounts = new[] { "outbox" }, locales = new[] { "en" }, text = new Dictionary<string, string> { ["en"] = "Hello" } });

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Empty(await PublicationsOfAsync("by-a-viewer"));
    }

    [Fact]
    public async Task Text_over_a_platform_limit_a_past_time_and_an_unknown_zone_are_each_explained_and_nothing_is_saved()
    {
        var comms = await app.Host.CreateUserAsync("Comms");
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(comms, WebTestHost.UserPassword);
        var id = "bad-" + Guid.NewGuid().ToString("N")[..8];

        await page.FillPostAsync(id, "2020-01-01T09:00", ["mastodon"], new Dictionary<string, string> { ["en"] = new string('a', 520) });
        await Expect(page.Locator("[data-counters-for=en] .over")).ToHaveTextAsync("mastodon (Mastodon): 542/500 characters");
        await page.GetByLabel("Time zone").FillAsync("Europe/Atlantis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule post" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Nothing was saved");
        await Expect(alert).ToContainTextAsync("'Europe/Atlantis' is not an IANA time zone");
        await Expect(page.Locator("[data-field='text.en']")).ToContainTextAsync("500");
        await Expect(page.GetByLabel("Text (en)")).ToHaveValueAsync(new string('a', 520));
        Assert.Empty(await PublicationsOfAsync(id));

        await page.GetByLabel("Time zone").FillAsync("Europe/Brussels");
        await page.GetByLabel("Text (en)").FillAsync("Short enough.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule post" }).ClickAsync();
        await Expect(page.Locator("[data-field='at']")).ToBeVisibleAsync();
        Assert.Empty(await PublicationsOfAsync(id));
    }

    [Fact]
    public async Task A_post_from_the_browser_is_rescheduled_from_its_page()
    {
        var comms = await app.Host.CreateUserAsync("Comms");
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(comms, WebTestHost.UserPassword);
        var id = "move-" + Guid.NewGuid().ToString("N")[..8];
        var moved = ComposeSteps.LocalDayAhead(366, 18, 45);
        await page.FillPostAsync(id, ComposeSteps.Field(ComposeSteps.LocalDayAhead(365, 9, 15)), ["outbox"], new Dictionary<string, string> { ["es"] = "Apoya la propuesta." });
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule post" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit or reschedule" }).ClickAsync();
        await Expect(page.GetByLabel("Post id")).ToHaveValueAsync(id);
        await Expect(page.GetByLabel("Text (es)")).ToHaveValueAsync("Apoya la propuesta. #ChildSafetyOnlineNow");
        await page.GetByLabel("Local time").FillAsync(ComposeSteps.Field(moved));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(page.Locator("dl.facts")).ToContainTextAsync(moved.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " Europe/Brussels");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync($"in the browser by {comms}");
    }

    [Fact]
    public async Task The_api_answers_a_bad_post_with_a_problem_listing_each_field()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);

        using var response = await PostWithTokenAsync(client, "/api/posts", new { id = "api-bad", at = "not a time", timeZone = "Mars/Olympus", accounts = new[] { "nobody" }, locales = new[] { "en" }, text = new Dictionary<string, string> { ["en"] = "Hi" } });
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"timeZone\"", body);
        Assert.Contains("\"accounts", body);
        Assert.Empty(await PublicationsOfAsync("api-bad"));
    }

    [Fact]
    public async Task Ids_are_checked_by_the_same_rule_as_files_against_file_posts_and_web_posts()
    {
        await using var host = await WebTestHost.StartAsync(new Dictionary<string, string?> { ["Schedules:Path"] = SocialScheduler.Testing.RepoPaths.Schedules });
        using var client = new AppClient(host);
        await client.SignInAsync(await host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var at = ComposeSteps.Field(ComposeSteps.LocalDayAhead(30, 9, 0));
        object Post(string id) => new { id, at, timeZone = "Europe/Brussels", accounts = new[] { "outbox" }, locales = new[] { "en" }, text = new Dictionary<string, string> { ["en"] = "Support the proposal." } };

        using var overFile = await PostWithTokenAsync(client, "/api/posts", Post("reports-2021"));
        using var first = await PostWithTokenAsync(client, "/api/posts", Post("web-twice"));
        using var second = await PostWithTokenAsync(client, "/api/posts", Post("web-twice"));
        using var editFile = await client.SendWithTokenAsync(HttpMethod.Put, "/api/posts/hosted-europe", Post("hosted-europe"));

        Assert.Equal(HttpStatusCode.BadRequest, overFile.StatusCode);
        Assert.Contains("id 'reports-2021' is already used by a post from", await overFile.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("already used by a post written in the browser", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.BadRequest, editFile.StatusCode);
        var records = await host.Services.GetRequiredService<IPublicationLedger>().ListAsync(new PublicationFilter { PostId = "reports-2021" }, TestContext.Current.CancellationToken);
        Assert.All(records, r => Assert.NotEqual("web", r.Origin));
    }

    [Fact]
    public async Task A_repeating_post_with_an_image_size_keeps_both_when_it_is_edited_in_the_browser()
    {
        var comms = await app.Host.CreateUserAsync("Comms");
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(comms, WebTestHost.UserPassword);
        var id = "weekly-" + Guid.NewGuid().ToString("N")[..8];
        await page.FillPostAsync(id, ComposeSteps.Field(ComposeSteps.LocalDayAhead(10, 9, 0)), ["outbox"], new Dictionary<string, string> { ["en"] = "Ask your MEP." }, card: "reports-2021");
        await page.GetByLabel("Image size").SelectOptionAsync("square");
        await page.GetByLabel("Repeat (cron)").FillAsync("0 9 * * MON");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule post" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit or reschedule" }).ClickAsync();
        await Expect(page.GetByLabel("Image size")).ToHaveValueAsync("square");
        await Expect(page.GetByLabel("Repeat (cron)")).ToHaveValueAsync("0 9 * * MON");
        await page.GetByLabel("Text (en)").FillAsync("Ask your MEP today.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator("dl.facts")).ToBeVisibleAsync();

        var stored = (await app.Host.Services.GetRequiredService<IWebPostStore>().ListAsync(TestContext.Current.CancellationToken)).Single(p => p.Id == id);
        Assert.Equal(("square", "0 9 * * MON", "Ask your MEP today. #ChildSafetyOnlineNow"), (stored.Size, stored.Repeat, stored.Text["en"]));
        Assert.NotNull(stored.AltText);
    }

    private async Task<IReadOnlyList<PublicationRecord>> PublicationsOfAsync(string postId) =>
        await app.Host.Services.GetRequiredService<IPublicationLedger>()
            .ListAsync(new PublicationFilter { PostId = postId }, TestContext.Current.CancellationToken);

    private static async Task<HttpResponseMessage> PostWithTokenAsync(AppClient client, string path, object body)
    {
        using var tokenResponse = await client.GetAsync("/api/antiforgery");
        var token = await tokenResponse.Content.ReadFromJsonAsync<Dictionary<string, string>>(TestContext.Current.CancellationToken);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Add(token["headerName"], token["token"]);
        }

        return await client.SendAsync(request);
    }
}
