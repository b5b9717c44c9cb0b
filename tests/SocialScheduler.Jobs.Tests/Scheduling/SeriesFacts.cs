using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Time;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Scheduling;

/// <summary>Cancelling a repeating post ends its series; cancelling one occurrence does not.</summary>
public abstract class SeriesFactsBase : LedgerFacts
{
    private const string Campaign = "child-safety-online-now";

    // 09:00 Brussels every day from Tuesday 1 December 2026 (08:00 UTC); Some.Now is 08:00 UTC that day.
    private static ScheduledPost Daily(string text = "Text #ChildSafetyOnlineNow") =>
        Some.Post("daily-reminder", due: Some.Now, locales: ["en"], text: text) with { Repeat = "0 9 * * *" };

    private static string Day(int day) => Recurrence.OccurrenceId("daily-reminder", Some.Now.AddDays(day));

    /// <summary>Moves the clock to just after the occurrence of <paramref name="day"/>, syncs and runs what is due.</summary>
    private static async Task LiveUntilAsync(LedgerHarness h, int day)
    {
        h.Time.SetUtcNow(Some.Now.AddDays(day).AddSeconds(1));
        await h.SyncAsync();
        await h.RunDueAsync();
    }

    private static async Task<IReadOnlyList<PublicationRecord>> OccurrencesAsync(LedgerHarness h) =>
        await h.Ledger.ListAsync(new PublicationFilter { PostIdPrefix = Recurrence.OccurrencePrefix("daily-reminder") });

    [Fact]
    public async Task Cancelling_a_repeating_post_ends_its_series_so_later_syncs_add_no_occurrence()
    {
        await using var h = await StartAsync();
        h.Source.Set(Daily());
        await h.SyncAsync();

        var result = await h.Commands.CancelAsync(Campaign, "daily-reminder", "alice", "the vote was moved");
        for (var day = 1; day <= 4; day++)
        {
            await LiveUntilAsync(h, day);
        }

        Assert.Empty(h.Publisher.Received);
        Assert.All(await OccurrencesAsync(h), o => Assert.Equal(PublicationState.Cancelled, o.State));
        Assert.Contains("The series is cancelled", result.Message);
        var series = await h.Ledger.SeriesCancellationAsync(Campaign, "daily-reminder");
        Assert.Equal(("alice", "the vote was moved", Some.Now, true), (series!.CancelledBy, series.Reason, series.CancelledAt, series.InForce));
    }

    [Fact]
    public async Task Cancelling_one_occurrence_leaves_the_rest_of_the_series_going_out()
    {
        await using var h = await StartAsync();
        h.Source.Set(Daily());
        await h.SyncAsync();

        var result = await h.Commands.CancelAsync(Campaign, Day(0), "alice");
        for (var day = 0; day <= 2; day++)
        {
            await LiveUntilAsync(h, day);
        }

        Assert.Equal(1, result.Changed);
        Assert.Equal([Day(1), Day(2)], h.Publisher.Received.Select(r => r.PostId));
        Assert.Null(await h.Ledger.SeriesCancellationAsync(Campaign, "daily-reminder"));
    }

    [Fact]
    public async Task Cancelling_one_locale_of_a_repeating_post_says_the_series_goes_on()
    {
        await using var h = await StartAsync();
        h.Source.Set(Daily() with { Locales = ["en", "fr"], Text = new Dictionary<string, string> { ["en"] = "EN", ["fr"] = "FR" } });
        await h.SyncAsync();

        var result = await h.Commands.CancelAsync(Campaign, "daily-reminder", "alice", locale: "fr");
        await LiveUntilAsync(h, 1);

        Assert.Contains("cancel the whole post to end the series", result.Message);
        Assert.Equal([("en", Day(1)), ("fr", Day(1))], h.Publisher.Received.Select(r => (r.Locale, r.PostId)).Order());
    }

    [Fact]
    public async Task A_resumed_series_adds_occurrences_from_the_resumption_on_and_not_the_ones_missed_meanwhile()
    {
        await using var h = await StartAsync();
        h.Source.Set(Daily());
        await h.SyncAsync();
        await h.Commands.CancelAsync(Campaign, "daily-reminder", "alice");
        await LiveUntilAsync(h, 1);

        // One hour after day 2's occurrence: within the missed window, but it was meant to be cancelled then.
        h.Time.SetUtcNow(Some.Now.AddDays(2).AddHours(1));
        var resumed = await h.Commands.ResumeSeriesAsync(Campaign, "daily-reminder", "bob");
        var again = await h.Commands.ResumeSeriesAsync(Campaign, "daily-reminder", "bob");
        await LiveUntilAsync(h, 3);
        await LiveUntilAsync(h, 4);

        Assert.True(resumed.Succeeded, resumed.Message);
        Assert.False(again.Succeeded);
        Assert.Equal([Day(3), Day(4)], h.Publisher.Received.Select(r => r.PostId));
        Assert.Null(await h.RecordAsync(Day(2)));
        Assert.Equal(PublicationState.Cancelled, (await h.RecordAsync(Day(0)))!.State);
        var series = await h.Ledger.SeriesCancellationAsync(Campaign, "daily-reminder");
        Assert.Equal(("alice", "bob", false), (series!.CancelledBy, series.ResumedBy, series.InForce));
    }

    [Fact]
    public async Task Resuming_a_series_sends_the_occurrences_still_ahead_that_its_cancellation_stopped_but_not_one_cancelled_alone()
    {
        await using var h = await StartAsync();
        h.Source.Set(Daily() with { Locales = ["en", "fr"], Text = new Dictionary<string, string> { ["en"] = "EN", ["fr"] = "FR" } });
        h.Time.SetUtcNow(Some.Now.AddMinutes(1));
        await h.SyncAsync();
        var alone = await h.Commands.CancelAsync(Campaign, Day(1), "alice", locale: "fr");
        h.Time.SetUtcNow(Some.Now.AddMinutes(2));
        await h.Commands.CancelAsync(Campaign, "daily-reminder", "alice");

        h.Time.SetUtcNow(Some.Now.AddHours(1));
        var resumed = await h.Commands.ResumeSeriesAsync(Campaign, "daily-reminder", "bob");
        await LiveUntilAsync(h, 1);
        await LiveUntilAsync(h, 2);

        Assert.Equal((1, 1), (alone.Changed, resumed.Changed));
        Assert.Equal([("en", Day(1)), ("en", Day(2)), ("fr", Day(2))], h.Publisher.Received.Select(r => (r.Locale, r.PostId)).Order());
        Assert.Equal(PublicationState.Cancelled, (await h.RecordAsync(Day(1), "fr"))!.State);
        Assert.Equal(PublicationState.Cancelled, (await h.RecordAsync(Day(0)))!.State);
        Assert.Contains(await h.Ledger.HistoryAsync((await h.RecordAsync(Day(1)))!.Key), e => (e.Actor, e.Detail) == ("bob", "Series resumed."));
    }

    [Fact]
    public async Task A_post_changed_after_its_series_was_cancelled_is_a_fresh_decision_and_goes_out_again()
    {
        await using var h = await StartAsync();
        h.Source.Set(Daily());
        await h.SyncAsync();
        await h.Commands.CancelAsync(Campaign, "daily-reminder", "alice");
        await LiveUntilAsync(h, 1);

        h.Source.Set(Daily(text: "New wording #ChildSafetyOnlineNow"));
        await LiveUntilAsync(h, 2);

        var sent = Assert.Single(h.Publisher.Received);
        Assert.Equal((Day(2), "New wording #ChildSafetyOnlineNow (en)"), (sent.PostId, sent.Text));
    }

    [Fact]
    public async Task Occurrences_added_after_a_locale_was_approved_come_approved_and_say_so_in_their_history()
    {
        await using var h = await StartAsync(new() { ["Approval:Required"] = "true" });
        h.Source.Set(Daily());
        await h.SyncAsync();

        var approved = await h.Commands.ApproveAsync(Campaign, "daily-reminder", "en", "bob");
        for (var day = 0; day <= 3; day++)
        {
            await LiveUntilAsync(h, day);
        }

        Assert.Contains("Later occurrences come approved", approved.Message);
        Assert.Equal([Day(0), Day(1), Day(2), Day(3)], h.Publisher.Received.Select(r => r.PostId));
        var third = await h.RecordAsync(Day(3));
        Assert.Equal("bob", third!.ApprovedBy);
        Assert.Contains(await h.Ledger.HistoryAsync(third.Key), e => e.Detail!.StartsWith("Approved with its series: bob approved 'en'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Occurrences_of_an_approved_post_changed_since_wait_for_a_new_approval()
    {
        await using var h = await StartAsync(new() { ["Approval:Required"] = "true" });
        h.Source.Set(Daily());
        await h.SyncAsync();
        await h.Commands.ApproveAsync(Campaign, "daily-reminder", "en", "bob");
        await LiveUntilAsync(h, 0);

        h.Source.Set(Daily(text: "Changed wording #ChildSafetyOnlineNow"));
        await LiveUntilAsync(h, 1);
        await LiveUntilAsync(h, 2);

        Assert.Equal([Day(0)], h.Publisher.Received.Select(r => r.PostId));
        var waiting = await h.RecordAsync(Day(2));
        Assert.Equal((PublicationState.Scheduled, (string?)null), (waiting!.State, waiting.ApprovedBy));
    }

    [Fact]
    public async Task A_web_post_re_saved_by_its_approver_does_not_inherit_their_own_approval()
    {
        await using var h = await StartAsync(new() { ["Approval:Required"] = "true" });
        var post = Daily() with { Origin = "web" };
        await h.WebPosts.SaveAsync(post, "alice");
        await h.Commands.ApproveAsync(Campaign, "daily-reminder", "en", "bob");
        await h.WebPosts.SaveAsync(post, "bob");

        await LiveUntilAsync(h, 1);
        await LiveUntilAsync(h, 2);

        Assert.Null((await h.RecordAsync(Day(2)))!.ApprovedBy);
    }
}

public sealed class SeriesFacts : SeriesFactsBase;

public sealed class PostgresSeriesFacts : SeriesFactsBase
{
    protected override bool OnPostgres => true;
}
