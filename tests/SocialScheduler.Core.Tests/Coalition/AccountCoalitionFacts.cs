using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Tests.Support;

namespace SocialScheduler.Core.Tests.Coalition;

/// <summary>An account's partner and languages are checked against the partners and the campaign, naming the key.</summary>
public class AccountCoalitionFacts
{
    [Fact]
    public void The_configured_coalition_has_no_problem() =>
        Assert.Empty(AccountCoalitionCheck.Problems(Support.Coalition.Accounts, Some.Catalog.Locales, Support.Coalition.Partners));

    [Fact]
    public void An_unknown_partner_is_refused_naming_the_key() =>
        Assert.Equal(
            "Accounts:mce-fr:Partner = 'mce' is not a partner: use one of: ecpat, iwf, missing-children-europe, ncmec, thorn, or remove the key for an account of the campaign itself.",
            Assert.Single(AccountCoalitionCheck.Problems(
                new AccountDirectory(new Dictionary<string, AccountOptions> { ["mce-fr"] = new() { Platform = "Outbox", Partner = "mce" } }),
                Some.Catalog.Locales, Support.Coalition.Partners)));

    [Fact]
    public void An_unknown_locale_is_refused_naming_the_key() =>
        Assert.Equal(
            "Accounts:mce-fr:Locales:1 = 'pt' is not a campaign locale: use one of: en, fr, it, es, de, nl, or remove Locales for every locale.",
            Assert.Single(AccountCoalitionCheck.Problems(
                new AccountDirectory(new Dictionary<string, AccountOptions> { ["mce-fr"] = new() { Platform = "Outbox", Locales = ["fr", "pt"] } }),
                Some.Catalog.Locales, Support.Coalition.Partners)));

    [Fact]
    public void The_directory_tells_an_accounts_partner_and_languages()
    {
        var accounts = Support.Coalition.Accounts;
        Assert.Equal("missing-children-europe", accounts.PartnerOf("mce-fr"));
        Assert.Null(accounts.PartnerOf("outbox"));
        Assert.True(accounts.Speaks("mce-fr", "fr"));
        Assert.False(accounts.Speaks("mce-fr", "en"));
        Assert.True(accounts.Speaks("ecpat-all", "nl"));
        Assert.Equal(["mce-fr", "mce-nl"], accounts.AccountsOf("missing-children-europe"));
    }
}
