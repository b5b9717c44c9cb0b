using SocialScheduler.Core.Tests.Support;

namespace SocialScheduler.Core.Tests.Schedules;

/// <summary>Each rule about who, what and where a post publishes, with the bad file and the exact message.</summary>
public class PostRuleFacts
{
    [Fact]
    public void An_unknown_field_is_named_with_the_known_ones() =>
        Assert.Equal(
            "dec.yaml:12:5: error SS009: posts[0].colour is not a field of a schedule; known fields here: id, at, timeZone, accounts, partners, locales, card, text, alt, size, repeat, until",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post(extra: "    colour: red"))));

    [Fact]
    public void A_field_in_the_wrong_letter_case_gets_a_suggestion() =>
        Assert.Equal(
            "dec.yaml:12:5: error SS009: posts[0].timezone is not a field of a schedule; did you mean 'timeZone'?",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post(extra: "    timezone: Europe/Paris"))));

    [Fact]
    public void A_missing_time_points_at_its_post() =>
        Assert.Equal(
            "dec.yaml:5:5: error SS011: posts[0].at is missing; write the local time of the post, e.g. \"2026-12-01T09:00\"",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post().Replace("    at: \"2026-12-01T09:00\"\n", "", StringComparison.Ordinal))));

    [Fact]
    public void A_post_id_with_capitals_is_refused() =>
        Assert.Equal(
            "dec.yaml:5:5: error SS013: posts[0].id 'Reports_2021' is not a valid id; use lower-case letters, digits and single dashes, e.g. 'reports-2021'",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post("Reports_2021"))));

    [Fact]
    public void A_duplicate_post_id_names_the_first_use() =>
        Assert.Equal(
            "dec.yaml:12:5: error SS014: posts[1].id 'reports-2021' is already used by posts[0] (dec.yaml:5); give each post of the campaign its own id",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post(), Yaml.Post(at: "2026-12-02T09:00"))));

    [Fact]
    public void An_unknown_account_lists_the_configured_ones() =>
        Assert.Equal(
            "dec.yaml:7:24: error SS015: posts[0].accounts[1] 'x-backup' is not a configured account; configure Accounts:x-backup:Platform or use one of: bsky, instagram, linkedin-org, mastodon-eu, outbox, threads, x-main",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post().Replace("[outbox]", "[outbox, x-backup]", StringComparison.Ordinal))));

    [Fact]
    public void An_unknown_locale_lists_the_campaign_locales() =>
        Assert.Equal(
            "dec.yaml:8:19: error SS016: posts[0].locales[1] 'pt' is not a campaign locale; use one of: en, fr, it, es, de, nl",
            Validate.Lines(Yaml.Schedule(Yaml.Post().Replace("locales: [en]", "locales: [en, pt]", StringComparison.Ordinal)))[0]);

    [Fact]
    public void An_unknown_card_lists_the_statistics() =>
        Assert.Equal(
            "dec.yaml:9:5: error SS017: posts[0].card 'reports-2022' is not a statistic of the campaign; use one of: reports-2021, growth-2020, children-online, hosted-europe, every-two-minutes, public-support",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post().Replace("card: reports-2021", "card: reports-2022", StringComparison.Ordinal))));

    [Fact]
    public void A_listed_locale_without_text_is_an_error() =>
        Assert.Equal(
            "dec.yaml:10:5: error SS018: posts[0].text.fr is missing, but 'fr' is in locales; write the fr text or remove 'fr' from locales",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post().Replace("locales: [en]", "locales: [en, fr]", StringComparison.Ordinal))));

    [Fact]
    public void A_text_for_a_locale_not_listed_is_a_warning_and_the_file_stays_valid()
    {
        var yaml = Yaml.Schedule(Yaml.Post(extra: "      fr: \"85 millions\""));

        Assert.Equal(
            "dec.yaml:12:11: warning SS019: posts[0].text.fr is not published because 'fr' is not in locales; add it to locales or remove the text",
            Validate.OnlyLine(yaml));
        Assert.Single(Validate.File(yaml).Posts);
    }

    [Fact]
    public void An_unknown_card_size_lists_the_sizes() =>
        Assert.Equal(
            "dec.yaml:12:5: error SS031: posts[0].size 'banner' is not a card size; use one of: square, portrait, landscape, wide, link",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post(extra: "    size: banner"))));

    [Fact]
    public void A_list_where_one_value_belongs_is_a_shape_error() =>
        Assert.Equal(
            "dec.yaml:9:11: error SS008: posts[0].card must be a single value, not a list or a mapping",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post().Replace("card: reports-2021", "card: [reports-2021]", StringComparison.Ordinal))));

    [Fact]
    public void A_missing_campaign_is_reported_on_the_first_line() =>
        Assert.Equal(
            "dec.yaml:1:1: error SS011: campaign is missing; start the file with 'campaign: child-safety-online-now'",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post()).Replace("campaign: child-safety-online-now\n", "", StringComparison.Ordinal)));
}
