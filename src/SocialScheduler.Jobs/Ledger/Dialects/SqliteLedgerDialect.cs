using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger.Dialects;

/// <summary>
/// SQLite: the statements every publication runs (find, claim, transition, history, a sync's insert, a job link)
/// stay prepared on long-lived connections (<see cref="SqliteStatements"/>), and writes go through the group commit
/// (<see cref="SqliteGroupCommit"/>): parsing a statement again, or a sync per writer, cost more than the write.
/// </summary>
internal sealed class SqliteLedgerDialect(LedgerDatabase database) : LedgerDialect(database)
{
    public override bool ClaimsInOneStatement => true;

    public override Task<PublicationRow?> FindAsync(string id, CancellationToken cancellationToken) =>
        Database.ReadAsync(connection =>
        {
            // Every publish job starts here: the statement stays prepared on the kept reader.
            using var reader = SqliteStatements.For((SqliteConnection)connection, null, FindSql, ("id", id)).ExecuteReader();
            return Task.FromResult(reader.Parse<PublicationRow>().SingleOrDefault());
        }, cancellationToken);

    public override Task<PublicationRow?> ClaimAsync(ClaimStatement claim, CancellationToken cancellationToken) =>
        Database.WriteAsync(async (connection, transaction) =>
        {
            var (update, args) = ClaimUpdate(claim);
            PublicationRow? row;
            using (var reader = SqliteStatements.For((SqliteConnection)connection, (SqliteTransaction)transaction,
                       $"{update} RETURNING {PublicationRow.Columns}", args).ExecuteReader())
            {
                row = reader.Parse<PublicationRow>().SingleOrDefault();
            }

            if (row is not null)
            {
                await AddHistoryAsync(connection, transaction, claim.Id, claim.NowMs, nameof(PublicationState.Scheduled), nameof(PublicationState.Sending),
                    row.Attempt, "publisher", LedgerTransitions.ClaimDetail(row.Attempt, row.IdempotencyKey!));
            }

            return row;
        }, cancellationToken);

    protected override async Task<bool> TransitionAsync(DbConnection connection, DbTransaction transaction, ChangeStatement change)
    {
        if (change.From.Count != 1)
        {
            return await base.TransitionAsync(connection, transaction, change);
        }

        // One expected state is the old state: the update alone tells whether it applied, and the new attempt.
        var update = SqliteStatements.For((SqliteConnection)connection, (SqliteTransaction)transaction, $"{change.Update} RETURNING attempt", change.Args);
        if (update.ExecuteScalar() is not long attemptNow)
        {
            return false;
        }

        await AddHistoryAsync(connection, transaction, change.Id, change.NowMs, change.From.First().ToString(), change.To, attemptNow, change.Actor, change.Detail);
        await AddAlertAsync(connection, transaction, change);
        return true;
    }

    protected override Task AddAlertAsync(DbConnection connection, DbTransaction transaction, ChangeStatement change) =>
        Task.FromResult(change.AlertType is null ? 0 : SqliteStatements.For((SqliteConnection)connection, (SqliteTransaction)transaction, AlertOutbox.FromPublicationSql,
            ("AlertId", change.Args.Get<string>("AlertId")), ("AlertType", change.AlertType), ("Now", change.NowMs), ("Id", change.Id)).ExecuteNonQuery());

    public override Task AddHistoryAsync(
        DbConnection connection, DbTransaction transaction, string id, long atMs, string? from, string to, long attempt, string actor, string? detail) =>
        Task.FromResult(SqliteStatements.For((SqliteConnection)connection, (SqliteTransaction)transaction, HistoryInsert,
            ("Id", id), ("At", atMs), ("From", from), ("To", to), ("Attempt", attempt), ("Actor", actor), ("Detail", detail)).ExecuteNonQuery());

    // Prepared once per connection and bound per row: parsing it again for every row was most of a load.
    protected override Task InsertRowAsync(DbConnection connection, DbTransaction transaction, NewPublication insert, long now) =>
        Task.FromResult(SqliteStatements.For((SqliteConnection)connection, (SqliteTransaction)transaction, InsertSql, insert.Args(now)).ExecuteNonQuery());

    protected override Task<int> SetNewJobAsync(DbConnection connection, DbTransaction transaction, string id, long revision, string jobId) =>
        Task.FromResult(SqliteStatements.For((SqliteConnection)connection, (SqliteTransaction)transaction, SetNewJobSql,
            ("id", id), ("revision", revision), ("jobId", jobId)).ExecuteNonQuery());
}
