using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Jobs.Alerts;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Jobs.Scheduling;

namespace SocialScheduler.Jobs.Repair;

/// <summary>
/// Settles publications whose outcome is not known (Sending after a crash, Unknown after a timeout): it asks the
/// platform whether the post exists before any new attempt, and hands them to a person after the escalation time.
/// </summary>
/// <remarks>
/// Two rules choose what to look at. A record whose holder is dead (<see cref="IClaimHolders"/>) is settled at once:
/// nothing will finish its attempt. Any other (a live holder, or one that cannot be judged) is looked at once it has
/// not changed for <c>Publishing:ReconcileAfter</c>, which exceeds an adapter's timeout, so a live holder's send is
/// never second-guessed while it can still be running.
/// </remarks>
internal sealed class Reconciler(
    LedgerQueries ledger, LedgerTransitions transitions, IPublisherResolver publishers, PublishRequestFactory requests, PublicationScheduler scheduler,
    IClaimHolders holders, IPublishingAlerts alerts, IOptions<PublishingOptions> options, TimeProvider time, ILogger<Reconciler> logger)
{
    private static readonly PublicationState[] Unsettled = [PublicationState.Sending, PublicationState.Unknown];

    // Dead holders' records whose platform could not answer: the 5-second pass leaves them to the ReconcileAfter
    // pass instead of asking the platform again every time.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _unanswered = new(StringComparer.Ordinal);

    /// <summary>Settles the Sending and Unknown records whose holder is dead, whatever their age; how many it settled.</summary>
    public async Task<int> ReconcileDeadHoldersAsync(CancellationToken cancellationToken = default)
    {
        if (holders.Judge() is not { } judge)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var settled = 0;
        foreach (var row in await ledger.HeldAsync(1000, cancellationToken))
        {
            if (judge(row.Holder!) is not { } why
                || (_unanswered.TryGetValue(row.Id, out var asked) && now - asked < options.Value.ReconcileAfter))
            {
                continue;
            }

            if (await SettleAsync(row, now, why + " ", cancellationToken))
            {
                settled++;
                _unanswered.TryRemove(row.Id, out _);
            }
            else
            {
                _unanswered[row.Id] = now;
            }
        }

        if (settled > 0)
        {
            logger.LogWarning("Settled {Count} publications held by a worker that stopped", settled);
        }

        return settled;
    }

    /// <param name="orphansOnly">At the start of the single embedded server every Sending record is an orphan of a
    /// dead process, so all unsettled records are looked at whatever their age.</param>
    public async Task<int> ReconcileAsync(bool orphansOnly, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var before = orphansOnly ? long.MaxValue : (now - options.Value.ReconcileAfter).ToUnixTimeMilliseconds();
        var settled = 0;
        foreach (var state in Unsettled)
        {
            foreach (var row in await ledger.StaleAsync(state, before, 1000, cancellationToken))
            {
                if (await SettleAsync(row, now, "", cancellationToken))
                {
                    settled++;
                }
            }
        }

        return settled;
    }

    /// <param name="reason">Why the record is looked at now, a sentence with a trailing space, or empty for its age.</param>
    private async Task<bool> SettleAsync(PublicationRow row, DateTimeOffset now, string reason, CancellationToken cancellationToken)
    {
        var age = now - PublicationRow.Ms(row.UpdatedMs);
        var fence = new Change(PublicationState.Scheduled) { ExpectedAttempt = row.Attempt };
        PublishResult? found;
        string? why;
        try
        {
            var publisher = publishers.ForAccount(row.Account);
            if (publisher is not IPublicationFinder finder)
            {
                (found, why) = (PublishResult.Failed(FailureKind.Unknown, "its platform cannot be asked"), "the platform cannot be asked whether the post exists");
            }
            else
            {
                found = await finder.FindAsync(requests.Create(row, row.IdempotencyKey ?? "", publisher.Platform, withMedia: false), cancellationToken);
                why = found is { Succeeded: false } ? found.Message : null;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            (found, why) = (PublishResult.Failed(FailureKind.Unknown, ex.Message), "asking the platform failed: " + ex.Message);
        }

        if (found is { Succeeded: true })
        {
            var done = await transitions.TransitionAsync(row.Id, Unsettled,
                fence with { To = PublicationState.Published, RemoteId = found.RemoteId ?? "", RemoteUrl = found.Url?.ToString() },
                "reconciler", $"{reason}Found on the platform as {found.RemoteId}: the earlier attempt did publish.", cancellationToken);
            alerts.Recovered(row.Account);
            return done;
        }

        if (found is null)
        {
            var retried = await transitions.TransitionAsync(row.Id, Unsettled,
                fence with { RunAtMs = now.ToUnixTimeMilliseconds(), ClearJob = true },
                "reconciler", $"{reason}The platform has no post for attempt {row.Attempt} ({row.IdempotencyKey}); trying again.", cancellationToken);
            await scheduler.ScheduleOneAsync(row.Id, cancellationToken);
            return retried;
        }

        if (age < options.Value.EscalateAfter)
        {
            logger.LogInformation("Reconcile {Id}: still unknown ({Why}); will ask again {Reason}", row.Id, why, reason);
            return false;
        }

        var message = $"{reason}Outcome of attempt {row.Attempt} still unknown after {age:hh\\:mm}: {why}. Check the account, then retry or cancel.";
        var escalated = await transitions.TransitionAsync(row.Id, Unsettled, fence with { To = PublicationState.NeedsAttention, Message = message, Alert = AlertTypes.NeedsAttention },
            "reconciler", message, cancellationToken);
        alerts.NeedsAttention(row.Key, message);
        return escalated;
    }
}
