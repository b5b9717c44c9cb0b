namespace SocialScheduler.Platforms.Accounts;

/// <summary>The outcome of checking one account: what was found, or what is wrong and what to do.</summary>
public sealed record AccountStatus(bool Ok, string Detail);

/// <summary>
/// Optional capability of a publisher: checks an account's settings and credentials against its platform without
/// posting anything. Used by <c>accounts check</c>.
/// </summary>
public interface IAccountVerifier
{
    Task<AccountStatus> VerifyAsync(string account, CancellationToken cancellationToken);
}
