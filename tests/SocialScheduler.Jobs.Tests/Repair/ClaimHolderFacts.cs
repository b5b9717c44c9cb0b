using Dapper;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Jobs.Hosting;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Repair;
using SocialScheduler.Jobs.Scheduling;
using SocialScheduler.Jobs.Storage;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Repair;

/// <summary>
/// The dead-holder rule on the embedded SQLite server: once this server holds the file's server lock, a claim held
/// by any other process is settled at once; one this server holds waits for <c>Publishing:ReconcileAfter</c>.
/// </summary>
public sealed class ClaimHolderFacts
{
    private static readonly DateTimeOffset Due = Some.Now.AddMinutes(10);

    [Fact]
    public async Task An_unsettled_publication_held_by_a_process_that_stopped_is_asked_about_and_sent_at_once_with_the_reason()
    {
        await using var h = await StartWithUnknownAsync();
        await HoldAsync(h, "other-host:4242:0badc0de");

        h.Time.SetUtcNow(Due.AddSeconds(10));
        var settled = await h.Get<Reconciler>().ReconcileDeadHoldersAsync();
        await h.RunDueAsync();

        Assert.Equal(1, settled);
        Assert.Equal(PublicationState.Published, (await h.RecordAsync("a"))!.State);
        Assert.Equal(2, h.Publisher.Received.Count);
        var history = await h.Ledger.HistoryAsync((await h.RecordAsync("a"))!.Key);
        var reconciled = Assert.Single(history, e => e.Actor == "reconciler");
        Assert.StartsWith("Its holder other-host:4242:0badc0de has stopped", reconciled.Detail);
        Assert.Contains("The platform has no post for attempt 1", reconciled.Detail);
    }

    [Fact]
    public async Task An_unsettled_publication_this_server_holds_is_left_alone_until_reconcile_after()
    {
        await using var h = await StartWithUnknownAsync();

        h.Time.SetUtcNow(Due.AddMinutes(4));
        var byHolder = await h.Get<Reconciler>().ReconcileDeadHoldersAsync();
        var byAge = await h.ReconcileAsync();

        Assert.Equal((0, 0), (byHolder, byAge));
        var record = await h.RecordAsync("a");
        Assert.Equal(PublicationState.Unknown, record!.State);
        Assert.Single(h.Publisher.Received);
    }

    [Fact]
    public async Task A_claim_names_this_server_as_its_holder()
    {
        await using var h = await StartWithUnknownAsync();

        var holder = await ScalarAsync(h, "SELECT holder FROM publishing_publications");

        Assert.Equal(h.Get<ServerIdentity>().Name, holder);
    }

    [Fact]
    public void A_hangfire_server_id_is_matched_to_the_holder_that_announced_it_and_to_no_other()
    {
        Assert.True(ServerIdentity.Announces("web-1:17:ab12cd34:9f1c2e4a-0000-4000-8000-000000000000", "web-1:17:ab12cd34"));
        Assert.True(ServerIdentity.Announces("WEB-1:17:AB12CD34", "web-1:17:ab12cd34"));
        Assert.False(ServerIdentity.Announces("web-1:17:ab12cd345:9f1c2e4a", "web-1:17:ab12cd34"));
        Assert.False(ServerIdentity.Announces("web-1:171:ab12cd34", "web-1:17"));
    }

    private static async Task<LedgerHarness> StartWithUnknownAsync()
    {
        var h = await LedgerHarness.StartAsync(new() { ["Publishing:ReconcileAfter"] = "00:05:00" });
        h.Get<PipelineState>().ServerStarted = true; // as PipelineStartup sets it once the server lock is held
        h.Publisher.Answer(PublishResult.Failed(FailureKind.Unknown, "connection reset"));
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        await h.RunDueAsync(Due);
        return h;
    }

    // What the ledger holds after a process that claimed the record died.
    private static async Task HoldAsync(LedgerHarness h, string holder)
    {
        await using var connection = await h.Get<LedgerDatabase>().OpenAsync();
        await connection.ExecuteAsync("UPDATE publishing_publications SET holder = @holder", new { holder });
    }

    private static async Task<string?> ScalarAsync(LedgerHarness h, string sql)
    {
        await using var connection = await h.Get<LedgerDatabase>().OpenAsync();
        return await connection.ExecuteScalarAsync<string?>(sql);
    }
}
