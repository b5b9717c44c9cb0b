using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialScheduler.Core.Schedules.Time;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web;

/// <summary>
/// A bad image size, repeat rule or end date is refused on its field, saying what to write, whether it comes from a
/// script or the browser, and nothing is stored: no web post, no publication.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BadSizeRepeatOrUntilFacts(Browser browser, SharedWebApp app)
{
    public static TheoryData<string, string, string, string> BadValues => new()
    {
        { "size", "banner", "0 9 * * MON", "size 'banner' is not a card size; use one of: square, " },
        { "repeat", "every monday", "every monday", "repeat 'every monday' is not a cron expression (" },
        { "until", "next spring", "0 9 * * MON", "until 'next spring' is not a time; write local time as \"2027-01-31T23:59\"" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_bad_value_sent_to_the_api_is_refused_on_its_field_and_stores_nothing(string field, string value, string repeat, string message)
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var id = "api-" + field + "-" + Guid.NewGuid().ToString("N")[..8];
        var before = await StoredAsync();

        using var response = await client.PostJsonWithTokenAsync("/api/posts", new
        {
            id, at = ComposeSteps.Field(ComposeSteps.LocalDayAhead(20, 9, 0)), timeZone = "Europe/Brussels",
            accounts = new[] { "outbox" }, locales = new[] { "en" }, card = "reports-2021",
            text = new Dictionary<string, string> { ["en"] = "Ask your MEP." },
            size = field == "size" ? value : "square",
            repeat,
            until = field == "until" ? value : ComposeSteps.Field(ComposeSteps.LocalDayAhead(60, 9, 0)),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
        Assert.StartsWith(message, errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
        Assert.Empty(await PublicationsOfAsync(id));
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_bad_value_sent_from_the_compose_form_is_refused_on_its_field_and_stores_nothing(string field, string value, string repeat, string message)
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var id = "form-" + field + "-" + Guid.NewGuid().ToString("N")[..8];
        var before = await StoredAsync();
        await page.FillPostAsync(id, ComposeSteps.Field(ComposeSteps.LocalDayAhead(20, 9, 0)), ["outbox"], new Dictionary<string, string> { ["en"] = "Ask your MEP." }, card: "reports-2021");
        await page.GetByLabel("Repeat (cron)").FillAsync(repeat);

        // The page offers only known sizes and a date picker; a page left open across an upgrade, or a hand-made
        // request, can still send anything, and the server is what refuses it.
        var size = page.GetByLabel("Image size");
        var until = page.GetByLabel("Until", new() { Exact = true });
        await size.EvaluateAsync("(select, value) => { select.add(new Option(value, value)); select.value = value; }", field == "size" ? value : "square");
        await until.EvaluateAsync("input => input.type = 'text'");
        await until.FillAsync(field == "until" ? value : ComposeSteps.Field(ComposeSteps.LocalDayAhead(60, 9, 0)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule post" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Nothing was saved");
        var errors = alert.Locator("[data-field]");
        await Expect(errors).ToHaveCountAsync(1);
        await Expect(alert.Locator($"[data-field='{field}']")).ToContainTextAsync(message);
        await Expect(page.GetByLabel("Post id")).ToHaveValueAsync(id);
        Assert.Equal(before, await StoredAsync());
        Assert.Empty(await PublicationsOfAsync(id));
    }

    /// <summary>Every web post as stored, to show a refused one changed nothing.</summary>
    private async Task<string> StoredAsync() =>
        JsonSerializer.Serialize(await app.Host.Services.GetRequiredService<IWebPostStore>().ListAsync(TestContext.Current.CancellationToken));

    /// <summary>The ledger's publications of the post, its occurrences included.</summary>
    private async Task<IReadOnlyList<PublicationRecord>> PublicationsOfAsync(string postId)
    {
        var ledger = app.Host.Services.GetRequiredService<IPublicationLedger>();
        var once = await ledger.ListAsync(new PublicationFilter { PostId = postId }, TestContext.Current.CancellationToken);
        var repeating = await ledger.ListAsync(new PublicationFilter { PostIdPrefix = Recurrence.OccurrencePrefix(postId) }, TestContext.Current.CancellationToken);
        return [.. once, .. repeating];
    }
}
