using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Tests.Support;

namespace SocialScheduler.Imaging.Tests.Golden;

public sealed class GoldenCardFacts
{
    public const string Statistic = "reports-2021";

    public static TheoryData<string, string> LocalesAndSizes()
    {
        var data = new TheoryData<string, string>();
        foreach (var locale in Renderers.Catalog.Locales)
        {
            foreach (var size in CardSize.All)
            {
                data.Add(locale, size.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LocalesAndSizes))]
    public void The_card_looks_like_its_approved_baseline(string locale, string size)
    {
        var card = Renderers.Shared.Render(new CardRequest(Statistic, locale, size));

        GoldenImages.AssertMatches($"{Statistic}-{locale}-{size}", card.Content);
    }

    /// <summary>Co-branded cards: one partner per size, with long and short names, light and dark plates, own accents.</summary>
    public static TheoryData<string, string, string> PartnerCards() => new()
    {
        { "ncmec", "en", "square" },
        { "missing-children-europe", "de", "landscape" },
        { "thorn", "fr", "wide" },
        { "nspcc", "nl", "portrait" },
        { "inhope", "it", "link" },
        { "end-violence", "es", "square" },
    };

    [Theory]
    [MemberData(nameof(PartnerCards))]
    public void A_partners_card_looks_like_its_approved_baseline(string partner, string locale, string size)
    {
        var card = Renderers.Shared.Render(new CardRequest(Statistic, locale, size, partner));

        GoldenImages.AssertMatches($"{partner}-{Statistic}-{locale}-{size}", card.Content);
    }

    [Fact]
    public void A_card_with_one_digit_changed_does_not_match_its_baseline()
    {
        Assert.SkipWhen(GoldenImages.Approving, "approving baselines");
        using var renderer = Renderers.Create(catalog: WithNumber(Statistic, "de", "86\u00A0Millionen"));
        var card = renderer.Render(new CardRequest(Statistic, "de", "landscape"));
        using var expected = GoldenImages.Decode(File.ReadAllBytes(Path.Combine(GoldenImages.BaselineFolder, $"{Statistic}-de-landscape.png")));
        using var actual = GoldenImages.Decode(card.Content.ToArray());

        var comparison = ImageComparison.Compare(expected, actual);

        Assert.False(comparison.Matches, $"only {comparison.DifferingPixels} pixels differ");
    }

    private static CampaignCatalog WithNumber(string id, string locale, string number)
    {
        var catalog = Renderers.Catalog;
        var statistics = catalog.Statistics.Select(s => s.Id != id ? s : s with
        {
            Text = s.Text.ToDictionary(kv => kv.Key, kv => kv.Key == locale ? kv.Value with { Number = number } : kv.Value),
        });
        return new CampaignCatalog(catalog.Campaign, catalog.Hashtag, catalog.Brand, catalog.Locales, catalog.SourceLabels, statistics, catalog.BrandLabels);
    }
}
