using System.Text;
using System.Text.RegularExpressions;
using SocialScheduler.Platforms.Bluesky;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests.Bluesky;

public sealed partial class HashtagFacetsFacts
{
    [Fact]
    public void Byte_ranges_match_the_Bluesky_documentation_example_with_emoji_before_them()
    {
        const string text = "✨ example mentioning @atproto.com to share the URL 👨‍❤️‍👨 https://en.wikipedia.org/wiki/CBOR.";

        Assert.Equal((23, 35), HashtagFacets.Utf8Range(text, text.IndexOf("@atproto.com", StringComparison.Ordinal), "@atproto.com".Length));
        Assert.Equal((74, 108), HashtagFacets.Utf8Range(text, text.IndexOf("https://", StringComparison.Ordinal), "https://en.wikipedia.org/wiki/CBOR".Length));
        Assert.Equal(109, Encoding.UTF8.GetByteCount(text));
    }

    [Fact]
    public void The_campaign_hashtag_after_an_emoji_and_a_curly_apostrophe_gets_its_exact_byte_range_and_a_tag_without_the_hash()
    {
        const string text = "Bonjour 👋 — aujourd’hui on lance #ChildSafetyOnlineNow, partagez !";

        var facet = Assert.Single(HashtagFacets.For(text))!;

        var bytes = Encoding.UTF8.GetBytes(text);
        var start = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Some.Hashtag));
        Assert.Equal(start, facet["index"]!["byteStart"]!.GetValue<int>());
        Assert.Equal(start + Some.Hashtag.Length, facet["index"]!["byteEnd"]!.GetValue<int>());
        Assert.Equal("ChildSafetyOnlineNow", facet["features"]![0]!["tag"]!.GetValue<string>());
    }

    [Fact]
    public void A_link_gets_a_link_facet_over_its_exact_bytes_without_the_full_stop_after_it()
    {
        const string text = "✨ example mentioning @atproto.com to share the URL 👨‍❤️‍👨 https://en.wikipedia.org/wiki/CBOR.";

        var facet = Assert.Single(HashtagFacets.For(text))!;

        Assert.Equal(74, facet["index"]!["byteStart"]!.GetValue<int>());
        Assert.Equal(108, facet["index"]!["byteEnd"]!.GetValue<int>());
        Assert.Equal("https://en.wikipedia.org/wiki/CBOR", facet["features"]![0]!["uri"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("price #1 today", 0)]
    [InlineData("mail a#b or https://x.org/#anchor", 1)]
    [InlineData("(#Kinderschutz) und #Jetzt!", 2)]
    [InlineData("#één #ĳsland", 2)]
    public void Only_real_hashtags_become_facets(string text, int expected) => Assert.Equal(expected, HashtagFacets.For(text).Count);

    [Fact]
    public void A_publication_keeps_one_valid_TID_record_key_across_attempts_and_each_locale_has_its_own()
    {
        var first = RecordKey.For(Some.Post("bsky", "en", key: "attempt-1"));

        Assert.Matches(Tid(), first);
        Assert.Equal(first, RecordKey.For(Some.Post("bsky", "en", key: "attempt-2")));
        Assert.Equal(6, Some.Locales.Select(l => RecordKey.For(Some.Post("bsky", l))).Distinct().Count());
    }

    [GeneratedRegex("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")]
    private static partial Regex Tid();
}
