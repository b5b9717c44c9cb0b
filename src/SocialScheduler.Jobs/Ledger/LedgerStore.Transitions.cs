using System.Data.Common;
using System.Text;
using Dapper;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>A compare-and-set change of one publication: applied only while it is still in one of the expected states.</summary>
internal sealed record Change(PublicationState To)
{
    public long? RunAtMs { get; init; }

    /// <summary>Claim fence: the change applies only when the attempt number is still this.</summary>
    public long? ExpectedAttempt { get; init; }

    public bool NextAttempt { get; init; }

    public long? Failures { get; init; }

    public string? IdempotencyKey { get; init; }

    public string? RemoteId { get; init; }

    public string? RemoteUrl { get; init; }

    public string? Message { get; init; }

    /// <summary>Forget the Hangfire job so the scheduler makes a new one.</summary>
    public bool ClearJob { get; init; }

    public bool NextRevision { get; init; }

    public string? ApprovedBy { get; init; }
}

internal sealed partial class LedgerStore
{
    public async Task<PublicationRow?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<PublicationRow>(new CommandDefinition(
            $"SELECT {PublicationRow.Columns} FROM {Table} WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>Applies <paramref name="change"/> when the record is in one of <paramref name="from"/>; true when it did.</summary>
    public async Task<bool> TransitionAsync(
        string id, IReadOnlyCollection<PublicationState> from, Change change, string actor, string? detail, CancellationToken cancellationToken = default)
    {
        using var turn = await database.WriteTurnAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await TransitionAsync(connection, transaction, id, from, change, actor, detail);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    internal async Task<bool> TransitionAsync(
        DbConnection connection, DbTransaction transaction, string id, IReadOnlyCollection<PublicationState> from, Change change, string actor, string? detail)
    {
        var now = NowMs;
        var previous = await connection.QuerySingleOrDefaultAsync<(string State, long Attempt)?>(
            $"SELECT state, attempt FROM {Table} WHERE id = @id", new { id }, transaction);
        if (previous is null)
        {
            return false;
        }

        var set = new StringBuilder("state = @To, updated_ms = @Now");
        var args = new DynamicParameters(new { Id = id, To = change.To.ToString(), Now = now });
        void Set(string column, string name, object? value)
        {
            if (value is not null)
            {
                set.Append($", {column} = @{name}");
                args.Add(name, value);
            }
        }

        Set("run_at_ms", "RunAt", change.RunAtMs);
        Set("failures", "Failures", change.Failures);
        Set("idempotency_key", "IdempotencyKey", change.IdempotencyKey);
        Set("remote_id", "RemoteId", change.RemoteId);
        Set("remote_url", "RemoteUrl", change.RemoteUrl);
        Set("message", "Message", change.Message);
        Set("approved_by", "ApprovedBy", change.ApprovedBy);
        if (change.ApprovedBy is not null)
        {
            Set("approved_ms", "ApprovedMs", now);
        }

        set.Append(change.NextAttempt ? ", attempt = attempt + 1" : "")
            .Append(change.NextRevision ? ", revision = revision + 1" : "")
            .Append(change.ClearJob ? ", job_id = NULL" : "");
        var where = "id = @Id AND state IN " + SqlLists.In(args, "From", from.Select(s => s.ToString()));
        if (change.ExpectedAttempt is { } attempt)
        {
            where += " AND attempt = @Attempt";
            args.Add("Attempt", attempt);
        }

        var rows = await connection.ExecuteAsync($"UPDATE {Table} SET {set} WHERE {where}", args, transaction);
        if (rows == 0)
        {
            return false;
        }

        await AddHistoryAsync(connection, transaction, id, now, previous.Value.State, change.To.ToString(),
            previous.Value.Attempt + (change.NextAttempt ? 1 : 0), actor, detail);
        return true;
    }

    internal static Task AddHistoryAsync(
        DbConnection connection, DbTransaction transaction, string id, long atMs, string? from, string to, long attempt, string actor, string? detail) =>
        connection.ExecuteAsync(
            "INSERT INTO publishing_history (publication_id, at_ms, from_state, to_state, attempt, actor, detail) " +
            "VALUES (@Id, @At, @From, @To, @Attempt, @Actor, @Detail)",
            new { Id = id, At = atMs, From = from, To = to, Attempt = attempt, Actor = actor, Detail = detail },
            transaction);

    /// <summary>Records the Hangfire job of a revision, unless the record moved on (or already has a job) meanwhile.</summary>
    public async Task<bool> SetJobAsync(string id, long revision, string? expectedJob, string jobId, CancellationToken cancellationToken = default)
    {
        using var turn = await database.WriteTurnAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        var sql = $"UPDATE {Table} SET job_id = @jobId WHERE id = @id AND revision = @revision AND state = 'Scheduled' AND " +
            (expectedJob is null ? "job_id IS NULL" : "job_id = @expectedJob");
        return await connection.ExecuteAsync(new CommandDefinition(
            sql, new { id, revision, expectedJob, jobId }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Records the new jobs of many records in one transaction; returns the job ids that lost (to delete).</summary>
    public async Task<IReadOnlyList<string>> SetNewJobsAsync(IReadOnlyList<(string Id, long Revision, string JobId)> jobs, CancellationToken cancellationToken = default)
    {
        var lost = new List<string>();
        using var turn = await database.WriteTurnAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (id, revision, jobId) in jobs)
        {
            var set = await connection.ExecuteAsync(
                $"UPDATE {Table} SET job_id = @jobId WHERE id = @id AND revision = @revision AND state = 'Scheduled' AND job_id IS NULL",
                new { id, revision, jobId }, transaction);
            if (set == 0)
            {
                lost.Add(jobId);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return lost;
    }

    /// <summary>Scheduled records with no job yet whose next attempt is before <paramref name="untilMs"/>.</summary>
    public async Task<IReadOnlyList<PublicationRow>> UnscheduledAsync(long untilMs, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PublicationRow>(new CommandDefinition(
            $"SELECT {PublicationRow.Columns} FROM {Table} WHERE state = 'Scheduled' AND job_id IS NULL AND run_at_ms < @untilMs " +
            $"ORDER BY run_at_ms{database.Dialect.Page(limit, 0)}",
            new { untilMs }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Records in <paramref name="states"/> whose next attempt (Scheduled) or last change (others) is before <paramref name="beforeMs"/>.</summary>
    public async Task<IReadOnlyList<PublicationRow>> StaleAsync(PublicationState state, long beforeMs, int limit, CancellationToken cancellationToken = default)
    {
        var column = state == PublicationState.Scheduled ? "run_at_ms" : "updated_ms";
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PublicationRow>(new CommandDefinition(
            $"SELECT {PublicationRow.Columns} FROM {Table} WHERE state = @State AND {column} < @beforeMs " +
            $"ORDER BY {column}{database.Dialect.Page(limit, 0)}",
            new { State = state.ToString(), beforeMs }, cancellationToken: cancellationToken));
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
