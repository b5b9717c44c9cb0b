using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Jobs.Alerts;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Scheduling;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Publishing;

/// <summary>Records what an attempt achieved and decides what happens next, by kind of failure.</summary>
internal sealed class PublicationOutcomes(
    LedgerTransitions ledger,
    PublicationScheduler scheduler,
    IPublishingAlerts alerts,
    IOptions<PublishingOptions> options,
    TimeProvider time,
    ILogger<PublicationOutcomes> logger)
{
    /// <summary>Applies <paramref name="result"/> to a record this attempt holds in <paramref name="from"/> states.</summary>
    /// <param name="imageSha256">Hash of the image sent, kept with Published.</param>
    public async Task RecordAsync(
        PublicationRow row, long attempt, PublishResult result, string? imageSha256, CancellationToken cancellationToken, params PublicationState[] from)
    {
        PublicationState[] states = from.Length == 0 ? [PublicationState.Sending] : from;
        var (change, detail) = Decide(row, attempt, result);
        if (change.To == PublicationState.Published)
        {
            change = change with { ImageSha256 = imageSha256 };
        }

        var applied = await ledger.TransitionAsync(row.Id, states, change, "publisher", detail, cancellationToken);
        if (!applied)
        {
            logger.LogWarning("Publish {Id} attempt {Attempt}: the record moved on before {Outcome} could be recorded", row.Id, attempt, result);
            return;
        }

        logger.LogInformation("Publish {Id} attempt {Attempt}: {Outcome}", row.Id, attempt, result);
        if (change.To == PublicationState.Scheduled)
        {
            await scheduler.ScheduleOneAsync(row.Id, cancellationToken);
        }
        else if (change.To == PublicationState.NeedsAttention)
        {
            alerts.NeedsAttention(row.Key, result.Message ?? "");
        }
        else if (change.To == PublicationState.Published)
        {
            alerts.Recovered(row.Account);
        }
    }

    private (Change Change, string Detail) Decide(PublicationRow row, long attempt, PublishResult result)
    {
        // The attempt's claim is synced; should a power loss undo its outcome, the record is back in Sending or
        // Unknown and the reconciler asks the platform, so the worker need not wait for the disk here.
        var fence = new Change(PublicationState.Sending) { ExpectedAttempt = attempt, Durability = WriteDurability.Committed };
        var now = time.GetUtcNow();
        if (result.Succeeded)
        {
            return (fence with { To = PublicationState.Published, RemoteId = result.RemoteId ?? "", RemoteUrl = result.Url?.ToString() },
                $"Published as {result.RemoteId} {result.Url}");
        }

        var message = result.Message ?? result.Failure.ToString()!;
        switch (result.Failure)
        {
            case FailureKind.Transient when row.Failures + 1 < options.Value.MaxAttempts:
                var delay = RetryDelay((int)row.Failures + 1);
                return (fence with { To = PublicationState.Scheduled, Failures = row.Failures + 1, RunAtMs = (now + delay).ToUnixTimeMilliseconds(), ClearJob = true, Message = message },
                    $"Transient failure {row.Failures + 1} of {options.Value.MaxAttempts}: {message}. Retry at {now + delay:u}.");
            case FailureKind.Transient:
                return (fence with { To = PublicationState.Failed, Failures = row.Failures + 1, Message = $"Gave up after {options.Value.MaxAttempts} transient failures: {message}", Alert = AlertTypes.Failed },
                    $"Gave up after {options.Value.MaxAttempts} transient failures: {message}");
            case FailureKind.RateLimited:
                var at = result.RetryAfter is { } t && t > now ? t : now.AddMinutes(1);
                return (fence with { To = PublicationState.Scheduled, RunAtMs = at.ToUnixTimeMilliseconds(), ClearJob = true, Message = message },
                    $"Held until {at:u} (a rate limit or a full disk); no attempt spent: {message}");
            case FailureKind.Auth:
                return (fence with { To = PublicationState.NeedsAttention, Message = $"The account's credentials were refused: {message} {Accounts.ReconnectNote.Text}", Alert = AlertTypes.NeedsAttention },
                    "Credentials refused; a person must reconnect the account: " + message);
            case FailureKind.Permanent:
                return (fence with { To = PublicationState.Failed, Message = message, Alert = AlertTypes.Failed }, "Refused by the platform: " + message);
            default:
                return (fence with { To = PublicationState.Unknown, Message = message },
                    "Outcome unknown; the reconciler will ask the platform before any new attempt: " + message);
        }
    }

    /// <summary>Exponential backoff from the base delay, capped, with ±20 % jitter so retries do not march together.</summary>
    internal TimeSpan RetryDelay(int failure)
    {
        var o = options.Value;
        var exponential = o.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failure - 1, 20));
        var capped = Math.Min(exponential, o.RetryMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}
