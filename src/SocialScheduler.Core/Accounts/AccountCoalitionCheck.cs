using SocialScheduler.Core.Partners;

namespace SocialScheduler.Core.Accounts;

/// <summary>
/// The check of each account's <c>Partner</c> and <c>Locales</c> against the partners and the campaign's locales,
/// which are only known once the assets are read: the service stops at start on a problem, <c>validate</c> prints it.
/// </summary>
public static class AccountCoalitionCheck
{
    /// <summary>One message per problem, each naming the key and what to write.</summary>
    public static IReadOnlyList<string> Problems(AccountDirectory accounts, IReadOnlyList<string> campaignLocales, PartnerCatalog? partners)
    {
        var problems = new List<string>();
        foreach (var name in accounts.Names.Order(StringComparer.Ordinal))
        {
            var account = accounts.Get(name);
            if (!string.IsNullOrWhiteSpace(account.Partner) && partners?.IsKnown(account.Partner) != true)
            {
                var known = partners is null || partners.Ids.Count == 0 ? "no partners are loaded (assets/partners/<id>/partner.json)" : "use one of: " + string.Join(", ", partners.Ids);
                problems.Add($"Accounts:{name}:Partner = '{account.Partner}' is not a partner: {known}, or remove the key for an account of the campaign itself.");
            }

            for (var i = 0; i < account.Locales.Count; i++)
            {
                if (!campaignLocales.Contains(account.Locales[i], StringComparer.Ordinal))
                {
                    problems.Add($"Accounts:{name}:Locales:{i} = '{account.Locales[i]}' is not a campaign locale: use one of: {string.Join(", ", campaignLocales)}, or remove Locales for every locale.");
                }
            }
        }

        return problems;
    }
}
