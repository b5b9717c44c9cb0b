using System.Data.Common;
using Dapper;
using SocialScheduler.Jobs.Ledger.Dialects;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>Makes the ledger match the schedule: the write side of <see cref="Scheduling.ScheduleSynchronizer"/>.</summary>
/// <remarks>Thread-safe singleton; one sync at a time writes (on SQLite it takes the process's write turn).</remarks>
internal sealed class LedgerSync(LedgerDatabase database, LedgerDialect dialect, TimeProvider time)
{
    /// <summary>The content hash of a record the sync cancelled because its post left the schedule.</summary>
    internal const string RemovedHash = "removed";

    private const string Table = LedgerDialect.Table;
    private static readonly HashSet<string> Editable = ["Scheduled", "Paused", "Failed", "Cancelled"];
    private static readonly HashSet<string> Pending = ["Scheduled", "Paused"];

    /// <summary>
    /// Makes the ledger match <paramref name="desired"/> in one transaction: new publications are inserted, changed
    /// ones that are not out yet move (new revision, job forgotten), pending ones no longer wanted are cancelled.
    /// Publications already sent keep their record; a later edit is noted in their history and not published.
    /// </summary>
    public async Task<SyncOutcome> SyncAsync(IReadOnlyCollection<DesiredPublication> desired, long missedBeforeMs, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        using var turn = await database.WriteTurnAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var existing = (await connection.QueryAsync<(string Id, string ContentHash, string State, string? JobId, long RunAtMs)>(
                $"SELECT id, content_hash, state, job_id, run_at_ms FROM {Table}", transaction: transaction))
            .ToDictionary(r => r.Id, StringComparer.Ordinal);

        int added = 0, moved = 0, cancelled = 0, unchanged = 0;
        var deleteJobs = new List<string>();
        var inserts = new List<NewPublication>();
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

                inserts.Add(new NewPublication(publication, missed));
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
                await dialect.AddHistoryAsync(connection, transaction, id, now, row.State, row.State, 0, "sync", SyncMessages.ChangedAfterSent(row.State));
            }
        }

        await dialect.InsertAsync(connection, transaction, inserts, now);
        foreach (var row in existing.Values.Where(r => !wanted.Contains(r.Id) && Pending.Contains(r.State)))
        {
            // An occurrence of a repeating post leaves the wanted set when its time falls out of the missed window:
            // it was missed, not removed, and saying so tells the user to look at why it did not go out.
            var message = row.RunAtMs < missedBeforeMs ? SyncMessages.MissedPending(row.RunAtMs, now, missedBeforeMs) : "Removed from its schedule.";
            await connection.ExecuteAsync(
                $"UPDATE {Table} SET state = 'Cancelled', content_hash = @Removed, job_id = NULL, revision = revision + 1, " +
                "message = @Message, updated_ms = @now WHERE id = @Id",
                new { Removed = RemovedHash, Message = message, now, row.Id }, transaction);
            await dialect.AddHistoryAsync(connection, transaction, row.Id, now, row.State, "Cancelled", 0, "sync", message);
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

    private async Task MoveAsync(DbConnection connection, DbTransaction transaction, DesiredPublication p, string from, bool missed, long now)
    {
        var moved = new NewPublication(p, missed);
        await connection.ExecuteAsync(
            $"UPDATE {Table} SET due_ms = @DueMs, run_at_ms = @DueMs, time_zone = @TimeZone, body = @Text, card = @Card, card_size = @Size, alt_text = @AltText, " +
            "content_hash = @Hash, origin = @Origin, author = COALESCE(@Author, author), state = @State, failures = 0, revision = revision + 1, " +
            "job_id = NULL, message = @Message, approved_by = NULL, approved_ms = NULL, updated_ms = @Now WHERE id = @Id",
            new { Id = moved.Id, p.DueMs, p.TimeZone, p.Text, p.Card, p.Size, p.AltText, p.Hash, p.Origin, p.Author, moved.State, moved.Message, Now = now },
            transaction);
        await dialect.AddHistoryAsync(connection, transaction, moved.Id, now, from, moved.State, 0, moved.Actor,
            missed ? SyncMessages.Missed(p) : SyncMessages.Moved(p));
    }
}
