using System.ComponentModel;
using System.Security.Cryptography;
using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Jobs.Alerts;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Jobs.Publishing;

/// <summary>
/// The Hangfire job that publishes one publication. It carries only the record id and revision and trusts only
/// the ledger: it does nothing unless it wins the compare-and-set claim (Scheduled → Sending, fenced by the
/// attempt number), so a duplicate, late, requeued or stale job cannot post twice.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class PublishJob(IServiceProvider services)
{
    public const string Queue = "publish";

    private static readonly System.Reflection.MethodInfo Run = typeof(PublishJob).GetMethod(nameof(RunAsync))!;

    [Queue(Queue)]
    [DisplayName("Publish {0}")]
    public Task RunAsync(string publicationId, long revision, CancellationToken cancellationToken) =>
        services.GetRequiredService<PublishFlow>().RunAsync(publicationId, revision, cancellationToken);

    /// <summary>
    /// The Hangfire job for one publication, made from its method rather than from an expression, whose captured
    /// arguments Hangfire would evaluate again for every job of a load.
    /// </summary>
    internal static Job For(string publicationId, long revision) =>
        new(typeof(PublishJob), Run, publicationId, revision, CancellationToken.None);
}

/// <summary>The steps of <see cref="PublishJob"/>: re-read, check readiness, claim, send, record.</summary>
internal sealed class PublishFlow
{
    private readonly LedgerQueries _ledger;
    private readonly LedgerTransitions _transitions;
    private readonly LedgerPauses _pauses;
    private readonly ReadinessRule _readiness;
    private readonly PublishRequestFactory _requests;
    private readonly IPublisherResolver _publishers;
    private readonly PublicationOutcomes _outcomes;
    private readonly TimeProvider _time;
    private readonly IOptions<PublishingOptions> _options;
    private readonly ILogger<PublishFlow> _logger;
    private readonly DiskFullGuard _diskFull;

    public PublishFlow(
        LedgerQueries ledger, LedgerTransitions transitions, LedgerPauses pauses, ReadinessRule readiness, PublishRequestFactory requests,
        IPublisherResolver publishers, PublicationOutcomes outcomes, DiskFullGuard diskFull, TimeProvider time, IOptions<PublishingOptions> options,
        ILogger<PublishFlow> logger)
    {
        (_ledger, _transitions, _pauses, _readiness, _requests, _publishers, _outcomes, _diskFull, _time, _options, _logger) =
            (ledger, transitions, pauses, readiness, requests, publishers, outcomes, diskFull, time, options, logger);
    }

    public async Task RunAsync(string publicationId, long revision, CancellationToken cancellationToken)
    {
        try
        {
            await ClaimSendAndRecordAsync(publicationId, revision, cancellationToken);
        }
        catch (Exception ex) when (DiskFullGuard.IsDiskFull(ex))
        {
            // Only a claim gets here (an outcome is written again until it fits): nothing was sent.
            await _diskFull.StoppedAsync(publicationId, ex, cancellationToken);
        }
    }

    private async Task ClaimSendAndRecordAsync(string publicationId, long revision, CancellationToken cancellationToken)
    {
        if (_transitions.ClaimsInOneStatement
            && await _transitions.ClaimIfReadyAsync(publicationId, revision, _readiness.At(_time.GetUtcNow()), cancellationToken) is { } claimedNow)
        {
            await SendAndRecordAsync(claimedNow, claimedNow.Attempt, claimedNow.IdempotencyKey!, cancellationToken);
            return;
        }

        // Not claimed as it stands (or no one-statement claim here): look at it, say why, act on it. The same rule
        // judges it, against the pauses as they are now, as the claim did.
        var row = await _ledger.FindAsync(publicationId, cancellationToken);
        if (row is null || row.State != nameof(PublicationState.Scheduled) || row.Revision != revision)
        {
            _logger.LogDebug("Publish {Id} r{Revision}: nothing to do ({State} r{Current})", publicationId, revision, row?.State, row?.Revision);
            return;
        }

        var now = _time.GetUtcNow();
        var check = _readiness.At(now).Check(row, await _pauses.ScopesAsync(cancellationToken));
        switch (check.Verdict)
        {
            case ReadinessVerdict.NotDue:
                _logger.LogInformation("Publish {Id}: not due until {RunAt:O}; the scheduled job will run then", publicationId, PublicationRow.Ms(row.RunAtMs));
                return;
            case ReadinessVerdict.Missed:
                await SkipMissedAsync(row, now, cancellationToken);
                return;
            case ReadinessVerdict.AwaitingApproval:
                _logger.LogInformation("Publish {Id}: waiting for approval of locale {Locale}", row.Id, row.Locale);
                return;
            case ReadinessVerdict.Paused:
                if (await _transitions.TransitionAsync(row.Id, [PublicationState.Scheduled],
                        new Change(PublicationState.Paused) { ExpectedAttempt = row.Attempt, ClearJob = true },
                        "publisher", $"Held by the pause of {check.Pause}; it goes out on resume.", cancellationToken)
                    && Readiness.PauseOf(row, await _pauses.ScopesAsync(cancellationToken)) is null)
                {
                    // A resume that lifted the pause between the look above and this write listed the held
                    // publications before this one was among them: hand it back, or it would stay held for good.
                    // The sweeper gives it a job again.
                    await _transitions.TransitionAsync(row.Id, [PublicationState.Paused],
                        new Change(PublicationState.Scheduled) { RunAtMs = Math.Max(row.RunAtMs, now.ToUnixTimeMilliseconds()), ClearJob = true, NextRevision = true },
                        "publisher", "The pause was lifted while it was being held; it goes out now.", cancellationToken);
                }

                return;
        }

        var attempt = row.Attempt + 1;
        var key = IdempotencyKeys.For(row.Id, attempt);
        var claimed = await _transitions.ClaimAsync(row.Id, row.Attempt, key, cancellationToken);
        if (!claimed)
        {
            _logger.LogInformation("Publish {Id}: another attempt claimed it first", publicationId);
            return;
        }

        await SendAndRecordAsync(row, attempt, key, cancellationToken);
    }

    private async Task SendAndRecordAsync(PublicationRow row, long attempt, string key, CancellationToken cancellationToken)
    {
        var (result, imageSha256) = await SendAsync(row, key, cancellationToken);
        await _diskFull.RecordAsync(row.Id, () => _outcomes.RecordAsync(row, attempt, result, imageSha256, CancellationToken.None), cancellationToken);
    }

    /// <summary>
    /// A campaign post days late (the service was down, the machine asleep) is worse than none: past
    /// <see cref="PublishingOptions.MissedWindow"/> after the time its attempt was meant to run, the publication is
    /// Cancelled with the reason instead of sent. Retries and rate-limit waits move that time, so they are never missed.
    /// </summary>
    private async Task SkipMissedAsync(PublicationRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var meant = PublicationRow.Ms(row.RunAtMs);
        var late = now - meant;
        var window = _options.Value.MissedWindow;

        var why = $"Missed: meant to go out at {meant:u} and the service reached it {late.TotalHours:0.#} h later, beyond " +
            $"Publishing:MissedWindow ({window}). Retry it or schedule it again to publish it.";
        if (await _transitions.TransitionAsync(row.Id, [PublicationState.Scheduled],
                new Change(PublicationState.Cancelled) { ExpectedAttempt = row.Attempt, ClearJob = true, Message = why, Alert = AlertTypes.Missed },
                "publisher", why, cancellationToken))
        {
            _logger.LogWarning("Publish {Id}: not sent, {Late} late (beyond the missed window {Window})", row.Id, late, window);
        }
    }

    // Also the hash of the image sent: the provenance export names it without drawing the card again.
    private async Task<(PublishResult Result, string? ImageSha256)> SendAsync(PublicationRow row, string key, CancellationToken cancellationToken)
    {
        PublishRequest request;
        IPlatformPublisher publisher;
        try
        {
            publisher = _publishers.ForAccount(row.Account);
            request = _requests.Create(row, key, publisher.Platform, withMedia: true);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            // Nothing left the process: a configuration or card problem that a retry cannot fix.
            return (PublishResult.Failed(FailureKind.Permanent, "Could not prepare the post: " + ex.Message), null);
        }

        var image = request.Media.Count > 0 ? Convert.ToHexStringLower(SHA256.HashData(request.Media[0].Content.Span)) : null;
        try
        {
            return (await publisher.PublishAsync(request, cancellationToken), image);
        }
        catch (Exception ex)
        {
            // An adapter should classify its failures; an exception means we cannot tell whether the post left.
            _logger.LogWarning(ex, "Publisher for {Account} threw; the outcome of {Id} is unknown", row.Account, row.Id);
            return (PublishResult.Failed(FailureKind.Unknown, $"The publisher failed unexpectedly ({ex.GetType().Name}: {ex.Message})."), image);
        }
    }
}
