using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Ledger;

/// <summary>
/// One set of cases for the readiness rule, judged by the one-statement claim on SQLite and PostgreSQL (which must
/// agree with the in-memory check and change nothing when it refuses) and by the in-memory check SQL Server uses.
/// </summary>
public abstract class ReadinessFactsBase : LedgerFacts
{
    private const string Campaign = "child-safety-online-now";
    private static readonly DateTimeOffset Due = Some.Now.AddMinutes(10);

    [Fact]
    public Task A_publication_at_its_time_is_ready() => AssertVerdictAsync(Due, ReadinessVerdict.Ready);

    [Fact]
    public Task A_publication_a_second_before_its_time_is_ready() => AssertVerdictAsync(Due.AddSeconds(-1), ReadinessVerdict.Ready);

    [Fact]
    public Task A_publication_three_seconds_before_its_time_is_not_due() => AssertVerdictAsync(Due.AddSeconds(-3), ReadinessVerdict.NotDue);

    [Fact]
    public Task A_publication_late_within_the_missed_window_is_ready() => AssertVerdictAsync(Due.AddMinutes(90), ReadinessVerdict.Ready);

    [Fact]
    public Task A_publication_late_beyond_the_missed_window_is_missed() => AssertVerdictAsync(Due.AddHours(3), ReadinessVerdict.Missed);

    [Fact]
    public Task A_publication_without_a_required_approval_awaits_it() =>
        AssertVerdictAsync(Due, ReadinessVerdict.AwaitingApproval, approvalRequired: true);

    [Fact]
    public Task An_approved_publication_is_ready_when_approval_is_required() =>
        AssertVerdictAsync(Due, ReadinessVerdict.Ready, approvalRequired: true, approved: true);

    [Fact]
    public Task A_pause_of_everything_holds_it() => AssertVerdictAsync(Due, ReadinessVerdict.Paused, pause: PauseScope.All);

    [Fact]
    public Task A_pause_of_its_account_holds_it() => AssertVerdictAsync(Due, ReadinessVerdict.Paused, pause: PauseScope.Account("outbox"));

    [Fact]
    public Task A_pause_of_its_campaign_holds_it() => AssertVerdictAsync(Due, ReadinessVerdict.Paused, pause: PauseScope.Campaign(Campaign));

    [Fact]
    public Task A_pause_of_another_account_leaves_it_ready() =>
        AssertVerdictAsync(Due, ReadinessVerdict.Ready, pause: PauseScope.Account("x-main"));

    [Fact]
    public Task A_publication_missed_under_a_pause_is_missed_not_held() =>
        AssertVerdictAsync(Due.AddHours(3), ReadinessVerdict.Missed, pause: PauseScope.All);

    private async Task AssertVerdictAsync(
        DateTimeOffset at, ReadinessVerdict expected, bool approvalRequired = false, bool approved = false, PauseScope? pause = null)
    {
        await using var h = await StartAsync(approvalRequired ? new() { ["Approval:Required"] = "true" } : null);
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        if (approved)
        {
            Assert.True((await h.Commands.ApproveAsync(Campaign, "a", "en", "bob")).Succeeded);
        }

        if (pause is not null)
        {
            await h.Commands.PauseAsync(pause, "alice");
        }

        h.Time.SetUtcNow(at);
        var check = await JudgeAsync(h, (await h.RecordAsync("a"))!.Key.ToString());

        Assert.Equal(expected, check.Verdict);
        Assert.Equal(expected == ReadinessVerdict.Paused ? pause?.Value : null, check.Pause?.Value);
    }

    private static async Task<ReadinessCheck> JudgeAsync(LedgerHarness h, string id)
    {
        var queries = h.Get<LedgerQueries>();
        var row = (await queries.FindAsync(id))!;
        var readiness = h.Get<ReadinessRule>().At(h.Time.GetUtcNow());
        var inMemory = readiness.Check(row, await h.Get<LedgerPauses>().ScopesAsync());
        var transitions = h.Get<LedgerTransitions>();
        if (!transitions.ClaimsInOneStatement)
        {
            return inMemory;
        }

        var claimed = await transitions.ClaimIfReadyAsync(id, row.Revision, readiness);
        var after = (await queries.FindAsync(id))!;

        // The claim's SQL and the in-memory check are one rule; a refused claim leaves the record as it was.
        Assert.Equal(inMemory.Verdict == ReadinessVerdict.Ready, claimed is not null);
        Assert.Equal(claimed is null ? ("Scheduled", row.Attempt) : ("Sending", row.Attempt + 1), (after.State, after.Attempt));
        return inMemory;
    }
}

public sealed class ReadinessFacts : ReadinessFactsBase;

public sealed class PostgresReadinessFacts : ReadinessFactsBase
{
    protected override bool OnPostgres => true;
}

public sealed class PortablePathReadinessFacts : ReadinessFactsBase
{
    protected override bool OnPortablePath => true;
}
