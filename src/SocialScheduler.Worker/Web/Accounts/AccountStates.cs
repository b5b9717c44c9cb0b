using SocialScheduler.Core.Accounts;

namespace SocialScheduler.Worker.Web.Accounts;

/// <summary>The state words the Accounts page shows, one rule for page and API.</summary>
internal static class AccountStates
{
    /// <summary>Tokens with an end are announced this long before it.</summary>
    public static readonly TimeSpan Warning = TimeSpan.FromDays(14);

    public static string Of(ConnectedAccount account, DateTimeOffset now)
    {
        if (!account.HasCredentials || account.ExpiresAt <= now)
        {
            return "Needs reconnecting";
        }

        if (account.Problem is { } problem)
        {
            return "Failing: " + problem;
        }

        return account.ExpiresAt is { } end && end - now <= Warning
            ? $"Expiring in {Math.Max(1, (int)Math.Ceiling((end - now).TotalDays))} days"
            : "Connected";
    }
}
