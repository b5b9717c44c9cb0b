using Microsoft.Extensions.Options;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Platforms.Accounts;

/// <summary>One line per configured account, as <c>accounts check</c> prints it.</summary>
public sealed record AccountCheckLine(string Account, string Platform, AccountStatus Status)
{
    public override string ToString() => $"{Account}\t{Platform}\t{(Status.Ok ? "OK" : "FAILED")}\t{Status.Detail}";
}

/// <summary>Checks every configured account in turn; settings problems are reported, never thrown.</summary>
public sealed class AccountsCheck(AccountDirectory accounts, IPublisherResolver resolver)
{
    public async Task<IReadOnlyList<AccountCheckLine>> RunAsync(CancellationToken cancellationToken)
    {
        var lines = new List<AccountCheckLine>();
        foreach (var name in accounts.Names.Order(StringComparer.Ordinal))
        {
            var platform = accounts.Get(name).Platform;
            lines.Add(new AccountCheckLine(name, platform, await CheckAsync(name, cancellationToken)));
        }

        return lines;
    }

    private async Task<AccountStatus> CheckAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return resolver.ForAccount(name) is IAccountVerifier verifier
                ? await verifier.VerifyAsync(name, cancellationToken)
                : new AccountStatus(true, "nothing to verify");
        }
        catch (OptionsValidationException e)
        {
            return new AccountStatus(false, string.Join(" ", e.Failures));
        }
        catch (KeyNotFoundException e)
        {
            return new AccountStatus(false, e.Message);
        }
    }
}
