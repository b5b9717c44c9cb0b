using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Jobs.Publishing;

/// <summary>What may stop a due publication before its claim: a missing approval, or a pause that covers it.</summary>
internal sealed class PublicationGate(
    LedgerTransitions transitions, LedgerPauses pauses, IOptions<ApprovalOptions> approval, IOptions<PublishingOptions> options, TimeProvider time, ILogger<PublicationGate> logger)
{
    private (long ReadAtMs, HashSet<string> Scopes)? _pauses;

    public bool ApprovalRequired => approval.Value.Required;

    public async Task<bool> MayPublishAsync(PublicationRow row, CancellationToken cancellationToken)
    {
        if (approval.Value.Required && row.ApprovedBy is null)
        {
            logger.LogInformation("Publish {Id}: waiting for approval of locale {Locale}", row.Id, row.Locale);
            return false;
        }

        var pause = await FindPauseAsync(row, cancellationToken);
        if (pause is null)
        {
            return true;
        }

        await transitions.TransitionAsync(row.Id, [PublicationState.Scheduled],
            new Change(PublicationState.Paused) { ExpectedAttempt = row.Attempt, ClearJob = true },
            "publisher", $"Held by the pause of {pause}; it goes out on resume.", cancellationToken);
        return false;
    }

    /// <summary>
    /// The pause covering <paramref name="row"/>, if any. The pause list is read at most once per schedule poll
    /// interval, so a pause still stops a live run within one poll interval at a fraction of the queries.
    /// </summary>
    public async Task<string?> FindPauseAsync(PublicationRow row, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var cached = _pauses;
        if (cached is null || now - cached.Value.ReadAtMs > options.Value.SchedulePollingInterval.TotalMilliseconds)
        {
            cached = (now, await pauses.ScopesAsync(cancellationToken));
            _pauses = cached;
        }

        string[] candidates = [PauseScope.All.Value, PauseScope.Account(row.Account).Value, PauseScope.Campaign(row.Campaign).Value];
        return candidates.FirstOrDefault(cached.Value.Scopes.Contains);
    }

    /// <summary>Forgets the cached pause list (after a pause or resume made in this process).</summary>
    public void Invalidate() => _pauses = null;
}
