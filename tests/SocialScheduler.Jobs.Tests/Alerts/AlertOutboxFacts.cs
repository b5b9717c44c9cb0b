using SocialScheduler.Core.Publishing;
using SocialScheduler.Jobs.Alerts;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Alerts;

/// <summary>An event is in the outbox exactly when the change that causes it is in the ledger.</summary>
public abstract class AlertOutboxFactsBase : LedgerFacts
{
    private static readonly DateTimeOffset Due = Some.Now.AddMinutes(10);

    [Fact]
    public async Task Refused_credentials_put_a_needs_attention_event_in_the_outbox_with_the_post_account_locale_and_message()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["fr"]));
        await h.SyncAsync();
        h.Publisher.Answer(PublishResult.Failed(FailureKind.Auth, "401 The access token is invalid"));

        await h.RunDueAsync(Due);

        var alert = Assert.Single(await EventsAsync(h)).Record;
        Assert.Equal(AlertTypes.NeedsAttention, alert.Type);
        Assert.Equal(("child-safety-online-now", "a", "outbox", "fr", "NeedsAttention"), (alert.Campaign, alert.PostId, alert.Account, alert.Locale, alert.State));
        Assert.Contains("The access token is invalid", alert.Message, StringComparison.Ordinal);
        Assert.Equal(Due, DateTimeOffset.FromUnixTimeMilliseconds(alert.OccurredMs));
    }

    [Fact]
    public async Task A_refusal_for_good_is_a_failed_event_and_a_publication_that_went_out_is_none()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["en", "de"]));
        await h.SyncAsync();
        h.Publisher.Answer(PublishResult.Failed(FailureKind.Permanent, "422 Text too long"));

        await h.RunDueAsync(Due);

        var alert = Assert.Single(await EventsAsync(h)).Record;
        Assert.Equal(AlertTypes.Failed, alert.Type);
        Assert.Equal(1, h.Publisher.Received.Count(r => r.Locale == "de"));
    }

    [Fact]
    public async Task A_change_that_does_not_apply_writes_no_event()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        var id = new Core.Schedules.PublicationKey("child-safety-online-now", "a", "outbox", "en").ToString();

        var applied = await h.Get<LedgerTransitions>().TransitionAsync(
            id, [PublicationState.Sending], new Change(PublicationState.Failed) { Alert = AlertTypes.Failed }, "test", null);

        Assert.False(applied);
        Assert.Empty(await EventsAsync(h));
    }

    [Fact]
    public async Task A_pause_and_its_resume_each_write_one_event_naming_the_scope()
    {
        await using var h = await StartAsync();

        await h.Commands.PauseAsync(PauseScope.Account("x-main"), "alice", "wrong figure");
        await h.Commands.PauseAsync(PauseScope.Account("x-main"), "bob");
        h.Time.Advance(TimeSpan.FromMinutes(5));
        await h.Commands.ResumeAsync(PauseScope.Account("x-main"), "alice");

        var events = (await EventsAsync(h)).Select(e => e.Record).ToList();
        Assert.Equal([AlertTypes.PublishingPaused, AlertTypes.PublishingResumed], events.Select(e => e.Type));
        Assert.Equal("Publishing is paused for account:x-main by alice: wrong figure", events[0].Message);
    }

    [Fact]
    public async Task An_event_written_twice_under_one_id_is_stored_once()
    {
        await using var h = await StartAsync();
        var outbox = h.Get<AlertOutbox>();
        var id = AlertOutbox.IdFor(AlertTypes.AccountExpiring, "x-main#2026-12-20");

        var first = await outbox.AddAsync(new AlertRecord(id, AlertTypes.AccountExpiring, Some.Now.ToUnixTimeMilliseconds()) { Account = "x-main", Message = "expires in 12 days" });
        var second = await outbox.AddAsync(new AlertRecord(id, AlertTypes.AccountExpiring, Some.Now.ToUnixTimeMilliseconds()) { Account = "x-main", Message = "expires in 12 days" });

        Assert.True(first);
        Assert.False(second);
        Assert.Equal("x-main", Assert.Single(await EventsAsync(h)).Record.Account);
    }

    internal static Task<IReadOnlyList<DueAlert>> EventsAsync(LedgerHarness h) =>
        h.Get<AlertDeliveries>().DueAsync("reader", 0, long.MaxValue, 1000, CancellationToken.None);
}

public sealed class AlertOutboxFacts : AlertOutboxFactsBase;

public sealed class PostgresAlertOutboxFacts : AlertOutboxFactsBase
{
    protected override bool OnPostgres => true;
}

public sealed class PortablePathAlertOutboxFacts : AlertOutboxFactsBase
{
    protected override bool OnPortablePath => true;
}
