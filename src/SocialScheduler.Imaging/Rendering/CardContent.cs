using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Partners;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>The texts printed on one card, taken from the campaign data for a locale, and the partner's name on its cards.</summary>
internal sealed record CardContent(
    string StatisticId, string Locale, string Number, string Caption, string Source, string Hashtag, string Brand, string AltText,
    string? PartnerName = null)
{
    public static CardContent For(CampaignCatalog catalog, Statistic statistic, string locale, string? caption = null, Partner? partner = null)
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
            catalog.BrandFor(locale),
            Core.Cards.AltText.For(statistic, locale, label, caption),
            partner?.Name);
    }

    public string Text(string box) => box switch
    {
        "brand" => Brand,
        "number" => Number,
        "caption" => Caption,
        "source" => Source,
        "hashtag" => Hashtag,
        "partner" => PartnerName ?? "",
        _ => throw new ArgumentOutOfRangeException(nameof(box), box, "Unknown text box."),
    };
}
