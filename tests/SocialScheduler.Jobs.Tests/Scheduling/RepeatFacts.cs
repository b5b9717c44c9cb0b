using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Planning;
using SocialScheduler.Core.Schedules.Time;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Scheduling;

/// <summary>A post with <c>repeat:</c> goes out at every occurrence, exactly once each, under its own publication id.</summary>
public abstract class RepeatFactsBase : LedgerFacts
{
    // 09:00 Brussels every day from Tuesday 1 December 2026 (08:00 UTC); Some.Now is 08:00 UTC that day.
    private static ScheduledPost Daily(string? until = null) => Some.Post("daily-reminder", due: Some.Now, locales: ["en"]) with
    {
        Repeat = "0 9 * * *",
        RepeatUntil = until is null ? null : DateTimeOffset.Parse(until, System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task A_daily_post_is_published_once_on_each_day_under_an_id_per_occurrence()
    {
        await using var h = await StartAsync();
        h.Source.Set(Daily());

        for (var day = 0; day < 4; day++)
        {
            // As each occurrence comes due, the sync (or the sweeper, on PostgreSQL's one-hour horizon) gives it its job.
            h.Time.SetUtcNow(Some.Now.AddDays(day).AddSeconds(1));
            await h.SyncAsync();
            await h.RunDueAsync();
        }

        h.Time.SetUtcNow(Some.Now.AddDays(3).AddHours(12));
        await h.SyncAsync();
        await h.RunDueAsync();

        Assert.Equal(
            ["daily-reminder--20261201t0800z", "daily-reminder--20261202t0800z", "daily-reminder--20261203t0800z", "daily-reminder--20261204t0800z"],
            h.Publisher.Received.Select(r => r.PostId));
        var records = await h.Ledger.ListAsync(new PublicationFilter { DueTo = Some.Now.AddDays(3).AddHours(1) });
        Assert.Equal(Enumerable.Repeat(PublicationState.Published, 4), records.Select(r => r.State));
    }

    [Fact]
    public async Task Reloading_the_same_repeating_post_creates_nothing_new()
    {
        await using var h = await StartAsync();
        h.Source.Set(Daily());
        var first = await h.SyncAsync();

        var second = await h.SyncAsync();

        Assert.True(first.Added > 0);
        Assert.Equal((0, 0, 0, first.Added), (second.Added, second.Moved, second.Cancelled, second.Unchanged));
    }

    [Fact]
    public async Task The_next_occurrence_is_added_by_itself_once_the_previous_one_is_due()
    {
        await using var h = await StartAsync(new() { ["Publishing:JobHorizon"] = "01:00:00" });
        h.Source.Set(Daily());
        await h.SyncAsync();
        Assert.NotNull(await h.RecordAsync("daily-reminder--20261201t0800z"));
        Assert.Null(await h.RecordAsync("daily-reminder--20261202t0800z"));

        await h.RunDueAsync(Some.Now.AddSeconds(2));
        var next = await WaitForAsync(() => h.RecordAsync("daily-reminder--20261202t0800z"));

        Assert.Equal(Some.Now.AddDays(1), next.DueUtc);
        Assert.Equal(PublicationState.Published, (await h.RecordAsync("daily-reminder--20261201t0800z"))!.State);
    }

    [Fact]
    public async Task Occurrences_stop_at_until()
    {
        await using var h = await StartAsync();
        h.Source.Set(Daily(until: "2026-12-02T12:00Z"));

        foreach (var at in new[] { Some.Now, Some.Now.AddDays(1), Some.Now.AddDays(2), Some.Now.AddDays(3) })
        {
            h.Time.SetUtcNow(at.AddSeconds(1));
            await h.SyncAsync();
            await h.RunDueAsync();
        }

        Assert.Equal(["daily-reminder--20261201t0800z", "daily-reminder--20261202t0800z"], h.Publisher.Received.Select(r => r.PostId));
    }

    [Fact]
    public async Task An_occurrence_still_pending_past_the_missed_window_is_recorded_as_missed_not_removed()
    {
        await using var h = await StartAsync();
        h.Source.Set(Daily());
        await h.SyncAsync();

        // The service was down through the occurrence and comes back three hours later (the window is two); moving
        // the clock may also wake the sync for repeating posts, which must say the same.
        h.Time.SetUtcNow(Some.Now.AddHours(3));
        await h.SyncAsync();
        await h.RunDueAsync();

        Assert.Empty(h.Publisher.Received);
        var missed = await h.RecordAsync("daily-reminder--20261201t0800z");
        Assert.Equal(PublicationState.Cancelled, missed!.State);
        Assert.StartsWith("Missed: meant to go out at 2026-12-01 08:00:00Z", missed.Message);
        Assert.Contains("Publishing:MissedWindow (02:00:00)", missed.Message);
        Assert.Equal(missed.Message, (await h.Ledger.HistoryAsync(missed.Key))[^1].Detail);
        Assert.Equal(PublicationState.Scheduled, (await h.RecordAsync("daily-reminder--20261202t0800z"))!.State);
    }

    [Fact]
    public async Task The_plan_lists_the_same_publications_the_service_puts_in_the_ledger()
    {
        await using var h = await StartAsync();
        var post = Daily() with { Accounts = ["outbox", "outbox-eu"], Locales = ["en", "fr"] };
        h.Source.Set(post);
        await h.SyncAsync();
        var planner = new PublicationPlanner(new AccountPlatforms(new Core.Accounts.AccountDirectory(new Dictionary<string, Core.Accounts.AccountOptions>
        {
            ["outbox"] = new() { Platform = "Outbox" },
            ["outbox-eu"] = new() { Platform = "Outbox" },
        }), h.Get<PlatformCatalog>()));

        // The service looks one day ahead when no job horizon is set.
        var plan = planner.Plan([post], Some.Now, Some.Now.AddDays(1));
        var ledger = await h.Ledger.ListAsync(new PublicationFilter());

        Assert.Equal(plan.Select(p => (p.PublicationId, p.DueUtc)).Order(), ledger.Select(r => (r.Key.ToString(), r.DueUtc)).Order());
        Assert.Equal(4, plan.Count);
    }

    private static async Task<PublicationRecord> WaitForAsync(Func<Task<PublicationRecord?>> find)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await find() is { } found)
            {
                return found;
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        throw new Xunit.Sdk.XunitException("The next occurrence was never added to the ledger.");
    }
}

public sealed class RepeatFacts : RepeatFactsBase;

public sealed class PostgresRepeatFacts : RepeatFactsBase
{
    protected override bool OnPostgres => true;
}
