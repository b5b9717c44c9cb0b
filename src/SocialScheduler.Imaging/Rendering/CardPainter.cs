using SkiaSharp;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Text;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>Draws a laid-out card onto a canvas over its cached background.</summary>
internal static class CardPainter
{
    /// <summary>
    /// Copies the background into <paramref name="target"/>, then a partner's plate and logo when the card is a
    /// partner's, then the texts over them.
    /// </summary>
    public static void Paint(SKBitmap target, SKImage background, ResolvedCard card, CardLayout layout, SKImage? partnerLogo)
    {
        // A straight pixel copy: the background has the card's size and pixel format, so no blending is needed.
        if (!background.ReadPixels(target.Info, target.GetPixels(), target.RowBytes, 0, 0))
        {
            throw new InvalidOperationException("The cached background does not match the card's pixel format.");
        }

        using var canvas = new SKCanvas(target);
        using var paint = new SKPaint { IsAntialias = true };
        var shift = 0f;
        if (card.Partner is not null && layout.Boxes.Partner is { } partner)
        {
            shift = PlateShift(partner, layout);
            paint.Color = card.Palette[PartnerLayout.PlateColor];
            var plate = partner.Plate;
            canvas.DrawRoundRect(SKRect.Create(plate.X + shift, plate.Y, plate.Width - shift, plate.Height), plate.Height / 8, plate.Height / 8, paint);
            if (partnerLogo is not null)
            {
                // Drawn pixel for pixel: PartnerLogos scaled it to its box once.
                var at = BackgroundCache.Fit(partnerLogo, partner.Logo);
                canvas.DrawImage(partnerLogo, MathF.Round(at.Left + shift), MathF.Round(at.Top), SKSamplingOptions.Default, paint);
            }
        }

        foreach (var (name, box) in layout.TextBoxes)
        {
            if (layout.Texts.TryGetValue(name, out var text))
            {
                paint.Color = card.Palette[box.Color];
                DrawText(canvas, paint, text, name == "partner" ? box with { X = box.X + shift } : box);
            }
        }
    }

    /// <summary>
    /// How far the plate's left edge moves right so it ends as far after the partner's name as its logo is from its
    /// left edge: a short name ("Thorn") gets a compact plate, aligned to the right like a long one.
    /// </summary>
    private static float PlateShift(PartnerLayout partner, CardLayout layout)
    {
        if (!layout.Texts.TryGetValue("partner", out var name))
        {
            return 0;
        }

        var widest = name.Lines.Max(l => l.Width) * name.FontSize;
        var needed = partner.Name.X - partner.Plate.X + widest + (partner.Logo.X - partner.Plate.X);
        return MathF.Floor(Math.Max(0, partner.Plate.Width - needed));
    }

    private static void DrawText(SKCanvas canvas, SKPaint paint, FittedText text, TextBox box)
    {
        using var font = new SKFont(text.Face.Typeface, text.FontSize)
        {
            Hinting = SKFontHinting.None,
            Subpixel = true,
            LinearMetrics = true,
            Edging = SKFontEdging.Antialias,
        };
        var metrics = VerticalMetrics.Of(text.Face);
        var height = TextFitter.BlockHeight(text.Lines.Count, text.FontSize, box, metrics);
        var top = box.VerticalAlign switch
        {
            VerticalAlign.Center => box.Y + ((box.Height - height) / 2),
            VerticalAlign.Bottom => box.Y + box.Height - height,
            _ => box.Y,
        };
        var baseline = top + (metrics.Ascent * text.FontSize);
        foreach (var line in text.Lines)
        {
            var width = line.Width * text.FontSize;
            var x = box.Align switch
            {
                TextAlign.Center => box.X + ((box.Width - width) / 2),
                TextAlign.Right => box.X + box.Width - width,
                _ => box.X,
            };
            using var blob = Blob(line, font, text.FontSize);
            if (blob is not null)
            {
                canvas.DrawText(blob, x, baseline, paint);
            }

            baseline += box.LineHeight * text.FontSize;
        }
    }

    private static SKTextBlob? Blob(ShapedText line, SKFont font, float size)
    {
        if (line.Glyphs.Length == 0)
        {
            return null;
        }

        var positions = new SKPoint[line.Glyphs.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = new SKPoint(line.X[i] * size, line.Y[i] * size);
        }

        using var builder = new SKTextBlobBuilder();
        builder.AddPositionedRun(line.Glyphs, font, positions);
        return builder.Build();
    }
}
