using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Jobs.Storage;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Publishing;

public abstract class PublishFlowFactsBase : LedgerFacts
{
    private static readonly DateTimeOffset Due = Some.Now.AddMinutes(10);

    [Fact]
    public async Task A_due_publication_is_sent_once_and_recorded_with_its_remote_id()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        var job = h.Jobs.Jobs.Values.Single();

        await h.RunDueAsync(Due);
        await h.Get<PublishFlow>().RunAsync(job.PublicationId, job.Revision, CancellationToken.None);

        var request = Assert.Single(h.Publisher.Received);
        var record = await h.RecordAsync("a");
        Assert.Equal((PublicationState.Published, "remote-1", 1), (record!.State, record.RemoteId, record.Attempt));
        Assert.Equal(record.IdempotencyKey, request.IdempotencyKey);
        Assert.Equal(IdempotencyKeys.For(job.PublicationId, 1), request.IdempotencyKey);
        var history = await h.Ledger.HistoryAsync(record.Key);
        Assert.Equal(["Scheduled", "Sending", "Published"], history.Select(e => e.To.ToString()));
        Assert.Equal($"Attempt 1, idempotency key {request.IdempotencyKey}.", history[1].Detail);
    }

    [Fact]
    public async Task A_pause_made_by_another_worker_holds_the_next_due_post_at_once()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["en"]), Some.Post("b", locales: ["en"]));
        await h.SyncAsync();
        var jobs = h.Jobs.Jobs.Values.ToList();
        h.Time.SetUtcNow(Due);
        var first = jobs.Single(j => PublicationKey.Parse(j.PublicationId).PostId == "a");
        await h.Get<PublishFlow>().RunAsync(first.PublicationId, first.Revision, CancellationToken.None);

        // Another worker process on the same database pauses: this process's pause list read moments ago is stale.
        await h.Get<LedgerDatabase>().WriteAsync((connection, transaction) => Dapper.SqlMapper.ExecuteAsync(connection,
            "INSERT INTO publishing_pauses (scope, paused_ms, paused_by, reason) VALUES ('all', 0, 'other worker', 'statement under review')",
            transaction: transaction));
        var second = jobs.Single(j => PublicationKey.Parse(j.PublicationId).PostId == "b");
        await h.Get<PublishFlow>().RunAsync(second.PublicationId, second.Revision, CancellationToken.None);

        Assert.Single(h.Publisher.Received);
        Assert.Equal(PublicationState.Paused, (await h.RecordAsync("b"))!.State);
    }

    [Fact]
    public async Task A_published_card_keeps_the_hash_of_the_image_the_platform_received()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["en"], card: "reports-2021"));
        await h.SyncAsync();
        var job = h.Jobs.Jobs.Values.Single();

        await h.RunDueAsync(Due);
        await h.Get<PublishFlow>().RunAsync(job.PublicationId, job.Revision, CancellationToken.None);

        var sent = Assert.Single(Assert.Single(h.Publisher.Received).Media);
        var record = await h.RecordAsync("a");
        Assert.Equal(PublicationState.Published, record!.State);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(sent.Content.Span)), record.ImageSha256);
    }

    [Fact]
    public async Task A_post_reached_days_late_after_an_outage_is_cancelled_with_the_reason_not_sent()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        var job = h.Jobs.Jobs.Values.Single();
        h.Time.SetUtcNow(Due.AddDays(3));

        await h.Get<PublishFlow>().RunAsync(job.PublicationId, job.Revision, CancellationToken.None);

        Assert.Empty(h.Publisher.Received);
        var record = await h.RecordAsync("a");
        Assert.Equal(PublicationState.Cancelled, record!.State);
        Assert.StartsWith("Missed: meant to go out at", record.Message, StringComparison.Ordinal);
        Assert.Contains("Publishing:MissedWindow", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_reached_late_but_within_the_missed_window_still_goes_out()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        var job = h.Jobs.Jobs.Values.Single();
        h.Time.SetUtcNow(Due.AddMinutes(90));

        await h.Get<PublishFlow>().RunAsync(job.PublicationId, job.Revision, CancellationToken.None);

        Assert.Single(h.Publisher.Received);
        Assert.Equal(PublicationState.Published, (await h.RecordAsync("a"))!.State);
    }

    [Fact]
    public async Task Many_copies_of_one_job_running_at_once_publish_once()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        var job = h.Jobs.Jobs.Values.Single();
        h.Time.SetUtcNow(Due);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => h.Get<PublishFlow>().RunAsync(job.PublicationId, job.Revision, CancellationToken.None))));

        Assert.Single(h.Publisher.Received);
    }

    [Fact]
    public async Task A_job_run_before_its_time_sends_nothing()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        var job = h.Jobs.Jobs.Values.Single();

        await h.Get<PublishFlow>().RunAsync(job.PublicationId, job.Revision, CancellationToken.None);

        Assert.Empty(h.Publisher.Received);
        Assert.Equal(PublicationState.Scheduled, (await h.RecordAsync("a"))!.State);
    }

    [Fact]
    public async Task A_transient_failure_is_retried_later_and_then_published()
    {
        await using var h = await StartAsync();
        h.Publisher.Answer(PublishResult.Failed(FailureKind.Transient, "503 Service Unavailable"));
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();

        await h.RunDueAsync(Due);
        var waiting = await h.RecordAsync("a");
        await h.RunDueAsync(Due.AddMinutes(1));

        Assert.Equal((PublicationState.Scheduled, 1), (waiting!.State, waiting.Failures));
        Assert.InRange(waiting.RunAtUtc - Due, TimeSpan.FromSeconds(24), TimeSpan.FromSeconds(36));
        Assert.Equal(2, h.Publisher.Received.Count);
        Assert.Equal(2, h.Publisher.Received.Select(r => r.IdempotencyKey).Distinct().Count());
        Assert.Equal(PublicationState.Published, (await h.RecordAsync("a"))!.State);
    }

    [Fact]
    public async Task Transient_failures_beyond_the_limit_leave_the_publication_failed_with_the_reason()
    {
        await using var h = await StartAsync(new() { ["Publishing:MaxAttempts"] = "2" });
        h.Publisher.Answer(PublishResult.Failed(FailureKind.Transient, "502"), PublishResult.Failed(FailureKind.Transient, "503"));
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();

        await h.RunDueAsync(Due);
        await h.RunDueAsync(Due.AddHours(1));

        var record = await h.RecordAsync("a");
        Assert.Equal(PublicationState.Failed, record!.State);
        Assert.Equal("Gave up after 2 transient failures: 503", record.Message);
    }

    [Fact]
    public async Task A_rate_limit_waits_until_the_platform_says_without_spending_a_retry()
    {
        await using var h = await StartAsync();
        h.Publisher.Answer(PublishResult.Failed(FailureKind.RateLimited, "429", Due.AddMinutes(15)));
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();

        await h.RunDueAsync(Due);
        var waiting = await h.RecordAsync("a");
        await h.RunDueAsync(Due.AddMinutes(14));
        var stillWaiting = h.Publisher.Received.Count;
        await h.RunDueAsync(Due.AddMinutes(15));

        Assert.Equal((Due.AddMinutes(15), 0), (waiting!.RunAtUtc, waiting.Failures));
        Assert.Equal(1, stillWaiting);
        Assert.Equal(PublicationState.Published, (await h.RecordAsync("a"))!.State);
    }

    [Fact]
    public async Task Refused_credentials_need_attention_and_are_not_retried()
    {
        await using var h = await StartAsync();
        h.Publisher.Answer(PublishResult.Failed(FailureKind.Auth, "401 token expired"));
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();

        await h.RunDueAsync(Due);
        await h.RunDueAsync(Due.AddHours(2));

        Assert.Single(h.Publisher.Received);
        var record = await h.RecordAsync("a");
        Assert.Equal(PublicationState.NeedsAttention, record!.State);
        Assert.Contains("401 token expired", record.Message);
    }

    [Fact]
    public async Task Refused_content_fails_with_the_platforms_message()
    {
        await using var h = await StartAsync();
        h.Publisher.Answer(PublishResult.Failed(FailureKind.Permanent, "Text is longer than 300 graphemes"));
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();

        await h.RunDueAsync(Due);

        var record = await h.RecordAsync("a");
        Assert.Equal((PublicationState.Failed, "Text is longer than 300 graphemes"), (record!.State, record.Message));
    }

    [Fact]
    public async Task An_unknown_outcome_found_on_the_platform_ends_published_without_a_second_post()
    {
        await using var h = await StartAsync(new() { ["Publishing:ReconcileAfter"] = "00:05:00" });
        h.Publisher.Kept = true;
        h.Publisher.Answer(PublishResult.Failed(FailureKind.Unknown, "timeout after the request was sent"));
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();

        await h.RunDueAsync(Due);
        var unknown = await h.RecordAsync("a");
        h.Time.SetUtcNow(Due.AddMinutes(6));
        await h.ReconcileAsync();
        await h.RunDueAsync();

        Assert.Equal(PublicationState.Unknown, unknown!.State);
        Assert.Single(h.Publisher.Received);
        var record = await h.RecordAsync("a");
        Assert.Equal((PublicationState.Published, "remote-1"), (record!.State, record.RemoteId));
    }

    [Fact]
    public async Task An_unknown_outcome_the_platform_never_saw_is_sent_again()
    {
        await using var h = await StartAsync();
        h.Publisher.Answer(PublishResult.Failed(FailureKind.Unknown, "connection reset"));
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();

        await h.RunDueAsync(Due);
        h.Time.SetUtcNow(Due.AddMinutes(6));
        await h.ReconcileAsync();
        await h.RunDueAsync();

        Assert.Equal(2, h.Publisher.Received.Count);
        Assert.Equal(PublicationState.Published, (await h.RecordAsync("a"))!.State);
    }

    [Fact]
    public async Task An_outcome_nobody_can_establish_for_an_hour_needs_attention()
    {
        await using var h = await StartAsync();
        h.Publisher.FinderDown = true;
        h.Publisher.Answer(PublishResult.Failed(FailureKind.Unknown, "timeout"));
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        await h.RunDueAsync(Due);

        h.Time.SetUtcNow(Due.AddMinutes(30));
        await h.ReconcileAsync();
        var after30 = (await h.RecordAsync("a"))!.State;
        h.Time.SetUtcNow(Due.AddMinutes(61));
        await h.ReconcileAsync();

        Assert.Equal(PublicationState.Unknown, after30);
        Assert.Equal(PublicationState.NeedsAttention, (await h.RecordAsync("a"))!.State);
        Assert.Single(h.Publisher.Received);
    }

    [Fact]
    public async Task A_lost_job_is_recreated_by_the_sweeper()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        h.Jobs.Jobs.Clear();

        h.Time.SetUtcNow(Due.AddMinutes(1));
        var repaired = await h.SweepAsync();
        await h.RunDueAsync();

        Assert.Equal(1, repaired);
        Assert.Equal(PublicationState.Published, (await h.RecordAsync("a"))!.State);
    }
}

public sealed class PublishFlowFacts : PublishFlowFactsBase;

public sealed class PostgresPublishFlowFacts : PublishFlowFactsBase
{
    protected override bool OnPostgres => true;
}

public sealed class PortablePathPublishFlowFacts : PublishFlowFactsBase
{
    protected override bool OnPortablePath => true;
}
