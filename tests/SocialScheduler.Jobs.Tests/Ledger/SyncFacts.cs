using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Scheduling;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Ledger;

public abstract class SyncFactsBase : LedgerFacts
{
    [Fact]
    public async Task Loading_a_schedule_records_one_publication_and_one_job_per_account_and_locale()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", accounts: ["outbox", "x-main"], locales: ["en", "fr", "de"]), Some.Post("b"));

        var summary = await h.SyncAsync();

        Assert.Equal(8, summary.Added);
        Assert.Equal(8, h.Jobs.Jobs.Count);
        var records = await h.Ledger.ListAsync(PublicationFilter.All);
        Assert.All(records, r => Assert.Equal(PublicationState.Scheduled, r.State));
        Assert.Contains(records, r => r.Key.Account == "x-main" && r.Key.Locale == "de" && r.Text == "Text #ChildSafetyOnlineNow (de)");
    }

    [Fact]
    public async Task Loading_the_same_schedule_twice_creates_nothing_new()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a"), Some.Post("b"));
        await h.SyncAsync();

        var second = await h.SyncAsync();

        Assert.Equal(new SyncSummary(0, 0, 0, 4, 0), second);
        Assert.Equal(4, h.Jobs.Jobs.Count);
        var history = await h.Ledger.HistoryAsync((await h.RecordAsync("a"))!.Key);
        Assert.Single(history);
    }

    [Fact]
    public async Task A_changed_post_moves_its_pending_jobs_to_the_new_time()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", due: Some.Now.AddHours(1)));
        await h.SyncAsync();
        var oldJobs = h.Jobs.Jobs.Keys.ToList();

        h.Source.Set(Some.Post("a", due: Some.Now.AddHours(3)));
        var summary = await h.SyncAsync();

        Assert.Equal(2, summary.Moved);
        Assert.DoesNotContain(h.Jobs.Jobs.Keys, oldJobs.Contains);
        Assert.All(h.Jobs.Jobs.Values, j => Assert.Equal(Some.Now.AddHours(3), j.RunAt));
        Assert.Equal(Some.Now.AddHours(3), (await h.RecordAsync("a"))!.DueUtc);
    }

    [Fact]
    public async Task A_post_s_card_size_is_kept_and_changing_it_moves_the_post_so_its_card_is_drawn_again()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", card: "reports-2021") with { Size = "square" });
        await h.SyncAsync();
        Assert.Equal("square", (await h.RecordAsync("a"))!.Size);
        var before = (await h.RecordAsync("a"))!.Revision;

        h.Source.Set(Some.Post("a", card: "reports-2021") with { Size = "portrait" });
        var summary = await h.SyncAsync();

        Assert.Equal(2, summary.Moved);
        var record = (await h.RecordAsync("a"))!;
        Assert.Equal("portrait", record.Size);
        Assert.True(record.Revision > before);
    }

    [Fact]
    public async Task A_web_post_s_card_size_reaches_its_publications()
    {
        await using var h = await StartAsync();
        await h.WebPosts.SaveAsync(Some.Post("w", card: "reports-2021", origin: "web") with { Size = "square" }, "editor");
        await h.SyncAsync();

        Assert.Equal("square", (await h.RecordAsync("w"))!.Size);
    }

    [Fact]
    public async Task A_post_without_a_size_is_left_to_the_account_default()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", card: "reports-2021"));
        await h.SyncAsync();

        Assert.Null((await h.RecordAsync("a"))!.Size);
        Assert.Equal(new SyncSummary(0, 0, 0, 2, 0), await h.SyncAsync());
    }

    [Fact]
    public async Task A_removed_post_is_cancelled_and_its_jobs_deleted()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a"), Some.Post("b"));
        await h.SyncAsync();

        h.Source.Set(Some.Post("b"));
        var summary = await h.SyncAsync();

        Assert.Equal(2, summary.Cancelled);
        Assert.Equal(2, h.Jobs.Jobs.Count);
        var a = await h.RecordAsync("a");
        Assert.Equal(PublicationState.Cancelled, a!.State);
        Assert.Equal("Removed from its schedule.", a.Message);
    }

    [Fact]
    public async Task A_post_put_back_after_removal_is_scheduled_again()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a"));
        await h.SyncAsync();
        h.Source.Set();
        await h.SyncAsync();

        h.Source.Set(Some.Post("a"));
        await h.SyncAsync();

        Assert.Equal(PublicationState.Scheduled, (await h.RecordAsync("a"))!.State);
        Assert.Equal(2, h.Jobs.Jobs.Count);
    }

    [Fact]
    public async Task A_published_post_edited_later_is_not_published_again()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        await h.RunDueAsync(Some.Now.AddMinutes(10));

        h.Source.Set(Some.Post("a", locales: ["en"], text: "Edited"));
        await h.SyncAsync();
        await h.RunDueAsync(Some.Now.AddMinutes(20));

        Assert.Single(h.Publisher.Received);
        var record = await h.RecordAsync("a");
        Assert.Equal(PublicationState.Published, record!.State);
        Assert.Contains(await h.Ledger.HistoryAsync(record.Key), e => e.Detail!.Contains("change was not published"));
    }

    [Fact]
    public async Task A_post_first_seen_long_after_its_time_is_recorded_as_missed_not_sent()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("old", due: Some.Now.AddHours(-5)));

        await h.SyncAsync();
        await h.RunDueAsync();

        Assert.Empty(h.Publisher.Received);
        var record = await h.RecordAsync("old");
        Assert.Equal(PublicationState.Cancelled, record!.State);
        Assert.Contains("had passed", record.Message);
    }

    [Fact]
    public async Task A_post_first_seen_a_little_late_within_the_missed_window_goes_out_at_once()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("late", due: Some.Now.AddMinutes(-45), locales: ["en"]));

        await h.SyncAsync();
        await h.RunDueAsync();

        Assert.Single(h.Publisher.Received);
        Assert.Equal(PublicationState.Published, (await h.RecordAsync("late", "en"))!.State);
    }

    [Fact]
    public async Task Web_posts_are_published_through_the_same_ledger_with_origin_web()
    {
        await using var h = await StartAsync();
        await h.WebPosts.SaveAsync(Some.Post("from-browser", locales: ["nl"], origin: "ignored"), "alice");

        await h.RunDueAsync(Some.Now.AddMinutes(10));

        var record = await h.RecordAsync("from-browser", "nl");
        Assert.Equal(("web", "alice", PublicationState.Published), (record!.Origin, record.Author, record.State));
        Assert.True(await h.WebPosts.DeleteAsync("child-safety-online-now", "from-browser", "alice"));
    }

    [Fact]
    public async Task A_web_post_comes_back_with_its_card_size_alt_text_and_repeat_rule()
    {
        await using var h = await StartAsync();
        var saved = Some.Post("weekly-card", locales: ["en", "fr"], card: "reports-2021", origin: "web") with
        {
            Size = "square",
            Repeat = "0 9 * * MON",
            RepeatUntil = Some.Now.AddDays(30),
            AltText = new ValueDictionary(new Dictionary<string, string> { ["en"] = "A bar chart: 85 million reports.", ["fr"] = "Un graphique : 85 millions." }),
        };

        await h.WebPosts.SaveAsync(saved, "alice");
        var loaded = Assert.Single(await h.WebPosts.ListAsync());

        Assert.Equal(("square", "0 9 * * MON", Some.Now.AddDays(30)), (loaded.Size, loaded.Repeat, loaded.RepeatUntil));
        Assert.Equal("Un graphique : 85 millions.", loaded.AltText!["fr"]);
        Assert.Equal(saved with { Accounts = new ValueList<string>(saved.Accounts), Locales = new ValueList<string>(saved.Locales), Text = new ValueDictionary(saved.Text) }, loaded);
        Assert.Equal(saved.Fingerprint, loaded.Fingerprint);
    }

    [Fact]
    public async Task A_repeating_web_post_is_published_at_each_occurrence()
    {
        await using var h = await StartAsync();
        await h.WebPosts.SaveAsync(Some.Post("daily-web", due: Some.Now, locales: ["en"]) with { Repeat = "0 9 * * *" }, "alice");

        await h.RunDueAsync(Some.Now.AddSeconds(2));
        h.Time.SetUtcNow(Some.Now.AddDays(1).AddSeconds(1));
        await h.SyncAsync();
        await h.RunDueAsync();

        Assert.Equal(["daily-web--20261201t0800z", "daily-web--20261202t0800z"], h.Publisher.Received.Select(r => r.PostId));
    }

    [Fact]
    public async Task Saving_a_web_post_with_a_bad_id_is_refused_with_the_field_named()
    {
        await using var h = await StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => h.WebPosts.SaveAsync(Some.Post("Bad Id"), "alice"));

        Assert.Contains("id 'Bad Id' must use only a-z, 0-9 and '-'", error.Message);
        Assert.Empty(await h.WebPosts.ListAsync());
    }

    [Fact]
    public async Task Listing_by_post_id_prefix_finds_only_that_posts_occurrences_reading_wildcards_literally()
    {
        await using var h = await StartAsync();
        var due = Some.Now.AddHours(1).ToUnixTimeMilliseconds();
        DesiredPublication Row(string postId) =>
            new(new PublicationKey("child-safety-online-now", postId, "outbox", "en"), "file", due, "Europe/Brussels", "Text", null, null);
        await h.Get<LedgerSync>().SyncAsync(
            [Row("weekly--20261207t0800z"), Row("weekly--20261214t0800z"), Row("weekly-reminder--20261207t0800z"), Row("weekly"),
             Row("a_b--1"), Row("axb--1"), Row("c%d--1"), Row("cxyd--1")], 0, TestContext.Current.CancellationToken);

        async Task<string[]> PostIds(string prefix) =>
            (await h.Ledger.ListAsync(new PublicationFilter { PostIdPrefix = prefix })).Select(r => r.Key.PostId).ToArray();

        Assert.Equal(["weekly--20261207t0800z", "weekly--20261214t0800z"], await PostIds("weekly--"));
        Assert.Equal(["a_b--1"], await PostIds("a_b--"));
        Assert.Equal(["c%d--1"], await PostIds("c%d--"));
    }
}

public sealed class SyncFacts : SyncFactsBase;

public sealed class PostgresSyncFacts : SyncFactsBase
{
    protected override bool OnPostgres => true;
}
