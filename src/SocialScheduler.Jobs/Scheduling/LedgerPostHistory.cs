using System.Data.Common;
using Microsoft.Extensions.Logging;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Time;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Scheduling;

/// <summary>
/// The posts the publication ledger holds, for the schedule rules (<see cref="IPostHistory"/>): read once from the
/// database, then kept up to date by every schedule sync.
/// </summary>
/// <remarks>
/// Thread-safe. The pipeline reads the ledger with <see cref="LoadAsync"/> before its first sync, so no thread waits
/// on the database; the schedule rules are synchronous, so without that (<c>validate</c>, <c>plan</c>) the first
/// <see cref="Find"/> reads it and blocks. A SQLite file that does not exist is not created: a fresh clone has no ledger.
/// </remarks>
internal sealed class LedgerPostHistory(LedgerDatabase database, LedgerQueries ledger, TimeProvider time, ILogger<LedgerPostHistory> logger) : IPostHistory
{
    /// <summary>After a failed read (a database not yet migrated), the next one waits this long.</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private Dictionary<string, KnownPost>? _known;
    private DateTimeOffset _retryAt = DateTimeOffset.MinValue;

    /// <summary>Syncs that happened while nothing was read: a read begun before one of them misses what it added.</summary>
    private int _unseenSyncs;

    public KnownPost? Find(string campaign, string postId)
    {
        lock (_gate)
        {
            if (_known is null && CanRead())
            {
                Keep(() => ReadAsync(CancellationToken.None).GetAwaiter().GetResult());
            }

            return _known?.GetValueOrDefault(campaign + "/" + postId);
        }
    }

    /// <summary>Reads the ledger ahead of the first question; does nothing once it is read.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        int unseen;
        lock (_gate)
        {
            if (_known is not null || !CanRead())
            {
                return;
            }

            unseen = _unseenSyncs;
        }

        IEnumerable<(string, string, long)>? rows = null;
        try
        {
            rows = await ReadAsync(cancellationToken);
        }
        catch (DbException ex)
        {
            lock (_gate)
            {
                Failed(ex);
            }
        }

        lock (_gate)
        {
            if (rows is not null && _known is null && unseen == _unseenSyncs)
            {
                Keep(() => rows);
            }
        }
    }

    /// <summary>Records what a sync has just put in the ledger.</summary>
    public void Remember(IEnumerable<(PublicationKey Key, long DueMs)> publications)
    {
        lock (_gate)
        {
            if (_known is null)
            {
                // Not read yet: the first question reads the ledger, this sync included.
                _unseenSyncs++;
                return;
            }

            foreach (var (key, dueMs) in publications)
            {
                Add(_known, key.Campaign, key.PostId, dueMs);
            }
        }
    }

    private bool CanRead() => (database.SqliteFile is not { } file || File.Exists(file)) && time.GetUtcNow() >= _retryAt;

    private void Keep(Func<IEnumerable<(string Campaign, string PostId, long DueMs)>> read)
    {
        try
        {
            var known = new Dictionary<string, KnownPost>(StringComparer.Ordinal);
            foreach (var (campaign, postId, dueMs) in read())
            {
                Add(known, campaign, postId, dueMs);
            }

            _known = known;
        }
        catch (DbException ex)
        {
            Failed(ex);
        }
    }

    private void Failed(DbException ex)
    {
        _retryAt = time.GetUtcNow() + RetryAfter;
        logger.LogDebug(ex, "The ledger could not be read for the schedule rules; past posts are judged without it");
    }

    private Task<IEnumerable<(string Campaign, string PostId, long DueMs)>> ReadAsync(CancellationToken cancellationToken) =>
        ledger.FirstDueByPostAsync(cancellationToken);

    private static void Add(Dictionary<string, KnownPost> known, string campaign, string publicationPostId, long dueMs)
    {
        // The schedule names a repeating post by its id; the ledger files each occurrence under its own id.
        var occurrence = Recurrence.TryParseOccurrence(publicationPostId, out var postId, out _);
        var due = DateTimeOffset.FromUnixTimeMilliseconds(dueMs);
        var key = campaign + "/" + postId;
        known[key] = known.TryGetValue(key, out var before) && before.DueUtc < due && occurrence
            ? before
            : new KnownPost(due, occurrence);
    }
}
