using System.Security.Claims;
using SocialScheduler.Core.Accounts;

namespace SocialScheduler.Worker.Web.Auth;

/// <summary>
/// What a person scoped to a partner may see and act on: that partner's accounts and their publications only. A
/// person without a partner is unscoped and keeps what their role allows. Every page and API endpoint that lists or
/// acts on accounts asks here, so a forged id of another partner answers 403 and changes nothing.
/// </summary>
public sealed class PartnerScope(AccountDirectory accounts)
{
    /// <summary>The session claim holding the person's partner id.</summary>
    public const string Claim = "socialscheduler:partner";

    /// <summary>The partner <paramref name="user"/> is scoped to; null for an unscoped person.</summary>
    public static string? PartnerOf(ClaimsPrincipal user) => user.FindFirst(Claim)?.Value;

    /// <summary>The accounts <paramref name="user"/> may see and act on; null for every account.</summary>
    public IReadOnlyCollection<string>? AccountsOf(ClaimsPrincipal user) => PartnerOf(user) is { } partner ? accounts.AccountsOf(partner) : null;

    /// <summary>Whether <paramref name="user"/> may see and act on <paramref name="account"/>.</summary>
    public bool Allows(ClaimsPrincipal user, string account) => PartnerOf(user) is not { } partner || accounts.PartnerOf(account) == partner;

    /// <summary>Whether <paramref name="user"/> may pause or resume <paramref name="scope"/>: a scoped admin only one of the partner's accounts.</summary>
    public bool Allows(ClaimsPrincipal user, Jobs.Ledger.PauseScope scope) =>
        PartnerOf(user) is null
        || (scope.Value.StartsWith(AccountScopePrefix, StringComparison.Ordinal) && Allows(user, scope.Value[AccountScopePrefix.Length..]));

    private const string AccountScopePrefix = "account:";
}

/// <summary>Combines account restrictions: a person's scope and a partner chosen as a filter.</summary>
public static class PartnerAccounts
{
    /// <summary>The accounts in both sets; null when neither restricts.</summary>
    public static IReadOnlyCollection<string>? Within(IReadOnlyCollection<string>? scope, IReadOnlyCollection<string>? filter) =>
        scope is null ? filter : filter is null ? scope : [.. scope.Intersect(filter, StringComparer.Ordinal)];
}
