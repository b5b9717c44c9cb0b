using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Worker.Web.Publications;

/// <summary>
/// A pause names something that exists: a configured account or the campaign. A misspelt scope would be stored and
/// pause nothing (and a name such as <c>&lt;script&gt;</c> would sit in the pause list); it is refused instead.
/// Resuming takes any stored scope, so an old pause can always be lifted.
/// </summary>
public sealed class PauseScopes(AccountDirectory accounts, CampaignCatalog catalog)
{
    /// <summary>Why <paramref name="scope"/> cannot be paused, or null when it can.</summary>
    public string? ProblemWith(PauseScope scope)
    {
        var value = scope.Value;
        if (value.StartsWith("account:", StringComparison.Ordinal) && !accounts.TryGet(value["account:".Length..], out _))
        {
            return $"There is no account named '{value["account:".Length..]}'; the accounts are {string.Join(", ", accounts.Names.Order(StringComparer.Ordinal))}. Nothing was paused.";
        }

        if (value.StartsWith("campaign:", StringComparison.Ordinal) && value["campaign:".Length..] != catalog.Campaign)
        {
            return $"There is no campaign named '{value["campaign:".Length..]}'; the campaign is {catalog.Campaign}. Nothing was paused.";
        }

        return null;
    }
}
