namespace SocialScheduler.Jobs.Accounts;

/// <summary>What happens to an account's publications when it is disconnected or reconnected.</summary>
public interface IAccountPublications
{
    /// <summary>
    /// Holds every pending (Scheduled or Paused) publication of <paramref name="account"/>: each becomes
    /// NeedsAttention with <paramref name="reason"/> and a request to reconnect. Nothing is deleted.
    /// </summary>
    /// <returns>How many were held.</returns>
    Task<int> HoldAsync(string account, string reason, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends again, in due order, each publication of <paramref name="account"/> held for its credentials whose time
    /// is still inside <c>Publishing:MissedWindow</c>; older ones stay NeedsAttention for a person to decide.
    /// </summary>
    Task<AccountRelease> ReleaseAsync(string account, string actor, CancellationToken cancellationToken = default);
}

/// <summary>What a reconnect did: how many publications go out now, and how many missed their window.</summary>
public sealed record AccountRelease(int Sent, int LeftMissed);

/// <summary>The words that mark a publication held because its account cannot publish, with where to act.</summary>
public static class ReconnectNote
{
    public const string Page = "/admin/accounts";

    public const string Text = "Reconnect the account on " + Page + ": it is sent then if its time is still inside the missed window.";
}
