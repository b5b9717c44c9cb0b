using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Time;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing.Commands;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web;

/// <summary>A repeating post is published per occurrence; acting on the post acts on its occurrences.</summary>
[Collection(WebCollection.Name)]
public sealed class RepeatingPostFacts(Browser browser, SharedWebApp app)
{
    [Fact]
    public async Task Cancelling_a_repeating_post_on_its_page_ends_the_series_one_occurrence_can_be_cancelled_or_retried_alone_and_the_series_resumed()
    {
        var comms = await app.Host.CreateUserAsync("Comms");
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(comms, WebTestHost.UserPassword);
        var id = "hourly-" + Guid.NewGuid().ToString("N")[..8];
        await page.FillPostAsync(id, ComposeSteps.BrusselsTimeIn(TimeSpan.FromHours(2)), ["outbox"], new Dictionary<string, string> { ["en"] = "Ask your MEP." });
        await page.GetByLabel("Repeat (cron)").FillAsync("0 * * * *");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule post" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        await page.GotoAsync($"/posts/{ComposeSteps.Campaign}/{id}");
        var occurrences = await OccurrencesAsync(app.Host, id);
        Assert.True(occurrences.Count >= 2, $"expected several hourly occurrences in the ledger, found {occurrences.Count}");
        Assert.All(occurrences, o => Assert.Equal(PublicationState.Scheduled, o.State));

        // One occurrence is cancelled from its row; the others still go out.
        var first = occurrences[0].Key;
        await page.Locator($"tr[data-key='{first}']").GetByRole(AriaRole.Button, new() { Name = "Cancel this occurrence" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Cancelled 1 of 1 publications");
        var afterOne = await OccurrencesAsync(app.Host, id);
        Assert.Equal(PublicationState.Cancelled, afterOne.Single(o => o.Key == first).State);
        Assert.All(afterOne.Where(o => o.Key != first), o => Assert.Equal(PublicationState.Scheduled, o.State));

        // Cancelling the post ends the series: every occurrence still pending, and no later one is added.
        await page.GetByLabel("Reason for cancelling").FillAsync("the vote was moved");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel series" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Cancelled {occurrences.Count - 1} of {occurrences.Count} publications");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The series is cancelled: no later occurrence will be added");
        Assert.All(await OccurrencesAsync(app.Host, id), o => Assert.Equal(PublicationState.Cancelled, o.State));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel series" })).ToHaveCountAsync(0);
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(new Regex("Next due\\s*nothing pending"));
        await Expect(page.Locator("dd.series")).ToContainTextAsync(new Regex($"cancelled by {comms} on .*: the vote was moved; no later occurrence is added"));
        // Saving the post unchanged syncs the ledger again: the cancelled series gets no new occurrence.
        var store = app.Host.Services.GetRequiredService<IWebPostStore>();
        var saved = (await store.ListAsync(TestContext.Current.CancellationToken)).Single(p => p.Id == id);
        await store.SaveAsync(saved, comms, TestContext.Current.CancellationToken);
        Assert.All(await OccurrencesAsync(app.Host, id), o => Assert.Equal(PublicationState.Cancelled, o.State));

        // One occurrence can be sent after all, alone.
        var last = occurrences[^1].Key;
        await page.Locator($"tr[data-key='{last}']").GetByRole(AriaRole.Button, new() { Name = "Retry" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{last} will be sent now");
        var afterRetry = await OccurrencesAsync(app.Host, id);
        Assert.NotEqual(PublicationState.Cancelled, afterRetry.Single(o => o.Key == last).State);
        Assert.All(afterRetry.Where(o => o.Key != last), o => Assert.Equal(PublicationState.Cancelled, o.State));

        // Resuming the series sends what its cancellation stopped; the occurrence cancelled alone stays cancelled.
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume series" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Resumed the series of {ComposeSteps.Campaign}/{id}");
        await Expect(page.Locator("dd.series")).ToContainTextAsync("running");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel series" })).ToHaveCountAsync(1);
        var resumed = await OccurrencesAsync(app.Host, id);
        Assert.Equal(PublicationState.Cancelled, resumed.Single(o => o.Key == first).State);
        Assert.All(resumed.Where(o => o.Key != first && o.Key != last), o => Assert.Equal(PublicationState.Scheduled, o.State));
    }

    [Fact]
    public async Task A_repeating_post_s_page_lists_the_occurrences_to_go_out_first_the_next_at_the_top()
    {
        var comms = await app.Host.CreateUserAsync("Comms");
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(comms, WebTestHost.UserPassword);
        var id = "listed-" + Guid.NewGuid().ToString("N")[..8];
        await page.FillPostAsync(id, ComposeSteps.BrusselsTimeIn(TimeSpan.FromHours(2)), ["outbox"], new Dictionary<string, string> { ["en"] = "Ask your MEP." });
        await page.GetByLabel("Repeat (cron)").FillAsync("0 * * * *");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule post" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        var occurrences = await OccurrencesAsync(app.Host, id);
        Assert.True(occurrences.Count >= 6, $"expected several hourly occurrences in the ledger, found {occurrences.Count}");
        var commands = app.Host.Services.GetRequiredService<IPublishingCommands>();
        foreach (var early in occurrences.Take(3))
        {
            await commands.CancelAsync(ComposeSteps.Campaign, early.Key.PostId, comms, cancellationToken: TestContext.Current.CancellationToken);
        }

        await page.GotoAsync($"/posts/{ComposeSteps.Campaign}/{id}");

        var rows = page.Locator("table.grid:not(.history) tbody tr");
        await Expect(rows).ToHaveCountAsync(occurrences.Count);
        await Expect(rows.First).ToHaveAttributeAsync("data-key", occurrences[3].Key.ToString());
        await Expect(rows.Nth(occurrences.Count - 3)).ToHaveAttributeAsync("data-key", occurrences[2].Key.ToString());
        await Expect(rows.Last).ToHaveAttributeAsync("data-key", occurrences[0].Key.ToString());
        await Expect(page.Locator("p.summary")).ToContainTextAsync($"{occurrences.Count - 3} to go out, 3 done or cancelled");
    }

    [Fact]
    public async Task A_series_longer_than_the_page_lists_the_next_ones_to_go_out_and_says_how_many_there_are()
    {
        // Every minute for nine hours: more occurrences in the ledger than the page lists.
        await using var host = await WebTestHost.StartAsync(new Dictionary<string, string?> { ["Publishing:JobHorizon"] = "09:00:00" });
        using var client = new AppClient(host);
        var comms = await host.CreateUserAsync("Comms");
        await client.SignInAsync(comms, WebTestHost.UserPassword);
        var id = "long-" + Guid.NewGuid().ToString("N")[..8];
        using var created = await client.PostJsonWithTokenAsync("/api/posts", new
        {
            id, at = ComposeSteps.BrusselsTimeIn(TimeSpan.FromMinutes(5))[..16], timeZone = "Europe/Brussels", repeat = "* * * * *",
            accounts = new[] { "outbox" }, locales = new[] { "en" }, text = new Dictionary<string, string> { ["en"] = "Ask your MEP." },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var occurrences = await OccurrencesAsync(host, id);
        Assert.True(occurrences.Count > Pages.Posts.DetailModel.PendingShown, $"expected more than {Pages.Posts.DetailModel.PendingShown} occurrences, found {occurrences.Count}");
        var page = await browser.NewPageAsync(host);
        await page.SignInAsync(comms, WebTestHost.UserPassword);

        await page.GotoAsync($"/posts/{ComposeSteps.Campaign}/{id}");

        var rows = page.Locator("table.grid:not(.history) tbody tr");
        await Expect(rows).ToHaveCountAsync(Pages.Posts.DetailModel.PendingShown);
        await Expect(rows.First).ToHaveAttributeAsync("data-key", occurrences[0].Key.ToString());
        // An occurrence may be added meanwhile as the lookahead moves on, so the total is read, not assumed.
        await Expect(page.Locator("p.summary")).ToContainTextAsync(new Regex($"(\\d+) to go out, 0 done or cancelled\\. Listed: the next {Pages.Posts.DetailModel.PendingShown} to go out"));
        var total = int.Parse(Regex.Match(await page.Locator("p.summary").InnerTextAsync(), "^(\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(total, occurrences.Count, occurrences.Count + 1);
    }

    [Fact]
    public async Task Approving_a_repeating_post_through_the_api_lets_its_next_occurrence_go_out_and_cancelling_it_stops_the_rest()
    {
        await using var host = await WebTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Approval:Required"] = "true",
            // A short lookahead keeps an every-minute post to a few occurrences in the ledger.
            ["Publishing:JobHorizon"] = "00:03:00",
        });
        using var author = new AppClient(host);
        await author.SignInAsync(await host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        using var approver = new AppClient(host);
        await approver.SignInAsync(await host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var id = "minutely-" + Guid.NewGuid().ToString("N")[..8];
        using var created = await author.PostJsonWithTokenAsync("/api/posts", new
        {
            id, at = ComposeSteps.BrusselsTimeIn(TimeSpan.FromSeconds(70))[..16], timeZone = "Europe/Brussels", repeat = "* * * * *",
            accounts = new[] { "outbox" }, locales = new[] { "en" }, text = new Dictionary<string, string> { ["en"] = "Ask your MEP." },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var pending = await OccurrencesAsync(host, id);
        Assert.NotEmpty(pending);
        Assert.All(pending, o => Assert.Null(o.ApprovedBy));

        using var ownApproval = await author.PostJsonWithTokenAsync($"/api/posts/{ComposeSteps.Campaign}/{id}/approve/en", new { });
        using var approved = await approver.PostJsonWithTokenAsync($"/api/posts/{ComposeSteps.Campaign}/{id}/approve/en", new { });

        Assert.Equal(HttpStatusCode.Conflict, ownApproval.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var first = await WaitForPublishedAsync(host, id, TimeSpan.FromSeconds(150));
        Assert.True(File.Exists(Path.Combine(host.Outbox, "outbox", $"{first.PostId}.en.json")), $"{first.PostId} is not in the outbox");

        using var cancelled = await author.PostJsonWithTokenAsync($"/api/posts/{ComposeSteps.Campaign}/{id}/cancel", new { reason = "campaign paused" });

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var after = await OccurrencesAsync(host, id);
        Assert.DoesNotContain(after, o => o.State is PublicationState.Scheduled or PublicationState.Paused);
        Assert.Contains(after, o => o.State == PublicationState.Cancelled);
    }

    private static async Task<PublicationKey> WaitForPublishedAsync(WebTestHost host, string postId, TimeSpan timeout)
    {
        var until = TimeProvider.System.GetUtcNow() + timeout;
        while (true)
        {
            var occurrences = await OccurrencesAsync(host, postId);
            if (occurrences.FirstOrDefault(o => o.State == PublicationState.Published) is { } published)
            {
                return published.Key;
            }

            Assert.True(TimeProvider.System.GetUtcNow() < until,
                $"No occurrence published after {timeout}: " + string.Join(", ", occurrences.Select(o => $"{o.Key.PostId} {o.State} {o.Message}")));
            await Task.Delay(1000, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<IReadOnlyList<PublicationRecord>> OccurrencesAsync(WebTestHost host, string postId) =>
        await host.Services.GetRequiredService<IPublicationLedger>().ListAsync(
            new PublicationFilter { Campaign = ComposeSteps.Campaign, PostIdPrefix = Recurrence.OccurrencePrefix(postId) }, TestContext.Current.CancellationToken);
}
