using System.Data.Common;
using Dapper;
using SocialScheduler.Core.Storage;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger.Dialects;

/// <summary>
/// The ledger's statements where the providers differ. This base is the portable form, the one SQL Server runs;
/// <see cref="SqliteLedgerDialect"/> keeps the statements every publication runs prepared on long-lived connections,
/// <see cref="PostgresLedgerDialect"/> sends arrays and CTEs so a batch is one round trip. The ledger's types hold
/// the SQL every provider reads alike and come here for the rest.
/// </summary>
/// <remarks>Thread-safe singleton. Methods given a connection and transaction use only those.</remarks>
internal abstract class LedgerDialect(LedgerDatabase database)
{
    public const string Table = "publishing_publications";

    protected const string HistoryInsert =
        "INSERT INTO publishing_history (publication_id, at_ms, from_state, to_state, attempt, actor, detail) " +
        "VALUES (@Id, @At, @From, @To, @Attempt, @Actor, @Detail)";

    protected const string FindSql = $"SELECT {PublicationRow.Columns} FROM {Table} WHERE id = @id";

    protected static readonly string InsertSql =
        $"INSERT INTO {Table} (id, campaign, post_id, account, locale, origin, due_ms, run_at_ms, time_zone, body, card, card_size, alt_text, content_hash, " +
        "state, attempt, failures, revision, message, author, approved_by, approved_ms, created_ms, updated_ms) " +
        "VALUES (@Id, @Campaign, @PostId, @Account, @Locale, @Origin, @DueMs, @DueMs, @TimeZone, @Text, @Card, @Size, @AltText, @Hash, " +
        "@State, 0, 0, 1, @Message, @Author, @ApprovedBy, @ApprovedMs, @Now, @Now)";

    protected const string SetNewJobSql =
        $"UPDATE {Table} SET job_id = @jobId WHERE id = @id AND revision = @revision AND state = 'Scheduled' AND job_id IS NULL";

    private const int HistoryIdsPerQuery = 500;

    protected LedgerDatabase Database => database;

    public static LedgerDialect For(LedgerDatabase database) => database.Provider switch
    {
        StorageProvider.PostgreSql => new PostgresLedgerDialect(database),
        StorageProvider.SqlServer => new SqlServerLedgerDialect(database),
        _ => new SqliteLedgerDialect(database),
    };

    /// <summary>A page clause after ORDER BY.</summary>
    public virtual string Page(int limit, int offset) => $" LIMIT {limit} OFFSET {offset}";

    /// <summary>Whether <see cref="ClaimAsync"/> claims in one statement; without it the publish job takes the long path.</summary>
    public virtual bool ClaimsInOneStatement => false;

    public virtual Task<PublicationRow?> FindAsync(string id, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.QuerySingleOrDefaultAsync<PublicationRow>(new CommandDefinition(
            FindSql, new { id }, cancellationToken: cancellationToken)), cancellationToken);

    /// <summary>
    /// Applies <paramref name="claim"/> (an UPDATE of one record, with its readiness predicate) and writes its history
    /// entry; the claimed record, or null when the claim did not apply (nothing changed) or the provider has no such form.
    /// </summary>
    public virtual Task<PublicationRow?> ClaimAsync(ClaimStatement claim, CancellationToken cancellationToken) => Task.FromResult<PublicationRow?>(null);

    /// <summary>Text joined in SQL.</summary>
    public virtual string Concat(string left, string right) => $"{left} || {right}";

    /// <summary>The claim's update, in the spelling SQLite and PostgreSQL share: ready by <see cref="Readiness.Predicate"/>.</summary>
    protected (string Sql, DynamicParameters Args) ClaimUpdate(ClaimStatement claim)
    {
        var args = new DynamicParameters();
        args.Add("Id", claim.Id);
        args.Add("Revision", claim.Revision);
        args.Add("Now", claim.NowMs);
        args.Add("KeyPrefix", IdempotencyKeys.PrefixFor(claim.Id));
        args.Add("Holder", claim.Holder);
        var sql =
            $"UPDATE {Table} SET state = 'Sending', updated_ms = @Now, attempt = attempt + 1, holder = @Holder, " +
            $"idempotency_key = {Concat("@KeyPrefix", "CAST(attempt + 1 AS TEXT)")} " +
            $"WHERE id = @Id AND state = 'Scheduled' AND revision = @Revision AND {claim.Readiness.Predicate(this, args)}";
        return (sql, args);
    }

    /// <summary>Applies <paramref name="change"/> with its history entry and returns once it is durable; true when it applied.</summary>
    public virtual Task<bool> TransitionAsync(ChangeStatement change, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => TransitionAsync(connection, transaction, change), change.Durability, cancellationToken);

    /// <summary>The compare-and-set and its history entry inside a transaction: the old state read, then the update.</summary>
    protected virtual async Task<bool> TransitionAsync(DbConnection connection, DbTransaction transaction, ChangeStatement change)
    {
        var previous = await connection.QuerySingleOrDefaultAsync<(string State, long Attempt)?>(
            $"SELECT state, attempt FROM {Table} WHERE id = @id", new { id = change.Id }, transaction);
        if (previous is null)
        {
            return false;
        }

        var rows = await connection.ExecuteAsync($"UPDATE {Table} SET {change.Set} WHERE {change.Where}", change.Args, transaction);
        if (rows == 0)
        {
            return false;
        }

        await AddHistoryAsync(connection, transaction, change.Id, change.NowMs, previous.Value.State, change.To,
            previous.Value.Attempt + (change.NextAttempt ? 1 : 0), change.Actor, change.Detail);
        await AddAlertAsync(connection, transaction, change);
        return true;
    }

    /// <summary>The change's event in the outbox, in the change's transaction; nothing when it has none.</summary>
    protected virtual async Task AddAlertAsync(DbConnection connection, DbTransaction transaction, ChangeStatement change)
    {
        if (change.AlertType is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(AlertOutbox.FromPublicationSql, change.Args, transaction));
        }
    }

    public virtual Task AddHistoryAsync(
        DbConnection connection, DbTransaction transaction, string id, long atMs, string? from, string to, long attempt, string actor, string? detail) =>
        connection.ExecuteAsync(HistoryInsert, new { Id = id, At = atMs, From = from, To = to, Attempt = attempt, Actor = actor, Detail = detail }, transaction);

    /// <summary>Inserts the new publications of a sync with their history entries.</summary>
    public virtual async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<NewPublication> inserts, long now)
    {
        foreach (var insert in inserts)
        {
            await InsertRowAsync(connection, transaction, insert, now);
            await AddHistoryAsync(connection, transaction, insert.Id, now, null, insert.State, 0, insert.Actor, insert.Detail);
            if (insert.ApprovalDetail is { } approved)
            {
                await AddHistoryAsync(connection, transaction, insert.Id, now, insert.State, insert.State, 0, "sync", approved);
            }
        }
    }

    protected virtual Task InsertRowAsync(DbConnection connection, DbTransaction transaction, NewPublication insert, long now) =>
        connection.ExecuteAsync(InsertSql, insert.Args(now), transaction);

    /// <summary>Records the new jobs of many records in one transaction; returns the job ids that lost (to delete).</summary>
    public virtual Task<IReadOnlyList<string>> SetNewJobsAsync(IReadOnlyList<(string Id, long Revision, string JobId)> jobs, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<string>>(async (connection, transaction) =>
        {
            var lost = new List<string>();
            foreach (var (id, revision, jobId) in jobs)
            {
                if (await SetNewJobAsync(connection, transaction, id, revision, jobId) == 0)
                {
                    lost.Add(jobId);
                }
            }

            return lost;
        }, cancellationToken);

    protected virtual Task<int> SetNewJobAsync(DbConnection connection, DbTransaction transaction, string id, long revision, string jobId) =>
        connection.ExecuteAsync(SetNewJobSql, new { id, revision, jobId }, transaction);

    /// <summary>The history of <paramref name="ids"/> (sorted, distinct), ordered by publication then oldest first.</summary>
    public virtual async Task<IReadOnlyList<PublicationHistoryEntry>> HistoryOfAsync(DbConnection connection, string[] ids, CancellationToken cancellationToken)
    {
        // Chunks stay under the providers' parameter limits (SQL Server's 2,100); the ids are sorted, so the chunks
        // come back in the order one query would give.
        var entries = new List<PublicationHistoryEntry>();
        foreach (var chunk in ids.Chunk(HistoryIdsPerQuery))
        {
            var args = new DynamicParameters();
            var rows = await connection.QueryAsync<HistoryRow>(new CommandDefinition(
                $"{HistoryRow.Select} WHERE publication_id IN {SqlLists.In(args, "Id", chunk)} ORDER BY publication_id, id", args, cancellationToken: cancellationToken));
            entries.AddRange(rows.Select(r => r.ToEntry()));
        }

        return entries;
    }
}
