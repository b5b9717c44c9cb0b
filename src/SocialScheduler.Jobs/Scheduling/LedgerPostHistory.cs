using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Scheduling;

/// <summary>
/// The posts the publication ledger holds, for the schedule rules (<see cref="IPostHistory"/>): read once from the
/// database when first asked, then kept up to date by every schedule sync.
/// </summary>
/// <remarks>
/// Thread-safe. The schedule rules are synchronous, so the one read blocks; it happens on the first load of the
/// schedule at start. A SQLite file that does not exist is not created: a fresh clone has no ledger.
/// </remarks>
internal sealed class LedgerPostHistory(LedgerDatabase database, TimeProvider time, ILogger<LedgerPostHistory> logger) : IPostHistory
{
    /// <summary>After a failed read (a database not yet migrated), the next one waits this long.</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private Dictionary<string, KnownPost>? _known;
    private DateTimeOffset _retryAt = DateTimeOffset.MinValue;

    public KnownPost? Find(string campaign, string postId)
    {
        lock (_gate)
        {
            return (_known ?? Read())?.GetValueOrDefault(campaign + "/" + postId);
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
                return;
            }

            foreach (var (key, dueMs) in publications)
            {
                Add(_known, key.Campaign, key.PostId, dueMs);
            }
        }
    }

    private Dictionary<string, KnownPost>? Read()
    {
        if ((database.SqliteFile is { } file && !File.Exists(file)) || time.GetUtcNow() < _retryAt)
        {
            return null;
        }

        try
        {
            var rows = ReadAsync().GetAwaiter().GetResult();
            var known = new Dictionary<string, KnownPost>(StringComparer.Ordinal);
            foreach (var (campaign, postId, dueMs) in rows)
            {
                Add(known, campaign, postId, dueMs);
            }

            _known = known;
            return known;
        }
        catch (DbException ex)
        {
            _retryAt = time.GetUtcNow() + RetryAfter;
            logger.LogDebug(ex, "The ledger could not be read for the schedule rules; past posts are judged without it");
            return null;
        }
    }

    private async Task<IEnumerable<(string Campaign, string PostId, long DueMs)>> ReadAsync()
    {
        await using var connection = await database.OpenAsync();
        return await connection.QueryAsync<(string, string, long)>(
            "SELECT campaign, post_id, MIN(due_ms) FROM publishing_publications GROUP BY campaign, post_id");
    }

    private static void Add(Dictionary<string, KnownPost> known, string campaign, string postId, long dueMs)
    {
        // An occurrence of a repeating post is held as "<id>--<instant>"; the schedule names the post by its id.
        var split = postId.IndexOf("--", StringComparison.Ordinal);
        var id = split < 0 ? postId : postId[..split];
        var due = DateTimeOffset.FromUnixTimeMilliseconds(dueMs);
        var key = campaign + "/" + id;
        known[key] = known.TryGetValue(key, out var before) && before.DueUtc < due && split >= 0
            ? before
            : new KnownPost(due, split >= 0);
    }
}
