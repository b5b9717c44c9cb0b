using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Tests.Support;

namespace SocialScheduler.Imaging.Tests;

public sealed class CampaignCardFacts
{
    public static TheoryData<string, string, string> EveryCard()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var statistic in Renderers.Catalog.Statistics)
        {
            foreach (var locale in Renderers.Catalog.Locales)
            {
                foreach (var size in CardSize.All)
                {
                    data.Add(statistic.Id, locale, size.Name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCard))]
    public void Every_campaign_card_fits_its_boxes_with_every_glyph(string card, string locale, string size)
    {
        var problems = Renderers.Shared.Check(new CardRequest(card, locale, size));

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(EveryCard))]
    public void Every_campaign_card_is_a_png_of_its_named_size(string card, string locale, string size)
    {
        var rendered = Renderers.Shared.Render(new CardRequest(card, locale, size));

        Assert.True(CardSize.TryParse(size, out var expected));
        Assert.True(Png.IsPng(rendered.Content));
        using var bitmap = Png.Decode(rendered.Content);
        Assert.Equal((expected.Width, expected.Height), (bitmap.Width, bitmap.Height));
        Assert.Equal((expected.Width, expected.Height), (rendered.Width, rendered.Height));
        Assert.Equal("image/png", rendered.ContentType);
        Dump(rendered, $"{card}-{locale}-{size}.png");
    }

    // Set IMAGING_DUMP to a folder to look at every card the tests draw.
    private static void Dump(RenderedCard card, string name)
    {
        var folder = Environment.GetEnvironmentVariable("IMAGING_DUMP");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name), card.Content.ToArray());
        }
    }
}
