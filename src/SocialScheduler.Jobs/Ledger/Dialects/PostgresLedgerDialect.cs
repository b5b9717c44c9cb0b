using System.Data;
using System.Data.Common;
using Dapper;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger.Dialects;

/// <summary>
/// PostgreSQL: a claim or a transition is one statement with its history entry (a CTE), and a batch (a sync's new
/// publications, a batch of job links, a history export) is one statement over arrays instead of a round trip per row.
/// </summary>
internal sealed class PostgresLedgerDialect(LedgerDatabase database) : LedgerDialect(database)
{
    public override bool ClaimsInOneStatement => true;

    public override async Task<PublicationRow?> ClaimAsync(ClaimStatement claim, CancellationToken cancellationToken)
    {
        // One round trip: the claim, its history entry, and the claimed record back.
        var (update, args) = ClaimUpdate(claim);
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<PublicationRow>(new CommandDefinition(
            $"WITH claimed AS ({update} RETURNING *), " +
            "logged AS (INSERT INTO publishing_history (publication_id, at_ms, from_state, to_state, attempt, actor, detail) " +
            "SELECT id, @Now, 'Scheduled', 'Sending', attempt, 'publisher', " +
            "'Attempt ' || attempt || ', idempotency key ' || idempotency_key || '.' FROM claimed) " +
            $"SELECT {PublicationRow.Columns} FROM claimed", args, cancellationToken: cancellationToken));
    }

    // One round trip, committed on its own: the row lock taken by the inner SELECT makes the old state it reads the
    // one the compare-and-set replaced, and the history entry exists exactly when the update applied.
    public override async Task<bool> TransitionAsync(ChangeStatement change, CancellationToken cancellationToken)
    {
        var args = change.Args;
        args.Add("Actor", change.Actor, DbType.String);
        args.Add("Detail", change.Detail, DbType.String);
        // The alert, when the change has one, is one more CTE: written exactly when the update applied.
        var alert = change.AlertType is null ? "" :
            $", alerted AS (INSERT INTO alerts_events ({AlertOutbox.Columns}) " +
            "SELECT @AlertId, @AlertType, @Now, @Id, campaign, post_id, account, locale, state, message, NULL FROM changed) ";
        var sql =
            $"WITH changed AS (UPDATE {Table} SET {change.Set} " +
            $"FROM (SELECT id AS old_id, state AS old_state FROM {Table} WHERE id = @Id FOR UPDATE) old " +
            $"WHERE id = old_id AND {change.Where} RETURNING old_state, attempt, campaign, post_id, account, locale, state, message) " +
            alert +
            "INSERT INTO publishing_history (publication_id, at_ms, from_state, to_state, attempt, actor, detail) " +
            "SELECT @Id, @Now, old_state, @To, attempt, @Actor, @Detail FROM changed";
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, args, cancellationToken: cancellationToken)) == 1;
    }

    // A 10,000-post schedule was 20,000 round trips; as arrays it is two per chunk.
    public override async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<NewPublication> inserts, long now)
    {
        foreach (var chunk in inserts.Chunk(2000))
        {
            var ps = chunk.Select(i => i.Publication).ToArray();
            await connection.ExecuteAsync(
                $"INSERT INTO {Table} (id, campaign, post_id, account, locale, origin, due_ms, run_at_ms, time_zone, body, card, card_size, alt_text, content_hash, " +
                "state, attempt, failures, revision, message, author, approved_by, approved_ms, created_ms, updated_ms) " +
                "SELECT id, campaign, post_id, account, locale, origin, due_ms, due_ms, time_zone, body, card, card_size, alt_text, hash, state, 0, 0, 1, message, author, approved_by, approved_ms, @Now, @Now " +
                "FROM unnest(@Ids, @Campaigns, @PostIds, @Accounts, @Locales, @Origins, @Dues, @Zones, @Texts, @Cards, @Sizes, @Alts, @Hashes, @States, @Messages, @Authors, @ApprovedBy, @ApprovedMs) " +
                "AS v(id, campaign, post_id, account, locale, origin, due_ms, time_zone, body, card, card_size, alt_text, hash, state, message, author, approved_by, approved_ms)",
                new
                {
                    Ids = chunk.Select(i => i.Id).ToArray(), Campaigns = ps.Select(p => p.Key.Campaign).ToArray(),
                    PostIds = ps.Select(p => p.Key.PostId).ToArray(), Accounts = ps.Select(p => p.Key.Account).ToArray(),
                    Locales = ps.Select(p => p.Key.Locale).ToArray(), Origins = ps.Select(p => p.Origin).ToArray(),
                    Dues = ps.Select(p => p.DueMs).ToArray(), Zones = ps.Select(p => p.TimeZone).ToArray(),
                    Texts = ps.Select(p => p.Text).ToArray(), Cards = ps.Select(p => p.Card).ToArray(), Sizes = ps.Select(p => p.Size).ToArray(),
                    Alts = ps.Select(p => p.AltText).ToArray(), Hashes = ps.Select(p => p.Hash).ToArray(),
                    States = chunk.Select(i => i.State).ToArray(),
                    Messages = chunk.Select(i => i.Message).ToArray(),
                    Authors = ps.Select(p => p.Author).ToArray(),
                    ApprovedBy = chunk.Select(i => i.Approval?.ApprovedBy).ToArray(),
                    ApprovedMs = chunk.Select(i => i.Approval?.ApprovedAt.ToUnixTimeMilliseconds()).ToArray(), Now = now,
                },
                transaction);
            await connection.ExecuteAsync(
                "INSERT INTO publishing_history (publication_id, at_ms, from_state, to_state, attempt, actor, detail) " +
                "SELECT id, @Now, NULL, state, 0, actor, detail FROM unnest(@Ids, @States, @Actors, @Details) AS v(id, state, actor, detail)",
                new
                {
                    Ids = chunk.Select(i => i.Id).ToArray(),
                    States = chunk.Select(i => i.State).ToArray(),
                    Actors = chunk.Select(i => i.Actor).ToArray(),
                    Details = chunk.Select(i => i.Detail).ToArray(),
                    Now = now,
                },
                transaction);
            var approved = chunk.Where(i => i.ApprovalDetail is not null).ToArray();
            if (approved.Length > 0)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO publishing_history (publication_id, at_ms, from_state, to_state, attempt, actor, detail) " +
                    "SELECT id, @Now, 'Scheduled', 'Scheduled', 0, 'sync', detail FROM unnest(@Ids, @Details) AS v(id, detail)",
                    new { Ids = approved.Select(i => i.Id).ToArray(), Details = approved.Select(i => i.ApprovalDetail).ToArray(), Now = now },
                    transaction);
            }
        }
    }

    // A batch of 2,000 job ids was 2,000 round trips; as arrays it is one.
    public override async Task<IReadOnlyList<string>> SetNewJobsAsync(IReadOnlyList<(string Id, long Revision, string JobId)> jobs, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        var recorded = await connection.QueryAsync<string>(new CommandDefinition(
            $"UPDATE {Table} SET job_id = v.job_id FROM unnest(@Ids, @Revisions, @JobIds) AS v(id, revision, job_id) " +
            $"WHERE {Table}.id = v.id AND {Table}.revision = v.revision AND state = 'Scheduled' AND {Table}.job_id IS NULL RETURNING v.job_id",
            new { Ids = jobs.Select(j => j.Id).ToArray(), Revisions = jobs.Select(j => j.Revision).ToArray(), JobIds = jobs.Select(j => j.JobId).ToArray() },
            cancellationToken: cancellationToken));
        var won = recorded.ToHashSet(StringComparer.Ordinal);
        return jobs.Select(j => j.JobId).Where(j => !won.Contains(j)).ToList();
    }

    // One array parameter, however many ids.
    public override async Task<IReadOnlyList<PublicationHistoryEntry>> HistoryOfAsync(DbConnection connection, string[] ids, CancellationToken cancellationToken)
    {
        var all = await connection.QueryAsync<HistoryRow>(new CommandDefinition(
            $"{HistoryRow.Select} WHERE publication_id = ANY(@Ids) ORDER BY publication_id, id", new { Ids = ids }, cancellationToken: cancellationToken));
        return all.Select(r => r.ToEntry()).ToList();
    }
}
