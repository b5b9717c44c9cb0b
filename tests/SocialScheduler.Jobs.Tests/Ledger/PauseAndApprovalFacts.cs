using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing.Commands;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Ledger;

public abstract class PauseAndApprovalFactsBase : LedgerFacts
{
    private static readonly DateTimeOffset Due = Some.Now.AddMinutes(10);

    [Fact]
    public async Task A_pause_holds_due_posts_and_resume_sends_them()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a"));
        await h.SyncAsync();

        await h.Commands.PauseAsync(PauseScope.All, "alice", "wrong figure");
        await h.RunDueAsync(Due);
        var held = await h.RecordAsync("a");
        var result = await h.Commands.ResumeAsync(PauseScope.All, "alice");
        await h.RunDueAsync(Due.AddMinutes(5));

        Assert.Equal(PublicationState.Paused, held!.State);
        Assert.Equal(2, result.Changed);
        Assert.Equal(2, h.Publisher.Received.Count);
        Assert.Equal(PublicationState.Published, (await h.RecordAsync("a"))!.State);
    }

    [Fact]
    public async Task A_pause_of_one_account_leaves_the_others_publishing()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", accounts: ["outbox", "x-main"], locales: ["en"]));
        await h.SyncAsync();

        await h.Commands.PauseAsync(PauseScope.Account("x-main"), "alice");
        await h.RunDueAsync(Due);

        Assert.Equal("outbox", Assert.Single(h.Publisher.Received).Account);
        Assert.Equal(PublicationState.Paused, (await h.RecordAsync("a", "en", "x-main"))!.State);
        Assert.Single(await h.Ledger.PausesAsync());
    }

    [Fact]
    public async Task Posts_whose_window_passed_during_the_pause_are_skipped_on_resume_with_the_reason()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        await h.Commands.PauseAsync(PauseScope.Campaign("child-safety-online-now"), "alice");
        await h.RunDueAsync(Due);

        h.Time.SetUtcNow(Due.AddHours(3));
        await h.Commands.ResumeAsync(PauseScope.Campaign("child-safety-online-now"), "alice");
        await h.RunDueAsync();

        Assert.Empty(h.Publisher.Received);
        var record = await h.RecordAsync("a");
        Assert.Equal(PublicationState.Cancelled, record!.State);
        Assert.StartsWith("Skipped on resume", record.Message);
    }

    [Fact]
    public async Task Resuming_one_scope_keeps_posts_held_by_another_pause()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        await h.Commands.PauseAsync(PauseScope.All, "alice");
        await h.Commands.PauseAsync(PauseScope.Account("outbox"), "bob");
        await h.RunDueAsync(Due);

        await h.Commands.ResumeAsync(PauseScope.All, "alice");
        await h.RunDueAsync(Due.AddMinutes(1));

        Assert.Empty(h.Publisher.Received);
        Assert.Equal(PublicationState.Paused, (await h.RecordAsync("a"))!.State);
    }

    [Fact]
    public async Task With_approval_required_nothing_goes_out_until_someone_other_than_the_author_approves()
    {
        await using var h = await StartAsync(new() { ["Approval:Required"] = "true" });
        await h.WebPosts.SaveAsync(Some.Post("web-post", locales: ["en", "fr"]), "alice");
        await h.RunDueAsync(Due);
        var beforeApproval = h.Publisher.Received.Count;

        var own = await h.Commands.ApproveAsync("child-safety-online-now", "web-post", "en", "alice");
        var other = await h.Commands.ApproveAsync("child-safety-online-now", "web-post", "en", "bob");
        await h.RunDueAsync(Due.AddMinutes(1));

        Assert.Equal(0, beforeApproval);
        Assert.False(own.Succeeded);
        Assert.Contains("someone else must approve", own.Message);
        Assert.True(other.Succeeded);
        Assert.Equal("en", Assert.Single(h.Publisher.Received).Locale);
        Assert.Equal(PublicationState.Scheduled, (await h.RecordAsync("web-post", "fr"))!.State);
    }

    [Fact]
    public async Task Cancelling_a_post_stops_its_pending_publications_and_keeps_who_did_it()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a"));
        await h.SyncAsync();

        var result = await h.Commands.CancelAsync("child-safety-online-now", "a", "alice", "duplicate of b");
        await h.RunDueAsync(Due);

        Assert.Equal(2, result.Changed);
        Assert.Empty(h.Publisher.Received);
        var history = await h.Ledger.HistoryAsync((await h.RecordAsync("a"))!.Key);
        Assert.Equal(("alice", "duplicate of b"), (history[^1].Actor, history[^1].Detail));
    }

    [Fact]
    public async Task A_failed_publication_can_be_retried_and_then_goes_out()
    {
        await using var h = await StartAsync();
        h.Publisher.Answer(Core.Publishing.PublishResult.Failed(Core.Publishing.FailureKind.Permanent, "too long"));
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        await h.RunDueAsync(Due);

        var retry = await h.Commands.RetryAsync(new PublicationKey("child-safety-online-now", "a", "outbox", "en"), "alice");
        await h.RunDueAsync();

        Assert.True(retry.Succeeded);
        Assert.Equal(PublicationState.Published, (await h.RecordAsync("a"))!.State);
    }

    [Fact]
    public async Task Queries_filter_by_campaign_account_locale_state_and_time()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", due: Due), Some.Post("b", due: Due.AddDays(1), accounts: ["x-main"]));
        await h.SyncAsync();

        var fr = await h.Ledger.ListAsync(new PublicationFilter { Locale = "fr", Account = "x-main" });
        var tomorrow = await h.Ledger.ListAsync(new PublicationFilter { DueFrom = Due.AddHours(1), States = [PublicationState.Scheduled] });
        var none = await h.Ledger.ListAsync(new PublicationFilter { Campaign = "other" });
        var export = await h.Ledger.ExportHistoryAsync(new PublicationFilter { PostId = "a" });

        Assert.Equal("b", Assert.Single(fr).Key.PostId);
        Assert.Equal(2, tomorrow.Count);
        Assert.Empty(none);
        Assert.Equal(2, export.Count);
    }
}

public sealed class PauseAndApprovalFacts : PauseAndApprovalFactsBase
{
    [Theory]
    [InlineData(new string[0], "all", null)]
    [InlineData(new[] { "account", "x-main" }, "account:x-main", null)]
    [InlineData(new[] { "campaign:child-safety-online-now", "--reason", "typo" }, "campaign:child-safety-online-now", "typo")]
    public void Pause_verb_arguments_name_the_scope_and_reason(string[] args, string scope, string? reason)
    {
        Assert.True(PauseArguments.TryParse(args, out var parsed, out var why, out _));
        Assert.Equal((scope, reason), (parsed.Value, why));
    }

    [Fact]
    public void A_pause_verb_scope_that_is_not_one_says_what_to_type()
    {
        Assert.False(PauseArguments.TryParse(["everything", "now", "please"], out _, out _, out var error));
        Assert.Contains("[all | account NAME | campaign ID]", error);
    }
}

public sealed class PostgresPauseAndApprovalFacts : PauseAndApprovalFactsBase
{
    protected override bool OnPostgres => true;
}

public sealed class PortablePathPauseAndApprovalFacts : PauseAndApprovalFactsBase
{
    protected override bool OnPortablePath => true;
}
