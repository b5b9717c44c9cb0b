using SkiaSharp;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Text;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>Draws a laid-out card onto a canvas over its cached background.</summary>
internal static class CardPainter
{
    /// <summary>Copies the background into <paramref name="target"/>, then draws the texts over it.</summary>
    public static void Paint(SKBitmap target, SKImage background, CardAssets assets, CardLayout layout)
    {
        // A straight pixel copy: the background has the card's size and pixel format, so no blending is needed.
        if (!background.ReadPixels(target.Info, target.GetPixels(), target.RowBytes, 0, 0))
        {
            throw new InvalidOperationException("The cached background does not match the card's pixel format.");
        }

        using var canvas = new SKCanvas(target);
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var (name, box) in layout.Boxes.TextBoxes())
        {
            if (layout.Texts.TryGetValue(name, out var text))
            {
                paint.Color = assets.Colors[box.Color];
                DrawText(canvas, paint, text, box);
            }
        }
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
