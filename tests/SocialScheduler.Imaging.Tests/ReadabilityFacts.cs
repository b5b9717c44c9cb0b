using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Rendering;
using SocialScheduler.Imaging.Tests.Support;

namespace SocialScheduler.Imaging.Tests;

/// <summary>What makes a card read well in a feed, over every campaign card.</summary>
public sealed class ReadabilityFacts
{
    private static readonly IReadOnlyList<ResolvedCard> Cards = Renderers.Shared.Resolve(
        from statistic in Renderers.Catalog.Statistics
        from locale in Renderers.Catalog.Locales
        from size in CardSize.All
        select new CardRequest(statistic.Id, locale, size.Name));

    [Fact]
    public void The_source_line_is_at_least_two_and_a_half_percent_of_the_cards_width_high()
    {
        var small = Cards
            .Select(c => (Card: c, Size: CardLayout.Compute(c).Texts["source"].FontSize))
            .Where(c => c.Size < c.Card.Size.Width * 0.025f)
            .Select(c => $"{c.Card.Request}: {c.Size} px").ToList();

        Assert.Empty(small);
    }

    [Fact]
    public void A_statistics_headline_number_has_one_size_in_every_locale()
    {
        var sizes = Cards
            .GroupBy(c => (c.Request.StatisticId, c.Request.Size))
            .Where(g => g.Select(c => CardLayout.Compute(c).Texts["number"].FontSize).Distinct().Count() > 1)
            .Select(g => g.Key).ToList();

        Assert.Empty(sizes);
    }

    [Fact]
    public void The_brand_line_is_in_the_cards_language()
    {
        var german = Cards.First(c => c.Request.Locale == "de");
        var english = Cards.First(c => c.Request.Locale == "en");

        Assert.Equal("Kinderschutz im Netz, jetzt", german.Content.Brand);
        Assert.Equal("Child Safety Online Now", english.Content.Brand);
    }

    [Fact]
    public void No_line_of_a_caption_ends_in_a_short_word_where_another_break_fits()
    {
        var lonely = Cards
            .SelectMany(c => CardLayout.Compute(c).Texts["caption"].Lines.SkipLast(1).Select(l => (c.Request, l.Text)))
            .Where(l => l.Text.Split(' ')[^1] is { Length: <= 3 } last && char.IsLower(last[0]) && last.All(char.IsLetter))
            .Select(l => $"{l.Request.StatisticId}/{l.Request.Locale}/{l.Request.Size}: '{l.Text}'").ToList();

        Assert.True(lonely.Count == 0, string.Join('\n', lonely));
    }
}
