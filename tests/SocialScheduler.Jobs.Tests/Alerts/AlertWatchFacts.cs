using SocialScheduler.Core.Publishing;
using SocialScheduler.Jobs.Alerts;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Alerts;

/// <summary>The events no state change causes: noticed once, however often the watch looks.</summary>
public sealed class AlertWatchFacts
{
    private static readonly DateTimeOffset Due = Some.Now.AddMinutes(10);

    [Fact]
    public async Task An_outcome_still_unknown_after_fifteen_minutes_is_one_event_not_one_per_look()
    {
        await using var h = await LedgerHarness.StartAsync(new() { ["Alerts:DigestAt"] = "" });
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        h.Publisher.Answer(PublishResult.Failed(FailureKind.Unknown, "connection reset after the request was sent"));
        await h.RunDueAsync(Due);
        var watch = h.Get<AlertWatch>();

        h.Time.Advance(TimeSpan.FromMinutes(14));
        var early = await watch.WatchAsync(CancellationToken.None);
        h.Time.Advance(TimeSpan.FromMinutes(2));
        var noticed = await watch.WatchAsync(CancellationToken.None);
        var again = await watch.WatchAsync(CancellationToken.None);

        Assert.Equal((0, 1, 0), (early, noticed, again));
        var alert = Assert.Single(await AlertOutboxFactsBase.EventsAsync(h)).Record;
        Assert.Equal(AlertTypes.Unknown, alert.Type);
        Assert.Contains("connection reset", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unapproved_post_due_within_two_hours_is_an_approval_waiting_event_per_locale()
    {
        await using var h = await LedgerHarness.StartAsync(new() { ["Approval:Required"] = "true", ["Alerts:DigestAt"] = "" });
        h.Source.Set(Some.Post("soon", due: Some.Now.AddHours(1)), Some.Post("later", due: Some.Now.AddHours(3)));
        await h.SyncAsync();

        await h.Get<AlertWatch>().WatchAsync(CancellationToken.None);

        var events = (await AlertOutboxFactsBase.EventsAsync(h)).Select(e => e.Record).ToList();
        Assert.All(events, e => Assert.Equal((AlertTypes.ApprovalWaiting, "soon"), (e.Type, e.PostId)));
        Assert.Equal(["en", "fr"], events.Select(e => e.Locale!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_daily_digest_lists_the_day_ahead_once()
    {
        await using var h = await LedgerHarness.StartAsync(new() { ["Alerts:DigestAt"] = "08:00", ["Alerts:DigestTimeZone"] = "UTC" });
        h.Source.Set(Some.Post("a", due: Some.Now.AddHours(2)));
        await h.SyncAsync();
        var watch = h.Get<AlertWatch>();

        await watch.WatchAsync(CancellationToken.None);
        h.Time.Advance(TimeSpan.FromHours(1));
        await watch.WatchAsync(CancellationToken.None);

        var digest = Assert.Single(await AlertOutboxFactsBase.EventsAsync(h)).Record;
        Assert.Equal(AlertTypes.Digest, digest.Type);
        Assert.StartsWith("2 publications are due in the next 24 hours; 0 still wait for approval.", digest.Detail, StringComparison.Ordinal);
        Assert.Contains("child-safety-online-now/a: 2 publications (outbox)", digest.Detail, StringComparison.Ordinal);
    }
}
