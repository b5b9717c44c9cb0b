using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Jobs.Scheduling;

namespace SocialScheduler.Jobs.Repair;

/// <summary>
/// Re-creates the jobs of due Scheduled publications whose Hangfire job is gone (a crash, a dashboard delete, a
/// command run from the CLI) and creates the jobs that have come within the horizon.
/// </summary>
internal sealed class Sweeper(
    LedgerQueries ledger, IJobScheduler jobs, PublicationScheduler scheduler, IOptions<ApprovalOptions> approval,
    TimeProvider time, ILogger<Sweeper> logger)
{
    /// <summary>A due job may still be on its way through Hangfire's poller; only older ones count as lost.</summary>
    internal static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        if (!jobs.Active)
        {
            return 0;
        }

        var repaired = await scheduler.MaterializeAsync(cancellationToken);
        var before = (time.GetUtcNow() - Grace).ToUnixTimeMilliseconds();
        foreach (var row in await ledger.StaleAsync(PublicationState.Scheduled, before, 5000, cancellationToken))
        {
            var waitingForApproval = approval.Value.Required && row.ApprovedBy is null;
            if (row.JobId is not null && !waitingForApproval && !jobs.IsAlive(row.JobId)
                && await scheduler.ReplaceAsync(row, cancellationToken))
            {
                repaired++;
            }
        }

        if (repaired > 0)
        {
            logger.LogWarning("Sweeper re-created {Count} publish jobs", repaired);
        }

        return repaired;
    }
}
