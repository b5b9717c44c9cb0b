using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>The texts printed on one card, taken from the campaign data for a locale.</summary>
internal sealed record CardContent(
    string StatisticId, string Locale, string Number, string Caption, string Source, string Hashtag, string Brand, string AltText)
{
    public static CardContent For(CampaignCatalog catalog, Statistic statistic, string locale, string? caption = null)
    {
        var text = statistic.For(locale);
        var label = catalog.SourceLabels.TryGetValue(locale, out var l) ? l : "Source";
        return new CardContent(
            statistic.Id,
            locale,
            text.Number,
            caption ?? text.Caption,
            SourceLine.Format(label, text.Source, locale),
            catalog.Hashtag,
            catalog.Brand,
            Core.Cards.AltText.For(statistic, locale, label, caption));
    }

    public string Text(string box) => box switch
    {
        "brand" => Brand,
        "number" => Number,
        "caption" => Caption,
        "source" => Source,
        "hashtag" => Hashtag,
        _ => throw new ArgumentOutOfRangeException(nameof(box), box, "Unknown text box."),
    };
}
