using SkiaSharp;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Partners;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Rendering;

namespace SocialScheduler.Imaging.Partners;

/// <summary>
/// Checks a partner's logo with Skia's decoder (reading the header only) and its colours against the template: every
/// text of a partner's card, at every size, on every colour beneath it.
/// </summary>
internal sealed class SkiaPartnerArtCheck(CardAssetSource assets) : IPartnerArtCheck
{
    public (int Width, int Height)? MeasureImage(ReadOnlySpan<byte> encoded)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg))
        {
            return null;
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width > PartnerCatalogLoader.MaxLogoPixels || height > PartnerCatalogLoader.MaxLogoPixels)
        {
            // Too large to accept whatever its pixels: not decoded, the loader refuses it by its size.
            return (width, height);
        }

        // A truncated file has a good header: decode every row to be sure it draws whole.
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        return codec.GetPixels(bitmap.Info, bitmap.GetPixels()) == SKCodecResult.Success ? (width, height) : null;
    }

    public IReadOnlyList<(string Color, string Problem)> CheckColors(IReadOnlyDictionary<string, RgbColor> colors)
    {
        var current = assets.Current;
        var known = CardPalette.Names(current).ToHashSet(StringComparer.Ordinal);
        var problems = new List<(string Color, string Problem)>();
        foreach (var name in colors.Keys.Where(n => !known.Contains(n)))
        {
            problems.Add((name, $"'{name}' is not a colour of the cards; use {string.Join(", ", known)}"));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var palette = new Dictionary<string, SKColor>(current.Colors, StringComparer.Ordinal);
        foreach (var (name, color) in colors)
        {
            palette[name] = new SKColor(color.R, color.G, color.B);
        }

        foreach (var (size, layout) in current.Template.Sizes.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            foreach (var problem in CardContrast.Check(layout, partner: true, palette))
            {
                // Reported on the partner's own colour: the campaign's colours are checked with the campaign.
                var field = colors.ContainsKey(problem.TextColor) ? problem.TextColor : colors.ContainsKey(problem.UnderColor) ? problem.UnderColor : null;
                if (field is not null && !problems.Any(p => p.Color == field))
                {
                    problems.Add((field, $"{problem.Message} (first found at size {size})"));
                }
            }
        }

        return problems;
    }
}
