using SocialScheduler.Jobs.Alerts;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Jobs.Publishing.Commands;

internal sealed partial class PublishingCommands
{
    public async Task<CommandResult> PauseAsync(PauseScope scope, string actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        var added = await pauses.AddAsync(scope, actor, reason, cancellationToken);
        return added
            ? CommandResult.Done(0, $"Publishing is paused for {scope}: nothing in it is sent until it is resumed.")
            : CommandResult.Done(0, $"Publishing was already paused for {scope}.");
    }

    /// <summary>
    /// Lifts the pause. Publications it held go out now, unless their due time is more than
    /// <see cref="PublishingOptions.MissedWindow"/> ago: those are Cancelled with the reason, because a campaign post
    /// hours late is worse than none. Publications still covered by another pause stay Paused.
    /// </summary>
    public async Task<CommandResult> ResumeAsync(PauseScope scope, string actor, CancellationToken cancellationToken = default)
    {
        var removed = await pauses.RemoveAsync(scope, actor, cancellationToken);
        var paused = await pauses.ScopesAsync(cancellationToken);
        var now = time.GetUtcNow();
        var missedBefore = options.Value.MissedBefore(now).ToUnixTimeMilliseconds();
        int resumed = 0, skipped = 0;
        foreach (var record in await ledger.ListAsync(new PublicationFilter { States = [PublicationState.Paused], Limit = 100_000 }, cancellationToken))
        {
            var id = record.Key.ToString();
            var row = await ledger.FindAsync(id, cancellationToken);
            if (row is null || Readiness.PauseOf(row, paused) is not null)
            {
                continue;
            }

            if (row.DueMs < missedBefore)
            {
                var why = $"Skipped on resume: due {record.DueUtc:u}, more than {options.Value.MissedWindow} before the resume.";
                skipped += await transitions.TransitionAsync(id, [PublicationState.Paused],
                    new Change(PublicationState.Cancelled) { NextRevision = true, Message = why, Alert = AlertTypes.Missed }, actor, why, cancellationToken) ? 1 : 0;
            }
            else if (await transitions.TransitionAsync(id, [PublicationState.Paused],
                         new Change(PublicationState.Scheduled) { RunAtMs = Math.Max(row.RunAtMs, now.ToUnixTimeMilliseconds()), ClearJob = true, NextRevision = true },
                         actor, $"Resumed ({scope}).", cancellationToken))
            {
                resumed++;
            }
        }

        await scheduler.MaterializeAsync(cancellationToken);
        var lead = removed ? $"Publishing resumed for {scope}" : $"There was no pause for {scope}";
        return CommandResult.Done(resumed + skipped, $"{lead}: {resumed} held publications go out now, {skipped} skipped because their time passed.");
    }
}
