using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Time;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing;

namespace SocialScheduler.Jobs.Scheduling;

/// <summary>
/// Keeps the ledger and the publish jobs in step with the schedule (files and web posts): on start and after every
/// change. Unchanged posts create nothing; a changed post moves its pending jobs; a removed post cancels them.
/// A repeating post puts each occurrence in the ledger under its own id (<see cref="Recurrence.OccurrenceId"/>):
/// every occurrence due within the job horizon, and always the next one; the sync runs again when the next occurrence
/// is due, so the one after it is added as each goes out. Decisions about a whole series apply to the occurrences
/// added later: a cancelled series adds none (until resumed, or the post changes), and an approved locale's new
/// occurrences come approved while the content approved is unchanged.
/// </summary>
/// <remarks>Thread-safe: syncs run one at a time.</remarks>
internal sealed class ScheduleSynchronizer : IDisposable
{
    /// <summary>How far ahead occurrences of repeating posts are put in the ledger when no job horizon is set.</summary>
    internal static readonly TimeSpan RepeatLookahead = TimeSpan.FromDays(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _wakeGate = new();
    private ITimer? _wake;
    private bool _disposed;
    private readonly PostsInForce _posts;
    private readonly LedgerSync _ledger;
    private readonly LedgerSeries _series;
    private readonly IJobScheduler _jobs;
    private readonly PublicationScheduler _scheduler;
    private readonly IOptions<PublishingOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ScheduleSynchronizer> _logger;
    private readonly LedgerPostHistory _history;

    public ScheduleSynchronizer(
        PostsInForce posts, LedgerSync ledger, LedgerSeries series, IJobScheduler jobs, PublicationScheduler scheduler,
        IOptions<PublishingOptions> options, TimeProvider time, ILogger<ScheduleSynchronizer> logger, LedgerPostHistory history)
    {
        (_posts, _ledger, _series, _jobs, _scheduler, _options, _time, _logger) = (posts, ledger, series, jobs, scheduler, options, time, logger);
        _history = history;
    }

    public void Dispose()
    {
        lock (_wakeGate)
        {
            _disposed = true;
            _wake?.Dispose();
        }

        _gate.Dispose();
    }

    /// <summary>Makes the ledger match the posts in force: the schedule source's current snapshot plus the web posts.</summary>
    public async Task<SyncSummary> SyncAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var posts = await _posts.ListAsync(cancellationToken);
            var cancellations = (await _series.CancellationsAsync(cancellationToken)).ToDictionary(c => (c.Campaign, c.PostId));
            var approvals = (await _series.ApprovalsAsync(cancellationToken)).ToDictionary(a => (a.Campaign, a.PostId, a.Locale));
            var now = _time.GetUtcNow();
            var from = _options.Value.MissedBefore(now);
            var lookahead = _options.Value.JobHorizon ?? RepeatLookahead;
            var desired = new Dictionary<string, DesiredPublication>(StringComparer.Ordinal);
            DateTimeOffset? wakeAt = null;
            foreach (var (post, author) in posts)
            {
                var addedFrom = post.Repeat is null ? null : AddedFrom(post, cancellations.GetValueOrDefault((post.Campaign, post.Id)));
                var inherited = new Dictionary<string, SeriesApproval?>(StringComparer.Ordinal);
                foreach (var due in Due(post, now, from, lookahead, ref wakeAt))
                {
                    var locale = due.Key.Locale;
                    if (post.Repeat is not null && !inherited.ContainsKey(locale))
                    {
                        inherited[locale] = Inherits(post, locale, author, approvals.GetValueOrDefault((post.Campaign, post.Id, locale)));
                    }

                    // The posts in force hold one post per id; should two still name one publication, the first wins.
                    desired.TryAdd(due.Key.ToString(), new DesiredPublication(
                        due.Key, post.Origin, due.DueUtc.ToUnixTimeMilliseconds(), post.TimeZone,
                        post.Text.TryGetValue(locale, out var text) ? text : "", post.Card, author, post.Size,
                        post.Card is null ? null : post.AltText?.GetValueOrDefault(locale))
                    {
                        AddedFromMs = addedFrom,
                        Approval = inherited.GetValueOrDefault(locale),
                    });
                }
            }

            var missedBefore = from.ToUnixTimeMilliseconds();
            var outcome = await _ledger.SyncAsync(desired.Values, missedBefore, cancellationToken);
            _history.Remember(desired.Values.Select(d => (d.Key, d.DueMs)));
            if (_jobs.Active)
            {
                foreach (var jobId in outcome.JobsToDelete)
                {
                    _jobs.Delete(jobId);
                }
            }

            var created = await _scheduler.MaterializeAsync(cancellationToken);
            var summary = new SyncSummary(outcome.Added, outcome.Moved, outcome.Cancelled, outcome.Unchanged, created);
            _logger.LogInformation("Schedule synced: {Summary}", summary);
            WakeAt(wakeAt, now);
            return summary;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// From when new occurrences of a repeating post may enter the ledger: never while its series is cancelled; from
    /// the resumption when it was resumed (the ones missed meanwhile stay out); always once the post changed.
    /// </summary>
    private static long? AddedFrom(ScheduledPost post, SeriesCancellation? cancellation) =>
        cancellation is null || cancellation.Fingerprint != post.Fingerprint ? null
        : cancellation.InForce ? long.MaxValue
        : cancellation.ResumedAt!.Value.ToUnixTimeMilliseconds();

    /// <summary>
    /// The approval new occurrences of <paramref name="locale"/> inherit: the series approval, while what was approved
    /// is unchanged and the approver is still not the post's author (a web post re-saved by its approver is theirs).
    /// </summary>
    private static SeriesApproval? Inherits(ScheduledPost post, string locale, string? author, SeriesApproval? approval) =>
        approval is not null && approval.Fingerprint == SeriesFingerprint.Of(post, locale)
            && !string.Equals(approval.ApprovedBy, author, StringComparison.OrdinalIgnoreCase)
            ? approval
            : null;

    /// <summary>
    /// The publications of <paramref name="post"/> the ledger should hold now. For a repeating post: the occurrences
    /// from <paramref name="from"/> (older ones were never wanted) to the end of the lookahead, and at least the next
    /// one; <paramref name="wakeAt"/> becomes the earliest moment that set changes.
    /// </summary>
    private static IEnumerable<DuePublication> Due(ScheduledPost post, DateTimeOffset now, DateTimeOffset from, TimeSpan lookahead, ref DateTimeOffset? wakeAt)
    {
        if (post.Repeat is null)
        {
            return post.Publications().Select(key => new DuePublication(key, post.DueUtc));
        }

        var next = Recurrence.Next(post, now);
        var to = now + lookahead;
        var end = next is { } n && n >= to ? n.AddTicks(1) : to;
        var due = Recurrence.Publications(post, from, end).ToList();

        // When the next occurrence is due, the one after it must be added; when an occurrence nears the lookahead's
        // end, it must be added too.
        var candidates = new[] { next?.AddSeconds(1), Recurrence.Next(post, end) - lookahead };
        foreach (var candidate in candidates)
        {
            if (candidate is { } c && (wakeAt is null || c < wakeAt))
            {
                wakeAt = c;
            }
        }

        return due;
    }

    private void WakeAt(DateTimeOffset? wakeAt, DateTimeOffset now)
    {
        lock (_wakeGate)
        {
            if (_disposed)
            {
                return;
            }

            _wake?.Dispose();
            _wake = null;
            if (wakeAt is not { } at)
            {
                return;
            }

            // Timers take at most about 49 days; a far occurrence is simply looked at again a day later.
            var delay = at - now;
            delay = delay < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : delay > RepeatLookahead ? RepeatLookahead : delay;
            _logger.LogDebug("Next sync for repeating posts at {At:O}", now + delay);
            _wake = _time.CreateTimer(_ => _ = WakeAsync(), null, delay, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task WakeAsync()
    {
        try
        {
            await SyncAsync();
        }
        catch (ObjectDisposedException)
        {
            // The host stopped between the timer and the sync.
        }
        catch (Exception ex)
        {
            // The next change, restart or occurrence syncs again; the pending jobs are unaffected.
            _logger.LogError(ex, "Sync for repeating posts failed");
        }
    }
}

/// <summary>What one sync did, in publications (post × account × locale) and jobs.</summary>
public sealed record SyncSummary(int Added, int Moved, int Cancelled, int Unchanged, int JobsCreated)
{
    public override string ToString() =>
        $"{Added} added, {Moved} moved, {Cancelled} cancelled, {Unchanged} unchanged, {JobsCreated} jobs created";
}
