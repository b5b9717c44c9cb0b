using Dapper;
using SocialScheduler.Jobs.Ledger.Dialects;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// Which Hangfire job carries each Scheduled revision. The ledger decides; a job id is only a link, recorded
/// unless the record moved on meanwhile, so a stale job finds nothing to do.
/// </summary>
/// <remarks>Thread-safe singleton.</remarks>
internal sealed class LedgerJobLinks(LedgerDatabase database, LedgerDialect dialect)
{
    private const string Table = LedgerDialect.Table;

    /// <summary>Records the Hangfire job of a revision, unless the record moved on (or already has a job) meanwhile.</summary>
    public Task<bool> SetJobAsync(string id, long revision, string? expectedJob, string jobId, CancellationToken cancellationToken = default)
    {
        var sql = $"UPDATE {Table} SET job_id = @jobId WHERE id = @id AND revision = @revision AND state = 'Scheduled' AND " +
            (expectedJob is null ? "job_id IS NULL" : "job_id = @expectedJob");
        return database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(sql, new { id, revision, expectedJob, jobId }, transaction) == 1,
            cancellationToken);
    }

    /// <summary>Records the new jobs of many records in one transaction; returns the job ids that lost (to delete).</summary>
    public Task<IReadOnlyList<string>> SetNewJobsAsync(IReadOnlyList<(string Id, long Revision, string JobId)> jobs, CancellationToken cancellationToken = default) =>
        dialect.SetNewJobsAsync(jobs, cancellationToken);

    /// <summary>Scheduled records with no job yet whose next attempt is before <paramref name="untilMs"/>.</summary>
    public async Task<IReadOnlyList<PublicationRow>> UnscheduledAsync(long untilMs, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<PublicationRow>(new CommandDefinition(
            $"SELECT {PublicationRow.Columns} FROM {Table} WHERE state = 'Scheduled' AND job_id IS NULL AND run_at_ms < @untilMs " +
            $"ORDER BY run_at_ms{dialect.Page(limit, 0)}",
            new { untilMs }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Forgets every job id: used at start when jobs live in memory and none survived.</summary>
    public async Task<int> ForgetJobsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {Table} SET job_id = NULL WHERE job_id IS NOT NULL", cancellationToken: cancellationToken));
    }
}
