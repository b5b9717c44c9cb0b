using SkiaSharp;
using SocialScheduler.Core.Partners;
using SocialScheduler.Imaging.Assets;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>The colours a card is drawn in: the theme's, with a partner's colours in place of those it sets.</summary>
internal static class CardPalette
{
    public static IReadOnlyDictionary<string, SKColor> For(CardAssets assets, Partner? partner)
    {
        if (partner is null)
        {
            return assets.Colors;
        }

        var colors = new Dictionary<string, SKColor>(assets.Colors, StringComparer.Ordinal);
        foreach (var (name, color) in partner.Colors)
        {
            colors[name] = new SKColor(color.R, color.G, color.B);
        }

        return colors;
    }

    /// <summary>The colour names a card may use: the theme's and a partner's plate colours.</summary>
    public static IEnumerable<string> Names(CardAssets assets) =>
        assets.Colors.Keys.Append(PartnerLayout.PlateColor).Append(PartnerLayout.PlateTextColor);
}
