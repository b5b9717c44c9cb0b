using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing;

namespace SocialScheduler.Jobs.Scheduling;

/// <summary>Gives Scheduled records without a job their Hangfire job, within the job horizon.</summary>
internal sealed class PublicationScheduler(
    LedgerQueries ledger, LedgerJobLinks links, IJobScheduler jobs, IOptions<PublishingOptions> options, TimeProvider time, ILogger<PublicationScheduler> logger)
{
    private const int Batch = 2000;

    /// <summary>Creates the missing jobs; returns how many. Does nothing when no server runs in this process.</summary>
    public async Task<int> MaterializeAsync(CancellationToken cancellationToken = default)
    {
        if (!jobs.Active)
        {
            return 0;
        }

        var horizon = options.Value.JobHorizon is { } h ? time.GetUtcNow().Add(h).ToUnixTimeMilliseconds() : long.MaxValue;
        var created = 0;
        var started = time.GetTimestamp();
        while (true)
        {
            var rows = await links.UnscheduledAsync(horizon, Batch, cancellationToken);
            var made = Create(rows);
            var lost = await links.SetNewJobsAsync(made, cancellationToken);
            foreach (var jobId in lost)
            {
                // Another server or a newer revision got there first; the claim would stop this job anyway.
                jobs.Delete(jobId);
            }

            created += made.Count - lost.Count;

            if (rows.Count < Batch)
            {
                break;
            }
        }

        if (created > 0)
        {
            logger.LogInformation("Created {Count} publish jobs in {Elapsed:0.00} s", created, time.GetElapsedTime(started).TotalSeconds);
        }

        return created;
    }

    private List<(string Id, long Revision, string JobId)> Create(IReadOnlyList<PublicationRow> rows)
    {
        var ids = jobs.ScheduleMany([.. rows.Select(r => new JobRequest(r.Id, r.Revision, PublicationRow.Ms(r.RunAtMs)))]);
        return [.. rows.Zip(ids, (r, jobId) => (r.Id, r.Revision, jobId))];
    }

    /// <summary>Replaces the job of a record whose job is gone (lost in a crash, deleted in the dashboard).</summary>
    public async Task<bool> ReplaceAsync(PublicationRow row, CancellationToken cancellationToken = default)
    {
        var jobId = jobs.Schedule(row.Id, row.Revision, PublicationRow.Ms(row.RunAtMs));
        if (await links.SetJobAsync(row.Id, row.Revision, row.JobId, jobId, cancellationToken))
        {
            return true;
        }

        jobs.Delete(jobId);
        return false;
    }

    /// <summary>Gives one record its job when it is Scheduled without one (after a retry delay, a resume, an approval).</summary>
    public async Task ScheduleOneAsync(string publicationId, CancellationToken cancellationToken = default)
    {
        if (!jobs.Active)
        {
            return;
        }

        var row = await ledger.FindAsync(publicationId, cancellationToken);
        if (row is { State: nameof(PublicationState.Scheduled), JobId: null })
        {
            await ReplaceAsync(row, cancellationToken);
        }
    }
}
