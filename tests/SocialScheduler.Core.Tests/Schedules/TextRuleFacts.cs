using SocialScheduler.Core.Tests.Support;

namespace SocialScheduler.Core.Tests.Schedules;

/// <summary>Text limits in each platform's own unit, counted with the hashtag the post will carry.</summary>
public class TextRuleFacts
{
    private static string PostTo(string account, string text) =>
        Yaml.Schedule(Yaml.Post(text: text).Replace("[outbox]", $"[{account}]", StringComparison.Ordinal));

    [Fact]
    public void A_text_over_280_weighted_characters_on_x_says_by_how_much()
    {
        // 250 Latin letters and 10 CJK characters: 270 weighted, 292 with " #ChildSafetyOnlineNow".
        var text = new string('a', 250) + "故人西辞黄鹤楼烟花三";

        Assert.Equal(
            "dec.yaml:11:11: error SS012: posts[0].text.en is 292 of 280 weighted characters on account x-main (X), hashtag included; shorten it by 12",
            Validate.OnlyLine(PostTo("x-main", text)));
    }

    [Fact]
    public void The_appended_hashtag_counts_towards_the_limit()
    {
        var fits = new string('a', 258);
        var tooLong = new string('a', 259);

        Assert.Empty(Validate.Lines(PostTo("x-main", fits)));
        Assert.Contains("is 281 of 280 weighted characters", Validate.OnlyLine(PostTo("x-main", tooLong)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_that_already_has_the_hashtag_is_not_given_a_second_one()
    {
        var post = Validate.Post(Yaml.Schedule(Yaml.Post(text: "#childsafetyonlinenow: 85 million reports.")));

        Assert.Equal("#childsafetyonlinenow: 85 million reports.", post.Text["en"]);
    }

    [Fact]
    public void A_link_counts_23_on_x_however_long_it_is()
    {
        var text = new string('a', 230) + " https://example.org/" + new string('p', 200);

        Assert.Empty(Validate.Lines(PostTo("x-main", text)));
    }

    [Fact]
    public void Mastodon_counts_500_characters_with_links_as_23() =>
        Assert.Equal(
            "dec.yaml:11:11: error SS012: posts[0].text.en is 523 of 500 characters on account mastodon-eu (Mastodon), hashtag included; shorten it by 23",
            Validate.OnlyLine(PostTo("mastodon-eu", new string('a', 477) + " https://example.org/" + new string('p', 300))));

    [Fact]
    public void Instagram_refuses_a_caption_over_2200_characters() =>
        Assert.Equal(
            "dec.yaml:11:11: error SS012: posts[0].text.en is 2,201 of 2,200 characters on account instagram (Instagram), hashtag included; shorten it by 1",
            Validate.OnlyLine(PostTo("instagram", new string('a', 2179))));

    [Fact]
    public void Instagram_refuses_more_than_30_hashtags_counting_the_campaign_one()
    {
        var thirty = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"#tag{i}"));

        Assert.Equal(
            "dec.yaml:11:11: error SS012: posts[0].text.en is 31 of 30 hashtags on account instagram (Instagram), hashtag included; shorten it by 1",
            Validate.OnlyLine(PostTo("instagram", "Act now " + thirty)));
        Assert.Empty(Validate.Lines(PostTo("instagram", "Act now " + string.Join(' ', Enumerable.Range(1, 29).Select(i => $"#tag{i}")))));
    }

    [Fact]
    public void Threads_counts_an_emoji_as_its_utf8_bytes()
    {
        // 470 letters, 2 broken hearts of 4 bytes and " #ChildSafetyOnlineNow" (22): 500 fits; a third heart makes 504.
        Assert.Empty(Validate.Lines(PostTo("threads", new string('a', 470) + "💔💔")));
        Assert.Equal(
            "dec.yaml:11:11: error SS012: posts[0].text.en is 504 of 500 characters on account threads (Threads), hashtag included; shorten it by 4",
            Validate.OnlyLine(PostTo("threads", new string('a', 470) + "💔💔💔")));
    }

    [Fact]
    public void Bluesky_counts_graphemes_so_a_family_emoji_is_one()
    {
        // 100 families: 1,100 UTF-16 units and 2,500 bytes, but 100 graphemes.
        var fits = string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 100));

        Assert.Empty(Validate.Lines(PostTo("bsky", fits)));
    }

    [Fact]
    public void Bluesky_refuses_more_than_300_graphemes() =>
        Assert.Equal(
            "dec.yaml:11:11: error SS012: posts[0].text.en is 301 of 300 graphemes on account bsky (Bluesky), hashtag included; shorten it by 1",
            Validate.OnlyLine(PostTo("bsky", new string('é', 279))));

    [Fact]
    public void Bluesky_refuses_more_than_3000_utf8_bytes_even_under_300_graphemes()
    {
        // 120 families of 25 bytes each: 120 graphemes but 3,000 bytes, then the hashtag.
        var text = string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 120));

        Assert.Equal(
            "dec.yaml:11:11: error SS012: posts[0].text.en is 3,022 of 3,000 UTF-8 bytes on account bsky (Bluesky), hashtag included; shorten it by 22",
            Validate.OnlyLine(PostTo("bsky", text)));
    }

    [Fact]
    public void LinkedIn_counts_the_text_after_escaping_its_reserved_characters()
    {
        // 1,500 parentheses become 3,000 characters once escaped; the hashtag's '#' stays unescaped.
        var text = string.Concat(Enumerable.Repeat("()", 750));

        Assert.Equal(
            "dec.yaml:11:11: error SS012: posts[0].text.en is 3,022 of 3,000 characters after LinkedIn escaping on account linkedin-org (LinkedIn), hashtag included; shorten it by 22",
            Validate.OnlyLine(PostTo("linkedin-org", text)));
    }

    [Fact]
    public void The_outbox_applies_no_platform_limit() =>
        Assert.Empty(Validate.Lines(PostTo("outbox", new string('a', 5000))));

    [Fact]
    public void A_byte_order_mark_inside_a_text_is_refused() =>
        Assert.Equal(
            "dec.yaml:11:11: error SS032: posts[0].text.en contains an invisible non-character (U+FEFF, U+FFFE or U+FFFF) that platforms refuse; delete it",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post(text: "85 million\\uFEFF reports"))));

    [Fact]
    public void A_text_for_each_of_several_accounts_is_checked_against_each_platform()
    {
        var text = new string('a', 290);
        var lines = Validate.Lines(PostTo("x-main, bsky, mastodon-eu", text));

        Assert.Equal(2, lines.Count);
        Assert.Contains("on account x-main (X)", lines[0], StringComparison.Ordinal);
        Assert.Contains("on account bsky (Bluesky)", lines[1], StringComparison.Ordinal);
    }
}
