using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Jobs.Publishing.Commands;

namespace SocialScheduler.Jobs.Accounts;

internal sealed class AccountPublications(
    IPublicationLedger ledger, LedgerTransitions transitions, IPublishingCommands commands, IOptions<PublishingOptions> options, TimeProvider time)
    : IAccountPublications
{
    public async Task<int> HoldAsync(string account, string reason, string actor, CancellationToken cancellationToken = default)
    {
        PublicationState[] pending = [PublicationState.Scheduled, PublicationState.Paused];
        var rows = await ledger.ListAsync(new PublicationFilter { Account = account, States = pending, Limit = int.MaxValue }, cancellationToken);
        var message = $"{reason} {ReconnectNote.Text}";
        var held = 0;
        foreach (var row in rows)
        {
            if (await transitions.TransitionAsync(row.Key.ToString(), pending, new Change(PublicationState.NeedsAttention) { Message = message }, actor, message, cancellationToken))
            {
                held++;
            }
        }

        return held;
    }

    public async Task<AccountRelease> ReleaseAsync(string account, string actor, CancellationToken cancellationToken = default)
    {
        var rows = await ledger.ListAsync(new PublicationFilter { Account = account, States = [PublicationState.NeedsAttention], Limit = int.MaxValue }, cancellationToken);
        var missedBefore = options.Value.MissedBefore(time.GetUtcNow());
        var (sent, missed) = (0, 0);

        // The ledger lists by due time: retried one after another, they are queued in the order they were due.
        foreach (var row in rows.Where(r => r.Message?.Contains(ReconnectNote.Page, StringComparison.Ordinal) == true))
        {
            if (row.DueUtc < missedBefore)
            {
                missed++;
            }
            else if ((await commands.RetryAsync(row.Key, actor, cancellationToken)).Succeeded)
            {
                sent++;
            }
        }

        return new AccountRelease(sent, missed);
    }
}
