using SkiaSharp;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Assets;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>A text box whose colour does not read on a colour beneath it.</summary>
internal sealed record ContrastProblem(string Box, string TextColor, string UnderColor, string Message);

/// <summary>
/// Checks every text box of a size against every colour that shows beneath it (the fill, the template's rectangles
/// and a partner's plate, topmost first), so a colour change that makes any text unreadable is found before drawing.
/// </summary>
internal static class CardContrast
{
    public static IReadOnlyList<ContrastProblem> Check(SizeLayout layout, bool partner, IReadOnlyDictionary<string, SKColor> palette)
    {
        var layers = new List<(Box Box, string Color)>();
        layers.AddRange((layout.Rectangles ?? []).Select(r => ((Box)r, r.Color)));
        if (partner && layout.Partner is { } plate)
        {
            layers.Add((plate.Plate, PartnerLayout.PlateColor));
        }

        var problems = new List<ContrastProblem>();
        foreach (var (name, box) in TextBoxes(layout, partner))
        {
            foreach (var under in Beneath(box, layers))
            {
                if (ContrastRule.Check(Rgb(Color(palette, box.Color)), Rgb(Color(palette, under))) is { } problem)
                {
                    problems.Add(new ContrastProblem(name, box.Color, under, $"{name} ({box.Color}) on {under}: {problem}"));
                }
            }
        }

        return problems;
    }

    /// <summary>The text boxes drawn on a card, with the partner's in place of the campaign's brand on a partner's card.</summary>
    public static IEnumerable<(string Name, TextBox Box)> TextBoxes(SizeLayout layout, bool partner)
    {
        foreach (var (name, box) in layout.TextBoxes())
        {
            yield return name == "brand" && partner && layout.Partner is { } p ? (name, p.Brand) : (name, box);
        }

        if (partner && layout.Partner is { } co)
        {
            if (layout.Brand is null)
            {
                yield return ("brand", co.Brand);
            }

            yield return ("partner", co.Name);
        }
    }

    private static IEnumerable<string> Beneath(Box box, List<(Box Box, string Color)> layers)
    {
        for (var i = layers.Count - 1; i >= 0; i--)
        {
            var layer = layers[i].Box;
            if (!Overlaps(layer, box))
            {
                continue;
            }

            yield return layers[i].Color;
            if (Covers(layer, box))
            {
                yield break;
            }
        }

        yield return "background";
    }

    private static bool Overlaps(Box a, Box b) => a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    private static bool Covers(Box outer, Box inner) =>
        outer.X <= inner.X && outer.Y <= inner.Y && outer.X + outer.Width >= inner.X + inner.Width && outer.Y + outer.Height >= inner.Y + inner.Height;

    // A theme without a background colour is drawn on white (BackgroundCache).
    private static SKColor Color(IReadOnlyDictionary<string, SKColor> palette, string name) =>
        palette.TryGetValue(name, out var color) ? color : SKColors.White;

    private static RgbColor Rgb(SKColor color) => new(color.Red, color.Green, color.Blue);
}
