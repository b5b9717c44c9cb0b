using System.Text;
using SocialScheduler.Core.Tests.Support;

namespace SocialScheduler.Core.Tests.Schedules;

/// <summary>The campaign's own rules: its hashtag everywhere, alt text for every image, cards that fit and cite.</summary>
public class CardAndCampaignRuleFacts
{
    [Fact]
    public void A_hashtag_other_than_the_campaigns_is_refused() =>
        Assert.Equal(
            "dec.yaml:2:1: error SS026: hashtag '#SaveTheKids' is not the hashtag of child-safety-online-now; write \"#ChildSafetyOnlineNow\"",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post()).Replace("#ChildSafetyOnlineNow", "#SaveTheKids", StringComparison.Ordinal)));

    [Fact]
    public void A_campaign_file_without_a_hashtag_line_still_gets_the_campaign_hashtag()
    {
        var post = Validate.Post(Yaml.Schedule(Yaml.Post()).Replace("hashtag: \"#ChildSafetyOnlineNow\"\n", "", StringComparison.Ordinal));

        Assert.Equal("85 million reports in 2021. #ChildSafetyOnlineNow", post.Text["en"]);
    }

    [Fact]
    public void Another_campaign_must_name_its_hashtag() =>
        Assert.Equal(
            "dec.yaml:1:1: error SS011: hashtag is missing; every post of a campaign carries its hashtag: add 'hashtag: \"#YourCampaign\"'",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post())
                .Replace("campaign: child-safety-online-now", "campaign: winter-appeal", StringComparison.Ordinal)
                .Replace("hashtag: \"#ChildSafetyOnlineNow\"\n", "", StringComparison.Ordinal)));

    [Fact]
    public void An_unquoted_hashtag_is_a_yaml_comment_and_the_message_says_how_to_write_it() =>
        Assert.Equal(
            "dec.yaml:2:1: error SS011: hashtag is empty; a '#' outside quotes starts a YAML comment, so write it quoted: hashtag: \"#YourCampaign\"",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post())
                .Replace("campaign: child-safety-online-now", "campaign: winter-appeal", StringComparison.Ordinal)
                .Replace("hashtag: \"#ChildSafetyOnlineNow\"", "hashtag: #WinterAppeal", StringComparison.Ordinal)));

    [Fact]
    public void Alt_text_is_generated_from_the_card_with_its_source_when_not_given()
    {
        var post = Validate.Post(Yaml.Schedule(Yaml.Post()));

        Assert.Equal("85 million pieces of child sexual abuse material were reported online in 2021. Source: European Commission, May 2022.", post.AltText!["en"]);
    }

    [Fact]
    public void Given_alt_text_is_used_as_written()
    {
        var post = Validate.Post(Yaml.Schedule(Yaml.Post(extra: "    alt:\n      en: \"A large 85 million on a dark card.\"")));

        Assert.Equal("A large 85 million on a dark card.", post.AltText!["en"]);
    }

    [Fact]
    public void Empty_alt_text_is_refused() =>
        Assert.Equal(
            "dec.yaml:13:11: error SS028: posts[0].alt.en is empty; describe the image, or remove the line to use the text generated from the card",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post(extra: "    alt:\n      en: \"\""))));

    [Fact]
    public void Alt_text_over_the_x_limit_is_refused_on_an_x_account()
    {
        var yaml = Yaml.Schedule(Yaml.Post(extra: $"    alt:\n      en: \"{new string('a', 1001)}\"")).Replace("[outbox]", "[x-main]", StringComparison.Ordinal);

        Assert.Equal(
            "dec.yaml:13:11: error SS027: posts[0].alt.en is 1,001 of 1,000 characters allowed for alt text on account x-main (X); shorten it by 1",
            Validate.OnlyLine(yaml));
    }

    [Fact]
    public void Alt_text_of_1500_characters_fits_mastodon_and_bluesky_but_not_x()
    {
        var yaml = Yaml.Schedule(Yaml.Post(extra: $"    alt:\n      en: \"{new string('a', 1500)}\""));

        Assert.Empty(Validate.Lines(yaml.Replace("[outbox]", "[mastodon-eu, bsky]", StringComparison.Ordinal)));
        Assert.Single(Validate.Lines(yaml.Replace("[outbox]", "[x-main]", StringComparison.Ordinal)));
    }

    [Fact]
    public void Alt_text_without_a_card_is_a_warning() =>
        Assert.Equal(
            "dec.yaml:12:11: warning SS028: posts[0].alt.en describes no image because the post has no card; add 'card:' or remove the alt text",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post(extra: "    alt:\n      en: \"A chart.\"").Replace("    card: reports-2021\n", "", StringComparison.Ordinal))));

    [Fact]
    public void A_card_that_does_not_fit_is_reported_for_its_locale_and_size()
    {
        var preflight = new FixedPreflight("fr", "the caption needs 5 lines at 28 px and the box holds 4; shorten the caption");
        var yaml = Yaml.Schedule(Yaml.Post(extra: "      fr: \"85 millions\"\n    size: square").Replace("locales: [en]", "locales: [en, fr]", StringComparison.Ordinal));

        var result = Some.FileValidator(preflights: preflight).Validate("dec.yaml", Encoding.UTF8.GetBytes(yaml));

        Assert.Equal(
            "dec.yaml:9:5: error SS029: posts[0].card 'reports-2021' cannot be drawn in 'fr' at size square: the caption needs 5 lines at 28 px and the box holds 4; shorten the caption",
            Assert.Single(result.Diagnostics).ToString());
        Assert.Equal(["en", "fr"], preflight.Checked.Select(r => r.Locale));
    }
}
