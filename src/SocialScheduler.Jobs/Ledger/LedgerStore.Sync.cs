using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using SocialScheduler.Jobs.Storage;
using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>One publication as the schedule wants it now.</summary>
/// <param name="Size">The card size the post asks for, or null for the account's default.</param>
/// <param name="AltText">The card's alt text in this locale, or null without a card.</param>
internal sealed record DesiredPublication(
    PublicationKey Key, string Origin, long DueMs, string TimeZone, string Text, string? Card, string? Author, string? Size = null, string? AltText = null)
{
    // A post without a size keeps the hash it had before sizes were stored, so an upgrade moves nothing; a changed
    // size or alt text changes the hash, so the post moves (its card drawn again, its approval asked again).
    public string Hash { get; } = HashOf(Origin, DueMs, TimeZone, Card, Text, Size, AltText);

    /// <summary>The hash before alt text was part of it: a record stored then takes its alt text without moving.</summary>
    public string HashWithoutAltText { get; } = HashOf(Origin, DueMs, TimeZone, Card, Text, Size, null);

    /// <summary>
    /// Not added to the ledger when due before this (null: always added): <see cref="long.MaxValue"/> for an
    /// occurrence of a cancelled series, the moment of resumption for one resumed. One already there is kept.
    /// </summary>
    public long? AddedFromMs { get; init; }

    /// <summary>The approval of the series this occurrence inherits when added, if the approved content is unchanged.</summary>
    public SeriesApproval? Approval { get; init; }

    private static string HashOf(string origin, long dueMs, string timeZone, string? card, string text, string? size, string? altText) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{origin}\n{dueMs}\n{timeZone}\n{card}\n{text}" + (size is null ? "" : $"\nsize={size}") + (altText is null ? "" : $"\nalt={altText}"))));
}

/// <summary>What a sync changed: jobs to create (records whose job id was cleared) and jobs to delete.</summary>
internal sealed record SyncOutcome(int Added, int Moved, int Cancelled, int Unchanged, IReadOnlyList<string> JobsToDelete);

internal sealed partial class LedgerStore
{
    internal const string RemovedHash = "removed";
    private static readonly HashSet<string> Editable = ["Scheduled", "Paused", "Failed", "Cancelled"];
    private static readonly HashSet<string> Pending = ["Scheduled", "Paused"];

    /// <summary>
    /// Makes the ledger match <paramref name="desired"/> in one transaction: new publications are inserted, changed
    /// ones that are not out yet move (new revision, job forgotten), pending ones no longer wanted are cancelled.
    /// Publications already sent keep their record; a later edit is noted in their history and not published.
    /// </summary>
    public async Task<SyncOutcome> SyncAsync(IReadOnlyCollection<DesiredPublication> desired, long missedBeforeMs, CancellationToken cancellationToken)
    {
        var now = NowMs;
        using var turn = await database.WriteTurnAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var existing = (await connection.QueryAsync<(string Id, string ContentHash, string State, string? JobId, long RunAtMs)>(
                $"SELECT id, content_hash, state, job_id, run_at_ms FROM {Table}", transaction: transaction))
            .ToDictionary(r => r.Id, StringComparer.Ordinal);

        int added = 0, moved = 0, cancelled = 0, unchanged = 0;
        var deleteJobs = new List<string>();
        var inserts = new List<(DesiredPublication Publication, bool Missed)>();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var publication in desired)
        {
            var id = publication.Key.ToString();
            wanted.Add(id);
            var missed = publication.DueMs < missedBeforeMs;
            if (!existing.TryGetValue(id, out var row))
            {
                if (publication.DueMs < publication.AddedFromMs)
                {
                    continue;
                }

                inserts.Add((publication, missed));
                added++;
            }
            else if (row.ContentHash == publication.Hash)
            {
                unchanged++;
            }
            else if (publication.AltText is not null && row.ContentHash == publication.HashWithoutAltText)
            {
                // Stored before alt text was kept: nothing a reviewer approved changed, so the record keeps its state,
                // approval and job, and a pending one now carries the alt text the post gives (one already sent keeps
                // none: what it sent was the renderer's).
                await connection.ExecuteAsync($"UPDATE {Table} SET alt_text = @AltText, content_hash = @Hash WHERE id = @id",
                    new { AltText = Editable.Contains(row.State) ? publication.AltText : null, publication.Hash, id }, transaction);
                unchanged++;
            }
            else if (Editable.Contains(row.State))
            {
                await MoveAsync(connection, transaction, publication, row.State, missed, now);
                AddJob(deleteJobs, row.JobId);
                moved++;
            }
            else
            {
                await connection.ExecuteAsync($"UPDATE {Table} SET content_hash = @Hash WHERE id = @id", new { publication.Hash, id }, transaction);
                await AddHistoryAsync(connection, transaction, id, now, row.State, row.State, 0, "sync",
                    $"The post changed after it was sent ({row.State}); the change was not published.");
            }
        }

        await InsertAllAsync(connection, transaction, inserts, now);
        foreach (var row in existing.Values.Where(r => !wanted.Contains(r.Id) && Pending.Contains(r.State)))
        {
            // An occurrence of a repeating post leaves the wanted set when its time falls out of the missed window:
            // it was missed, not removed, and saying so tells the user to look at why it did not go out.
            var message = row.RunAtMs < missedBeforeMs ? MissedPendingMessage(row.RunAtMs, now, missedBeforeMs) : "Removed from its schedule.";
            await connection.ExecuteAsync(
                $"UPDATE {Table} SET state = 'Cancelled', content_hash = @Removed, job_id = NULL, revision = revision + 1, " +
                "message = @Message, updated_ms = @now WHERE id = @Id",
                new { Removed = RemovedHash, Message = message, now, row.Id }, transaction);
            await AddHistoryAsync(connection, transaction, row.Id, now, row.State, "Cancelled", 0, "sync", message);
            AddJob(deleteJobs, row.JobId);
            cancelled++;
        }

        await transaction.CommitAsync(cancellationToken);
        return new SyncOutcome(added, moved, cancelled, unchanged, deleteJobs);
    }

    private static void AddJob(List<string> jobs, string? jobId)
    {
        if (jobId is not null)
        {
            jobs.Add(jobId);
        }
    }

    private static string MissedPendingMessage(long runAtMs, long now, long missedBeforeMs) =>
        $"Missed: meant to go out at {PublicationRow.Ms(runAtMs):u} and still not sent {TimeSpan.FromMilliseconds(now - runAtMs).TotalHours:0.#} h later, " +
        $"beyond Publishing:MissedWindow ({TimeSpan.FromMilliseconds(now - missedBeforeMs)}). Retry it or schedule it again to publish it.";

    private static string MissedMessage(DesiredPublication p) =>
        $"Not published: its time ({PublicationRow.Ms(p.DueMs):u}) had passed more than the missed-post window ago when it was loaded.";

    private async Task InsertAllAsync(
        System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, List<(DesiredPublication Publication, bool Missed)> inserts, long now)
    {
        if (database.Provider != Core.Storage.StorageProvider.PostgreSql)
        {
            foreach (var (publication, missed) in inserts)
            {
                await InsertAsync(connection, transaction, publication, missed, now);
            }

            return;
        }

        // A 10,000-post schedule was 20,000 round trips; as arrays it is two per chunk.
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
                    Ids = ps.Select(p => p.Key.ToString()).ToArray(), Campaigns = ps.Select(p => p.Key.Campaign).ToArray(),
                    PostIds = ps.Select(p => p.Key.PostId).ToArray(), Accounts = ps.Select(p => p.Key.Account).ToArray(),
                    Locales = ps.Select(p => p.Key.Locale).ToArray(), Origins = ps.Select(p => p.Origin).ToArray(),
                    Dues = ps.Select(p => p.DueMs).ToArray(), Zones = ps.Select(p => p.TimeZone).ToArray(),
                    Texts = ps.Select(p => p.Text).ToArray(), Cards = ps.Select(p => p.Card).ToArray(), Sizes = ps.Select(p => p.Size).ToArray(), Alts = ps.Select(p => p.AltText).ToArray(), Hashes = ps.Select(p => p.Hash).ToArray(),
                    States = chunk.Select(i => StateOf(i.Missed)).ToArray(),
                    Messages = chunk.Select(i => i.Missed ? MissedMessage(i.Publication) : null).ToArray(),
                    Authors = ps.Select(p => p.Author).ToArray(),
                    ApprovedBy = chunk.Select(i => Inherited(i)?.ApprovedBy).ToArray(),
                    ApprovedMs = chunk.Select(i => Inherited(i)?.ApprovedAt.ToUnixTimeMilliseconds()).ToArray(), Now = now,
                },
                transaction);
            await connection.ExecuteAsync(
                "INSERT INTO publishing_history (publication_id, at_ms, from_state, to_state, attempt, actor, detail) " +
                "SELECT id, @Now, NULL, state, 0, 'sync', detail FROM unnest(@Ids, @States, @Details) AS v(id, state, detail)",
                new
                {
                    Ids = ps.Select(p => p.Key.ToString()).ToArray(),
                    States = chunk.Select(i => StateOf(i.Missed)).ToArray(),
                    Details = chunk.Select(i => i.Missed ? MissedMessage(i.Publication) : ScheduledMessage(i.Publication)).ToArray(),
                    Now = now,
                },
                transaction);
            var approved = chunk.Where(i => Inherited(i) is not null).Select(i => i.Publication).ToArray();
            if (approved.Length > 0)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO publishing_history (publication_id, at_ms, from_state, to_state, attempt, actor, detail) " +
                    "SELECT id, @Now, 'Scheduled', 'Scheduled', 0, 'sync', detail FROM unnest(@Ids, @Details) AS v(id, detail)",
                    new { Ids = approved.Select(p => p.Key.ToString()).ToArray(), Details = approved.Select(p => InheritedMessage(p.Approval!)).ToArray(), Now = now },
                    transaction);
            }
        }
    }

    /// <summary>The series approval a new publication takes: none when it is missed (it never goes out).</summary>
    private static SeriesApproval? Inherited((DesiredPublication Publication, bool Missed) insert) => insert.Missed ? null : insert.Publication.Approval;

    private static string InheritedMessage(SeriesApproval approval) =>
        $"Approved with its series: {approval.ApprovedBy} approved '{approval.Locale}' on {approval.ApprovedAt:u} and the post has not changed since.";

    private static string ScheduledMessage(DesiredPublication p) => $"Scheduled from {p.Origin} for {PublicationRow.Ms(p.DueMs):u}.";

    private static string StateOf(bool missed) => missed ? "Cancelled" : "Scheduled";

    private static readonly string InsertSql =
        $"INSERT INTO {Table} (id, campaign, post_id, account, locale, origin, due_ms, run_at_ms, time_zone, body, card, card_size, alt_text, content_hash, " +
        "state, attempt, failures, revision, message, author, approved_by, approved_ms, created_ms, updated_ms) " +
        "VALUES (@Id, @Campaign, @PostId, @Account, @Locale, @Origin, @DueMs, @DueMs, @TimeZone, @Text, @Card, @Size, @AltText, @Hash, " +
        "@State, 0, 0, 1, @Message, @Author, @ApprovedBy, @ApprovedMs, @Now, @Now)";

    private static DynamicParameters InsertArgs(DesiredPublication p, bool missed, long now)
    {
        var args = new DynamicParameters();
        args.Add("Id", p.Key.ToString());
        args.Add("Campaign", p.Key.Campaign);
        args.Add("PostId", p.Key.PostId);
        args.Add("Account", p.Key.Account);
        args.Add("Locale", p.Key.Locale);
        args.Add("Origin", p.Origin);
        args.Add("DueMs", p.DueMs);
        args.Add("TimeZone", p.TimeZone);
        args.Add("Text", p.Text);
        args.Add("Card", p.Card);
        args.Add("Size", p.Size);
        args.Add("AltText", p.AltText);
        args.Add("Hash", p.Hash);
        args.Add("State", StateOf(missed));
        args.Add("Message", missed ? MissedMessage(p) : null);
        args.Add("Author", p.Author);
        var approval = Inherited((p, missed));
        args.Add("ApprovedBy", approval?.ApprovedBy);
        args.Add("ApprovedMs", approval?.ApprovedAt.ToUnixTimeMilliseconds());
        args.Add("Now", now);
        return args;
    }

    private static async Task InsertAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, DesiredPublication p, bool missed, long now)
    {
        if (connection is SqliteConnection sqlite)
        {
            // Prepared once per connection and bound per row: parsing it again for every row was most of a load.
            SqliteStatements.For(sqlite, (SqliteTransaction)transaction, InsertSql, InsertArgs(p, missed, now)).ExecuteNonQuery();
        }
        else
        {
            await connection.ExecuteAsync(InsertSql, InsertArgs(p, missed, now), transaction);
        }

        await AddHistoryAsync(connection, transaction, p.Key.ToString(), now, null, StateOf(missed), 0, "sync",
            missed ? MissedMessage(p) : ScheduledMessage(p));
        if (Inherited((p, missed)) is { } approval)
        {
            await AddHistoryAsync(connection, transaction, p.Key.ToString(), now, StateOf(missed), StateOf(missed), 0, "sync", InheritedMessage(approval));
        }
    }

    private static async Task MoveAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, DesiredPublication p, string from, bool missed, long now)
    {
        var state = StateOf(missed);
        await connection.ExecuteAsync(
            $"UPDATE {Table} SET due_ms = @DueMs, run_at_ms = @DueMs, time_zone = @TimeZone, body = @Text, card = @Card, card_size = @Size, alt_text = @AltText, " +
            "content_hash = @Hash, origin = @Origin, author = COALESCE(@Author, author), state = @State, failures = 0, revision = revision + 1, " +
            "job_id = NULL, message = @Message, approved_by = NULL, approved_ms = NULL, updated_ms = @Now WHERE id = @Id",
            new { Id = p.Key.ToString(), p.DueMs, p.TimeZone, p.Text, p.Card, p.Size, p.AltText, p.Hash, p.Origin, p.Author, State = state, Message = missed ? MissedMessage(p) : null, Now = now },
            transaction);
        await AddHistoryAsync(connection, transaction, p.Key.ToString(), now, from, state, 0, "sync",
            missed ? MissedMessage(p) : $"Changed in {p.Origin}: now due {PublicationRow.Ms(p.DueMs):u}.");
    }
}
