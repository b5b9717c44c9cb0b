using System.Data;
using System.Data.Common;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using SocialScheduler.Core.Storage;
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

    public string? ImageSha256 { get; init; }

    /// <summary>Synced unless the reconciler can recover the change when a power loss undoes it (see <see cref="WriteDurability"/>).</summary>
    public WriteDurability Durability { get; init; } = WriteDurability.Synced;
}

internal sealed partial class LedgerStore
{
    public Task<PublicationRow?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        database.ReadAsync(async connection =>
        {
            if (connection is SqliteConnection sqlite)
            {
                // Every publish job starts here: the statement stays prepared on the kept reader.
                using var reader = SqliteStatements.For(sqlite, null, FindSql, ("id", id)).ExecuteReader();
                return reader.Parse<PublicationRow>().SingleOrDefault();
            }

            return await connection.QuerySingleOrDefaultAsync<PublicationRow>(new CommandDefinition(
                FindSql, new { id }, cancellationToken: cancellationToken));
        }, cancellationToken);

    private const string FindSql = $"SELECT {PublicationRow.Columns} FROM {Table} WHERE id = @id";

    /// <summary>Applies <paramref name="change"/> when the record is in one of <paramref name="from"/>; true when it did.</summary>
    /// <remarks>Returns once the change (with its history entry) is durable; see <see cref="LedgerDatabase.WriteAsync"/>.</remarks>
    public async Task<bool> TransitionAsync(
        string id, IReadOnlyCollection<PublicationState> from, Change change, string actor, string? detail, CancellationToken cancellationToken = default)
    {
        if (database.Provider == StorageProvider.PostgreSql)
        {
            return await TransitionInOneStatementAsync(id, from, change, actor, detail, cancellationToken);
        }

        return await database.WriteAsync(
            (connection, transaction) => TransitionAsync(connection, transaction, id, from, change, actor, detail), change.Durability, cancellationToken);
    }

    internal async Task<bool> TransitionAsync(
        DbConnection connection, DbTransaction transaction, string id, IReadOnlyCollection<PublicationState> from, Change change, string actor, string? detail)
    {
        var now = NowMs;
        if (from.Count == 1 && database.Provider == StorageProvider.Sqlite)
        {
            // One expected state is the old state: the update alone tells whether it applied, and the new attempt.
            var (assignments, condition, values) = Update(id, from, change, now);
            var sqlite = (SqliteConnection)connection;
            var update = SqliteStatements.For(sqlite, (SqliteTransaction)transaction, $"UPDATE {Table} SET {assignments} WHERE {condition} RETURNING attempt", values);
            if (update.ExecuteScalar() is not long attemptNow)
            {
                return false;
            }

            await AddHistoryAsync(connection, transaction, id, now, from.First().ToString(), change.To.ToString(), attemptNow, actor, detail);
            return true;
        }

        var previous = await connection.QuerySingleOrDefaultAsync<(string State, long Attempt)?>(
            $"SELECT state, attempt FROM {Table} WHERE id = @id", new { id }, transaction);
        if (previous is null)
        {
            return false;
        }

        var (set, where, args) = Update(id, from, change, now);
        var rows = await connection.ExecuteAsync($"UPDATE {Table} SET {set} WHERE {where}", args, transaction);
        if (rows == 0)
        {
            return false;
        }

        await AddHistoryAsync(connection, transaction, id, now, previous.Value.State, change.To.ToString(),
            previous.Value.Attempt + (change.NextAttempt ? 1 : 0), actor, detail);
        return true;
    }

    // One round trip, committed on its own: the row lock taken by the inner SELECT makes the old state it reads the
    // one the compare-and-set replaced, and the history entry exists exactly when the update applied.
    private async Task<bool> TransitionInOneStatementAsync(
        string id, IReadOnlyCollection<PublicationState> from, Change change, string actor, string? detail, CancellationToken cancellationToken)
    {
        var (set, where, args) = Update(id, from, change, NowMs);
        args.Add("Actor", actor, DbType.String);
        args.Add("Detail", detail, DbType.String);
        var sql =
            $"WITH changed AS (UPDATE {Table} SET {set} " +
            $"FROM (SELECT id AS old_id, state AS old_state FROM {Table} WHERE id = @Id FOR UPDATE) old " +
            $"WHERE id = old_id AND {where} RETURNING old_state, attempt) " +
            "INSERT INTO publishing_history (publication_id, at_ms, from_state, to_state, attempt, actor, detail) " +
            "SELECT @Id, @Now, old_state, @To, attempt, @Actor, @Detail FROM changed";
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, args, cancellationToken: cancellationToken)) == 1;
    }

    private static (string Set, string Where, DynamicParameters Args) Update(string id, IReadOnlyCollection<PublicationState> from, Change change, long now)
    {
        var set = new StringBuilder("state = @To, updated_ms = @Now");
        var args = new DynamicParameters();
        args.Add("Id", id);
        args.Add("To", change.To.ToString());
        args.Add("Now", now);
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
        Set("image_sha256", "ImageSha256", change.ImageSha256);
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

        return (set.ToString(), where, args);
    }

    private const string HistoryInsert =
        "INSERT INTO publishing_history (publication_id, at_ms, from_state, to_state, attempt, actor, detail) " +
        "VALUES (@Id, @At, @From, @To, @Attempt, @Actor, @Detail)";

    internal static Task AddHistoryAsync(
        DbConnection connection, DbTransaction transaction, string id, long atMs, string? from, string to, long attempt, string actor, string? detail) =>
        connection is SqliteConnection sqlite
            ? Task.FromResult(SqliteStatements.For(sqlite, (SqliteTransaction)transaction, HistoryInsert, HistoryArgs(id, atMs, from, to, attempt, actor, detail)).ExecuteNonQuery())
            : connection.ExecuteAsync(HistoryInsert, new { Id = id, At = atMs, From = from, To = to, Attempt = attempt, Actor = actor, Detail = detail }, transaction);

    private static (string, object?)[] HistoryArgs(string id, long atMs, string? from, string to, long attempt, string actor, string? detail) =>
        [("Id", id), ("At", atMs), ("From", from), ("To", to), ("Attempt", attempt), ("Actor", actor), ("Detail", detail)];

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
    public Task<IReadOnlyList<string>> SetNewJobsAsync(IReadOnlyList<(string Id, long Revision, string JobId)> jobs, CancellationToken cancellationToken = default)
    {
        if (database.Provider == StorageProvider.PostgreSql)
        {
            return SetNewJobsInOneStatementAsync(jobs, cancellationToken);
        }

        return database.WriteAsync<IReadOnlyList<string>>(async (connection, transaction) =>
        {
            var lost = new List<string>();
            foreach (var (id, revision, jobId) in jobs)
            {
                const string sql = $"UPDATE {Table} SET job_id = @jobId WHERE id = @id AND revision = @revision AND state = 'Scheduled' AND job_id IS NULL";
                var set = connection is SqliteConnection sqlite
                    ? SqliteStatements.For(sqlite, (SqliteTransaction)transaction, sql, ("id", id), ("revision", revision), ("jobId", jobId)).ExecuteNonQuery()
                    : await connection.ExecuteAsync(sql, new { id, revision, jobId }, transaction);
                if (set == 0)
                {
                    lost.Add(jobId);
                }
            }

            return lost;
        }, cancellationToken);
    }

    // A batch of 2,000 job ids was 2,000 round trips; as arrays it is one.
    private async Task<IReadOnlyList<string>> SetNewJobsInOneStatementAsync(IReadOnlyList<(string Id, long Revision, string JobId)> jobs, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var recorded = await connection.QueryAsync<string>(new CommandDefinition(
            $"UPDATE {Table} SET job_id = v.job_id FROM unnest(@Ids, @Revisions, @JobIds) AS v(id, revision, job_id) " +
            $"WHERE {Table}.id = v.id AND {Table}.revision = v.revision AND state = 'Scheduled' AND {Table}.job_id IS NULL RETURNING v.job_id",
            new { Ids = jobs.Select(j => j.Id).ToArray(), Revisions = jobs.Select(j => j.Revision).ToArray(), JobIds = jobs.Select(j => j.JobId).ToArray() },
            cancellationToken: cancellationToken));
        var won = recorded.ToHashSet(StringComparer.Ordinal);
        return jobs.Select(j => j.JobId).Where(j => !won.Contains(j)).ToList();
    }

    /// <summary>Scheduled records with no job yet whose next attempt is before <paramref name="untilMs"/>.</summary>
    public async Task<IReadOnlyList<PublicationRow>> UnscheduledAsync(long untilMs, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
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
        await using var connection = await database.OpenReadAsync(cancellationToken);
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
