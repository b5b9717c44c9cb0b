using Microsoft.Extensions.Options;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Time;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Scheduling;

namespace SocialScheduler.Jobs.Publishing.Commands;

internal sealed partial class PublishingCommands(
    LedgerQueries ledger, LedgerTransitions transitions, LedgerSeries series, LedgerPauses pauses, IJobScheduler jobs, PublicationScheduler scheduler,
    IOptions<PublishingOptions> options, TimeProvider time, ScheduleSynchronizer synchronizer, IPostLookup posts, Contributors contributors) : IPublishingCommands
{
    private static readonly PublicationState[] Cancellable =
        [PublicationState.Scheduled, PublicationState.Paused, PublicationState.Failed, PublicationState.NeedsAttention];

    public async Task<CommandResult> CancelAsync(
        string campaign, string postId, string actor, string? reason = null, string? account = null, string? locale = null, CancellationToken cancellationToken = default)
    {
        var filter = new PublicationFilter { Campaign = campaign, PostId = postId, Account = account, Locale = locale, Limit = int.MaxValue };
        var rows = await PostRowsAsync(filter, cancellationToken);
        if (rows.Count == 0)
        {
            return CommandResult.Refused($"No publication of {campaign}/{postId} matches.");
        }

        var repeating = rows[0].Key.PostId != postId;
        var seriesEnded = false;
        if (repeating && account is null && locale is null && await posts.FindAsync(campaign, postId, cancellationToken) is { Repeat: not null } post)
        {
            // Recorded first, so a sync running meanwhile adds no occurrence this command would not see.
            await series.CancelAsync(campaign, postId, post.Fingerprint, actor, reason, cancellationToken);
            seriesEnded = true;
            rows = await PostRowsAsync(filter, cancellationToken);
        }

        var changed = 0;
        foreach (var record in rows.Where(r => Cancellable.Contains(r.State)))
        {
            var jobId = (await ledger.FindAsync(record.Key.ToString(), cancellationToken))?.JobId;
            if (await transitions.TransitionAsync(record.Key.ToString(), Cancellable,
                    new Change(PublicationState.Cancelled) { ClearJob = true, NextRevision = true, Message = $"Cancelled by {actor}" + (reason is null ? "." : ": " + reason) },
                    actor, reason ?? "Cancelled.", cancellationToken))
            {
                changed++;
                DeleteJob(jobId);
            }
        }

        var inFlight = rows.Count(r => r.State is PublicationState.Sending or PublicationState.Unknown);
        return CommandResult.Done(changed, $"Cancelled {changed} of {rows.Count} publications" +
            (inFlight > 0 ? $"; {inFlight} were already being sent and cannot be stopped." : ".") +
            (seriesEnded ? " The series is cancelled: no later occurrence will be added until someone resumes it or the post is changed."
                // Without its post in the schedule there is no later occurrence to stop.
                : repeating && (account is not null || locale is not null) ? " Later occurrences are still added as they come near: cancel the whole post to end the series." : ""));
    }

    public async Task<CommandResult> ResumeSeriesAsync(string campaign, string postId, string actor, CancellationToken cancellationToken = default)
    {
        var cancellation = await series.CancellationAsync(campaign, postId, cancellationToken);
        if (cancellation is not { InForce: true } || !await series.ResumeAsync(campaign, postId, actor, cancellationToken))
        {
            return CommandResult.Refused($"The series of {campaign}/{postId} is not cancelled: there is nothing to resume.");
        }

        var before = await PendingCountAsync(campaign, postId, cancellationToken);

        // The occurrences still ahead that the series cancellation stopped go out again at their time; ones cancelled
        // one by one before it, or whose time has come, stay cancelled.
        var ahead = await ledger.ListAsync(new PublicationFilter
        {
            Campaign = campaign, PostIdPrefix = Recurrence.OccurrencePrefix(postId), States = [PublicationState.Cancelled],
            DueFrom = time.GetUtcNow(), Limit = int.MaxValue,
        }, cancellationToken);
        foreach (var record in ahead.Where(r => r.UpdatedAt >= cancellation.CancelledAt))
        {
            await transitions.TransitionAsync(record.Key.ToString(), [PublicationState.Cancelled],
                new Change(PublicationState.Scheduled)
                {
                    RunAtMs = record.DueUtc.ToUnixTimeMilliseconds(), Failures = 0, ClearJob = true, NextRevision = true, Message = $"Series resumed by {actor}.",
                },
                actor, "Series resumed.", cancellationToken);
        }

        await synchronizer.SyncAsync(cancellationToken);
        var pending = await PendingCountAsync(campaign, postId, cancellationToken) - before;
        return CommandResult.Done(pending, $"Resumed the series of {campaign}/{postId}: {pending} occurrences to go out again; later ones are added as they come near. " +
            "Occurrences whose time passed meanwhile stay cancelled: retry one to send it.");
    }

    private async Task<int> PendingCountAsync(string campaign, string postId, CancellationToken cancellationToken) =>
        (await ledger.CountByStateAsync(new PublicationFilter { Campaign = campaign, PostIdPrefix = Recurrence.OccurrencePrefix(postId) }, cancellationToken))
            .Where(s => s.Key is PublicationState.Scheduled or PublicationState.Paused).Sum(s => s.Value);

    public async Task<CommandResult> RetryAsync(PublicationKey key, string actor, CancellationToken cancellationToken = default)
    {
        var ok = await transitions.TransitionAsync(key.ToString(), [PublicationState.Failed, PublicationState.NeedsAttention, PublicationState.Cancelled],
            new Change(PublicationState.Scheduled) { RunAtMs = time.GetUtcNow().ToUnixTimeMilliseconds(), Failures = 0, ClearJob = true, NextRevision = true },
            actor, "Retry requested.", cancellationToken);
        if (!ok)
        {
            var state = (await ledger.GetAsync(key, cancellationToken))?.State.ToString() ?? "missing";
            return CommandResult.Refused($"{key} is {state}: only Failed, NeedsAttention or Cancelled publications can be retried.");
        }

        await scheduler.ScheduleOneAsync(key.ToString(), cancellationToken);
        return CommandResult.Done(1, $"{key} will be sent now.");
    }

    public Task<CommandResult> ApproveAsync(string campaign, string postId, string locale, string approver, CancellationToken cancellationToken = default) =>
        ApproveAsync(campaign, postId, locale, approver, null, cancellationToken);

    public async Task<CommandResult> ApproveAsync(string campaign, string postId, string locale, string approver, IReadOnlyCollection<string>? accounts, CancellationToken cancellationToken = default)
    {
        var rows = await PostRowsAsync(new PublicationFilter { Campaign = campaign, PostId = postId, Locale = locale, Accounts = accounts, Limit = int.MaxValue }, cancellationToken);
        var pending = rows.Where(r => r.State is PublicationState.Scheduled or PublicationState.Paused && r.ApprovedBy is null).ToList();
        if (pending.Count == 0)
        {
            return CommandResult.Refused($"{campaign}/{postId} has no publication in '{locale}' waiting for approval.");
        }

        // Everyone who changed this locale since its last approval is refused, not only the last to save; a post
        // saved before contributors were kept falls back to its recorded author.
        var changedBy = await contributors.OfAsync(campaign, postId, locale, cancellationToken);
        if (changedBy.Contains(approver.ToLowerInvariant())
            || (changedBy.Count == 0 && pending.Any(r => string.Equals(r.Author, approver, StringComparison.OrdinalIgnoreCase))))
        {
            return CommandResult.Refused($"{approver} wrote or changed the '{locale}' text of {campaign}/{postId} since it was last approved: someone else must approve it.");
        }

        var fingerprint = accounts is null && rows[0].Key.PostId != postId && await posts.FindAsync(campaign, postId, cancellationToken) is { Repeat: not null } post
            ? SeriesFingerprint.Of(post, locale)
            : null;
        if (fingerprint is not null)
        {
            await series.ApproveAsync(campaign, postId, locale, fingerprint, approver, cancellationToken);
        }

        var changed = 0;
        foreach (var record in pending)
        {
            var jobId = (await ledger.FindAsync(record.Key.ToString(), cancellationToken))?.JobId;
            if (await transitions.TransitionAsync(record.Key.ToString(), [record.State],
                    new Change(record.State) { ApprovedBy = approver, ClearJob = true, NextRevision = true },
                    approver, $"Approved ({locale}).", cancellationToken))
            {
                changed++;
                DeleteJob(jobId);
                await scheduler.ScheduleOneAsync(record.Key.ToString(), cancellationToken);
            }
        }

        if (changed > 0)
        {
            await contributors.ClearAsync(campaign, postId, locale, cancellationToken);
        }

        return CommandResult.Done(changed, $"Approved {changed} publications of {campaign}/{postId} in '{locale}'." +
            (fingerprint is null ? "" : $" Later occurrences come approved while the post's '{locale}' content and repeat rule stay as they are."));
    }

    /// <summary>
    /// The publications of a post. A repeating post has none under its own id, only its occurrences
    /// (<see cref="Recurrence.OccurrenceId"/>), so an action on the post acts on each of them.
    /// </summary>
    private async Task<IReadOnlyList<PublicationRecord>> PostRowsAsync(PublicationFilter filter, CancellationToken cancellationToken)
    {
        var rows = await ledger.ListAsync(filter, cancellationToken);
        return rows.Count > 0 || filter.PostId is not { } postId
            ? rows
            : await ledger.ListAsync(filter with { PostId = null, PostIdPrefix = Recurrence.OccurrencePrefix(postId) }, cancellationToken);
    }

    private void DeleteJob(string? jobId)
    {
        if (jobId is not null && jobs.Active)
        {
            jobs.Delete(jobId);
        }
    }
}
