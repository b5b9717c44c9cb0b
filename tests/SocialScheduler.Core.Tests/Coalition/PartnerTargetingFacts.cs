using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Planning;
using SocialScheduler.Core.Tests.Support;

namespace SocialScheduler.Core.Tests.Coalition;

/// <summary>Posts naming partners reach each of their accounts in the languages it speaks, and only those.</summary>
public class PartnerTargetingFacts
{
    private static IReadOnlyList<string> Publications(string yaml)
    {
        var file = Support.Coalition.File(yaml);
        Assert.DoesNotContain(file.Diagnostics, d => d.IsError);
        return [.. Assert.Single(file.Posts).Publications().Select(p => $"{p.Account}/{p.Locale}").Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void A_post_for_two_partners_reaches_their_accounts_in_their_languages_only() =>
        Assert.Equal(
            ["ecpat-all/de", "ecpat-all/en", "ecpat-all/es", "ecpat-all/fr", "ecpat-all/it", "ecpat-all/nl", "mce-fr/fr", "mce-nl/nl"],
            Publications(Support.Coalition.Post("    partners: [missing-children-europe, ecpat]")));

    [Fact]
    public void An_explicitly_listed_account_gets_only_the_locales_it_speaks() =>
        Assert.Equal(["mce-fr/fr", "outbox/en", "outbox/fr"], Publications(Support.Coalition.Post("    accounts: [outbox, mce-fr]", "[en, fr]")));

    [Fact]
    public void Partners_and_accounts_together_reach_each_account_once() =>
        Assert.Equal(["iwf-en/en", "ncmec-en/en", "outbox/en"], Publications(Support.Coalition.Post("    accounts: [iwf-en, outbox]\n    partners: [iwf, ncmec]", "[en]")));

    [Fact]
    public void Partners_all_reaches_every_partner_account() =>
        Assert.Equal(["ecpat-all/en", "iwf-en/en", "ncmec-en/en"], Publications(Support.Coalition.Post("    partners: all", "[en]")));

    [Fact]
    public void An_unknown_partner_is_a_located_error_listing_the_partners()
    {
        var file = Support.Coalition.File(Support.Coalition.Post("    partners: [ecpat, ecpt]"));
        Assert.Empty(file.Posts);
        Assert.Equal(
            "dec.yaml:7:23: error SS039: posts[0].partners[1] 'ecpt' is not a partner; use one of: ecpat, iwf, missing-children-europe, ncmec, thorn, or 'all'",
            Assert.Single(file.Diagnostics).ToString());
    }

    [Fact]
    public void A_locale_no_targeted_account_speaks_is_a_located_warning_and_the_post_still_loads()
    {
        var file = Support.Coalition.File(Support.Coalition.Post("    partners: [iwf]", "[en, fr]"));
        Assert.Equal(["iwf-en/en"], Assert.Single(file.Posts).Publications().Select(p => $"{p.Account}/{p.Locale}"));
        Assert.Equal(
            "dec.yaml:8:19: warning SS040: posts[0].locales[1] 'fr' is spoken by none of the post's accounts (iwf-en), so it is published nowhere; add an account speaking it (Accounts:<name>:Locales) or remove the locale",
            Assert.Single(file.Diagnostics, d => d.Code == "SS040").ToString());
    }

    [Fact]
    public void Partners_written_as_a_single_other_word_are_refused() =>
        Assert.Contains(
            "error SS008: posts[0].partners must be a list of partner ids ([ecpat, iwf]) or the word 'all'",
            string.Join("\n", Support.Coalition.File(Support.Coalition.Post("    partners: ecpat")).Diagnostics), StringComparison.Ordinal);

    [Fact]
    public void A_post_with_neither_accounts_nor_partners_says_both_are_possible() =>
        Assert.Contains(
            "or the partners whose accounts publish it (partners: [id, …] or partners: all)",
            Support.Coalition.File(Support.Coalition.Post("")).Diagnostics.First(d => d.IsError).ToString(), StringComparison.Ordinal);

    [Fact]
    public void A_post_naming_accounts_that_speak_every_locale_keeps_its_content_hash()
    {
        var post = Validate.Post(Yaml.Schedule(Yaml.Post()));
        Assert.Null(post.Unspoken);
        Assert.Null(post.Partners);
        Assert.Equal(ContentHash.Of(post), ContentHash.Of(post with { Partners = new ValueList<string>([]) }));
        Assert.NotEqual(ContentHash.Of(post), ContentHash.Of(post with { Unspoken = new ValueList<string>(["outbox/en"]) }));
    }

    [Fact]
    public void Plan_lists_partners_with_no_account_in_a_posts_languages()
    {
        var post = Assert.Single(Support.Coalition.File(Support.Coalition.Post("    partners: [missing-children-europe, ecpat, thorn]", "[en, fr]")).Posts);
        Assert.Equal(
            [
                "partner missing-children-europe has no account in en for post launch; add one with Accounts:<name>:Partner = missing-children-europe and Locales",
                "partner thorn has no account for post launch; add one with Accounts:<name>:Partner = thorn",
            ],
            PartnerGaps.Of([post], Support.Coalition.Accounts).Select(g => g.ToString()));
    }
}
