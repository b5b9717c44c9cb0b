using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Publishing;

/// <summary>What may stop a due publication before its claim: a missing approval, or a pause that covers it.</summary>
internal sealed class PublicationGate(LedgerStore ledger, IOptions<ApprovalOptions> approval, ILogger<PublicationGate> logger)
{
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

        await ledger.TransitionAsync(row.Id, [PublicationState.Scheduled],
            new Change(PublicationState.Paused) { ExpectedAttempt = row.Attempt, ClearJob = true },
            "publisher", $"Held by the pause of {pause}; it goes out on resume.", cancellationToken);
        return false;
    }

    public async Task<string?> FindPauseAsync(PublicationRow row, CancellationToken cancellationToken)
    {
        await using var connection = await ledger.Database.OpenAsync(cancellationToken);
        var args = new DynamicParameters();
        var scopes = SqlLists.In(args, "Scope", [PauseScope.All.Value, PauseScope.Account(row.Account).Value, PauseScope.Campaign(row.Campaign).Value]);
        return await connection.QueryFirstOrDefaultAsync<string>(new CommandDefinition(
            "SELECT scope FROM publishing_pauses WHERE scope IN " + scopes, args, cancellationToken: cancellationToken));
    }
}
