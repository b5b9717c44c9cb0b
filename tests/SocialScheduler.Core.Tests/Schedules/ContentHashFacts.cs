using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Core.Tests.Schedules;

public class ContentHashFacts
{
    private static readonly DateTimeOffset Due = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A post with every field set, written in the browser.</summary>
    internal static ScheduledPost Full { get; } = new(
        "child-safety-online-now", "reports-2021", Due, "Europe/Brussels", new ValueList<string>(["outbox", "bsky"]), new ValueList<string>(["en", "fr"]),
        "reports-2021",
        new ValueDictionary(new Dictionary<string, string>
        {
            ["en"] = "85 million reports. #ChildSafetyOnlineNow",
            ["fr"] = "85 millions de signalements. #ChildSafetyOnlineNow",
        }),
        "web", "square", "0 9 * * MON", new DateTimeOffset(2027, 1, 31, 8, 0, 0, TimeSpan.Zero),
        new ValueDictionary(new Dictionary<string, string>
        {
            ["en"] = "A bar chart: 85 million reports.",
            ["fr"] = "Un graphique : 85 millions de signalements.",
        }));

    /// <summary>A one-off file post with none of the optional fields.</summary>
    private static ScheduledPost Plain { get; } = new(
        "child-safety-online-now", "reports-2021", Due, "Europe/Brussels", new ValueList<string>(["outbox"]), new ValueList<string>(["en"]), null,
        new ValueDictionary(new Dictionary<string, string> { ["en"] = "85 million reports. #ChildSafetyOnlineNow" }), "file");

    [Fact]
    public void Each_scope_gives_the_digest_stored_before_so_an_existing_database_sees_no_post_as_changed()
    {
        // Digests of the canonical texts as the ledger, series cancellations and series approvals first stored them.
        Assert.Equal("c91e9a99d3ea5d44b9502a4cdc8cd41f25c73affba31800735e043a2a6ff9536", ContentHash.Of(Full).Value);
        Assert.Equal("03b9813bf1642cd6d0572d08fd35fe6e23ad7c37e944f39d0592da9f483a940b", ContentHash.Of(Full, "fr").Value);
        Assert.Equal("35650889A1052B93D4675C0AE20DEDE18596FA28AF8E17F08D607248E7496F22", ContentHash.OfPublication(Full, "fr", Due).Value);
        Assert.Equal("90cfcf2e704b888f4aabe795de5bc412e847d19c087fe6cc7524622b41113c7b", ContentHash.Of(Plain).Value);
        Assert.Equal("69c57b8487a3f898f0b07c70606b5d767dac70e792ca95ca08987b1d369f1022", ContentHash.Of(Plain, "en").Value);
        Assert.Equal("40EDA4E630164E0360FAFAA548C486305177E7A9ECE5D792B4DF202C35E5BCA3", ContentHash.OfPublication(Plain, "en", Due).Value);
    }

    [Fact]
    public void Every_field_of_a_post_but_its_origin_changes_its_hash()
    {
        var changes = new Dictionary<string, ScheduledPost>
        {
            [nameof(ScheduledPost.Campaign)] = Full with { Campaign = "other-campaign" },
            [nameof(ScheduledPost.Id)] = Full with { Id = "growth-2020" },
            [nameof(ScheduledPost.DueUtc)] = Full with { DueUtc = Due.AddMinutes(1) },
            [nameof(ScheduledPost.TimeZone)] = Full with { TimeZone = "Europe/Paris" },
            [nameof(ScheduledPost.Accounts)] = Full with { Accounts = new ValueList<string>(["outbox"]) },
            [nameof(ScheduledPost.Locales)] = Full with { Locales = new ValueList<string>(["en"]) },
            [nameof(ScheduledPost.Card)] = Full with { Card = "growth-2020" },
            [nameof(ScheduledPost.Text)] = Full with { Text = Changed(Full.Text) },
            [nameof(ScheduledPost.Size)] = Full with { Size = "landscape" },
            [nameof(ScheduledPost.Repeat)] = Full with { Repeat = "0 9 * * TUE" },
            [nameof(ScheduledPost.RepeatUntil)] = Full with { RepeatUntil = null },
            [nameof(ScheduledPost.AltText)] = Full with { AltText = Changed(Full.AltText!) },
            [nameof(ScheduledPost.Partners)] = Full with { Partners = new ValueList<string>(["ecpat"]) },
            [nameof(ScheduledPost.Unspoken)] = Full with { Unspoken = new ValueList<string>(["outbox/fr"]) },
        };

        // A field added to posts is added here and to the hash, or this fails: a change to it must reach the ledger.
        var fields = typeof(ScheduledPost).GetConstructors().Single().GetParameters().Select(p => p.Name!).Where(n => n != nameof(ScheduledPost.Origin));
        Assert.Equal(fields.Order(StringComparer.Ordinal), changes.Keys.Order(StringComparer.Ordinal));
        Assert.All(changes, c => Assert.NotEqual(ContentHash.Of(Full), ContentHash.Of(c.Value)));
        Assert.Equal(ContentHash.Of(Full), ContentHash.Of(Full with { Origin = "file" }));
    }

    [Fact]
    public void A_locale_s_hash_changes_with_its_own_text_only()
    {
        var frenchEdited = Full with { Text = new ValueDictionary(new Dictionary<string, string> { ["en"] = Full.Text["en"], ["fr"] = "Autre texte. #ChildSafetyOnlineNow" }) };

        Assert.Equal(ContentHash.Of(Full, "en"), ContentHash.Of(frenchEdited, "en"));
        Assert.NotEqual(ContentHash.Of(Full, "fr"), ContentHash.Of(frenchEdited, "fr"));
    }

    [Fact]
    public void A_publication_of_a_post_without_a_card_carries_no_alt_text()
    {
        var noCard = Full with { Card = null };

        Assert.Null(ContentHash.AltTextOf(noCard, "en"));
        Assert.Equal(ContentHash.OfPublication(noCard, "en", Due), ContentHash.OfPublication(noCard with { AltText = null }, "en", Due));
    }

    [Fact]
    public void A_post_written_as_json_shows_its_hash_as_the_digest()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { Hash = ContentHash.Of(Plain) });

        Assert.Equal("""{"Hash":"90cfcf2e704b888f4aabe795de5bc412e847d19c087fe6cc7524622b41113c7b"}""", json);
    }

    private static ValueDictionary Changed(IReadOnlyDictionary<string, string> map) =>
        new(map.Select(kv => KeyValuePair.Create(kv.Key, kv.Key == "fr" ? kv.Value + " !" : kv.Value)));
}
