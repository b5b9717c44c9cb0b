using Dapper;
using Microsoft.Data.Sqlite;
using SocialScheduler.Core.Storage;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>What a publication must satisfy to be claimed without a look at it first.</summary>
/// <param name="NotAfterMs">Its next attempt is due by then (now, plus the early tolerance).</param>
/// <param name="NotBeforeMs">Its next attempt was due no earlier than this (inside the missed window).</param>
/// <param name="RequireApproval">It must carry an approval.</param>
internal sealed record ClaimConditions(long NotAfterMs, long NotBeforeMs, bool RequireApproval);

internal sealed partial class LedgerStore
{
    /// <summary>
    /// Claims revision <paramref name="revision"/> of a publication for its next attempt (Scheduled → Sending, attempt
    /// and idempotency key set, history written) when it is due, inside the missed window, approved if approval is
    /// required and not covered by a pause; returns the claimed record, or null when any of that does not hold (or
    /// the provider has no single-statement form, see <see cref="ClaimsInOneStatement"/>), and then nothing changed.
    /// </summary>
    /// <remarks>
    /// A publish job usually finds its record ready: this claims it in one write instead of a read, the checks and a
    /// write. The publish job falls back to the long way on null, which tells why and records it.
    /// </remarks>
    public async Task<PublicationRow?> ClaimIfReadyAsync(string id, long revision, ClaimConditions conditions, CancellationToken cancellationToken = default)
    {
        if (!ClaimsInOneStatement)
        {
            return null;
        }

        var now = NowMs;
        var args = new DynamicParameters();
        args.Add("Id", id);
        args.Add("Revision", revision);
        args.Add("Now", now);
        args.Add("NotAfter", conditions.NotAfterMs);
        args.Add("NotBefore", conditions.NotBeforeMs);
        args.Add("KeyPrefix", IdempotencyKeys.PrefixFor(id));
        var claim =
            $"UPDATE {Table} SET state = 'Sending', updated_ms = @Now, attempt = attempt + 1, " +
            "idempotency_key = @KeyPrefix || CAST(attempt + 1 AS TEXT) " +
            "WHERE id = @Id AND state = 'Scheduled' AND revision = @Revision AND run_at_ms <= @NotAfter AND run_at_ms >= @NotBefore" +
            (conditions.RequireApproval ? " AND approved_by IS NOT NULL" : "") +
            $" AND NOT EXISTS (SELECT 1 FROM publishing_pauses WHERE scope IN ('all', 'account:' || {Table}.account, 'campaign:' || {Table}.campaign))";

        if (database.Provider == StorageProvider.PostgreSql)
        {
            // One round trip: the claim, its history entry, and the claimed record back.
            await using var connection = await database.OpenAsync(cancellationToken);
            return await connection.QuerySingleOrDefaultAsync<PublicationRow>(new CommandDefinition(
                $"WITH claimed AS ({claim} RETURNING *), " +
                "logged AS (INSERT INTO publishing_history (publication_id, at_ms, from_state, to_state, attempt, actor, detail) " +
                "SELECT id, @Now, 'Scheduled', 'Sending', attempt, 'publisher', " +
                "'Attempt ' || attempt || ', idempotency key ' || idempotency_key || '.' FROM claimed) " +
                $"SELECT {PublicationRow.Columns} FROM claimed", args, cancellationToken: cancellationToken));
        }

        return await database.WriteAsync(async (connection, transaction) =>
        {
            PublicationRow? row;
            using (var reader = SqliteStatements.For((SqliteConnection)connection, (SqliteTransaction)transaction,
                       $"{claim} RETURNING {PublicationRow.Columns}", args).ExecuteReader())
            {
                row = reader.Parse<PublicationRow>().SingleOrDefault();
            }

            if (row is not null)
            {
                await AddHistoryAsync(connection, transaction, id, now, nameof(PublicationState.Scheduled), nameof(PublicationState.Sending),
                    row.Attempt, "publisher", ClaimDetail(row.Attempt, row.IdempotencyKey!));
            }

            return row;
        }, cancellationToken);
    }

    /// <summary>Whether <see cref="ClaimIfReadyAsync"/> can claim on this provider (SQL Server takes the long path).</summary>
    public bool ClaimsInOneStatement => database.Provider is StorageProvider.Sqlite or StorageProvider.PostgreSql;

    /// <summary>The history detail of a claim; the same words on every path.</summary>
    internal static string ClaimDetail(long attempt, string idempotencyKey) => $"Attempt {attempt}, idempotency key {idempotencyKey}.";
}
