using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing;

namespace SocialScheduler.Jobs.Scheduling;

/// <summary>
/// Keeps the ledger and the publish jobs in step with the schedule (files and web posts): on start and after every
/// change. Unchanged posts create nothing; a changed post moves its pending jobs; a removed post cancels them.
/// </summary>
/// <remarks>Thread-safe: syncs run one at a time.</remarks>
internal sealed class ScheduleSynchronizer : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IScheduleSource _source;
    private readonly WebPostStore _webPosts;
    private readonly LedgerStore _ledger;
    private readonly IJobScheduler _jobs;
    private readonly PublicationScheduler _scheduler;
    private readonly IOptions<PublishingOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ScheduleSynchronizer> _logger;

    public ScheduleSynchronizer(
        IScheduleSource source, WebPostStore webPosts, LedgerStore ledger, IJobScheduler jobs, PublicationScheduler scheduler,
        IOptions<PublishingOptions> options, TimeProvider time, ILogger<ScheduleSynchronizer> logger)
    {
        (_source, _webPosts, _ledger, _jobs, _scheduler, _options, _time, _logger) = (source, webPosts, ledger, jobs, scheduler, options, time, logger);
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Makes the ledger match the schedule source's current snapshot plus the web posts.</summary>
    public async Task<SyncSummary> SyncAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var posts = _source.Current.Posts.Select(p => (Post: p, Author: (string?)null))
                .Concat((await _webPosts.ListAuthoredAsync(cancellationToken)).Select(w => (w.Post, (string?)w.Author)));
            var desired = new Dictionary<string, DesiredPublication>(StringComparer.Ordinal);
            foreach (var (post, author) in posts)
            {
                foreach (var key in post.Publications())
                {
                    // A web post with the id of a file post would fight it; the first (the file) wins.
                    desired.TryAdd(key.ToString(), new DesiredPublication(
                        key, post.Origin, post.DueUtc.ToUnixTimeMilliseconds(), post.TimeZone,
                        post.Text.TryGetValue(key.Locale, out var text) ? text : "", post.Card, author, post.Size));
                }
            }

            var missedBefore = (_time.GetUtcNow() - _options.Value.MissedWindow).ToUnixTimeMilliseconds();
            var outcome = await _ledger.SyncAsync(desired.Values, missedBefore, cancellationToken);
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
            return summary;
        }
        finally
        {
            _gate.Release();
        }
    }
}

/// <summary>What one sync did, in publications (post × account × locale) and jobs.</summary>
public sealed record SyncSummary(int Added, int Moved, int Cancelled, int Unchanged, int JobsCreated)
{
    public override string ToString() =>
        $"{Added} added, {Moved} moved, {Cancelled} cancelled, {Unchanged} unchanged, {JobsCreated} jobs created";
}
