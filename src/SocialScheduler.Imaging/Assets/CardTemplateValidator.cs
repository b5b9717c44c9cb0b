using SkiaSharp;
using SocialScheduler.Core.Cards;

namespace SocialScheduler.Imaging.Assets;

/// <summary>Checks a template against the theme and the named sizes before any card is drawn.</summary>
internal static class CardTemplateValidator
{
    public static void Check(string path, CardTemplate template, CardTheme theme, IReadOnlyDictionary<string, SKColor> colors)
    {
        var problems = new List<string>();
        foreach (var size in CardSize.All)
        {
            if (template.Sizes is null || !template.Sizes.TryGetValue(size.Name, out var layout))
            {
                problems.Add($"sizes.{size.Name} is missing; every size ({string.Join(", ", CardSize.All.Select(s => s.Name))}) needs a layout");
                continue;
            }

            foreach (var (name, box) in layout.TextBoxes())
            {
                CheckTextBox(problems, $"sizes.{size.Name}.{name}", box, size, theme, colors);
            }

            foreach (var (rectangle, i) in (layout.Rectangles ?? []).Select((r, i) => (r, i)))
            {
                CheckInside(problems, $"sizes.{size.Name}.rectangles[{i}]", rectangle, size);
                CheckColor(problems, $"sizes.{size.Name}.rectangles[{i}].color", rectangle.Color, colors);
            }

            if (layout.Logo is not null)
            {
                CheckInside(problems, $"sizes.{size.Name}.logo", layout.Logo, size);
            }

            // Below this a phone shows the source as a grey smudge; it must be read to be believed.
            var leastSource = MathF.Ceiling(size.Width * MinSourceShare);
            if (layout.Source is { } source && source.MinFontSize < leastSource)
            {
                problems.Add($"sizes.{size.Name}.source: minFontSize ({source.MinFontSize}) must be at least {leastSource} (2.5 % of the card's width) so the source stays readable in a feed");
            }

            if (layout.Partner is { } partner)
            {
                CheckPartner(problems, $"sizes.{size.Name}.partner", partner, size, theme, colors);
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{path}: {string.Join("; ", problems)}.");
        }
    }

    /// <summary>The least height of the source line, as a share of the card's width.</summary>
    public const float MinSourceShare = 0.025f;

    private static void CheckPartner(
        List<string> problems, string where, PartnerLayout partner, CardSize size, CardTheme theme, IReadOnlyDictionary<string, SKColor> colors)
    {
        if (partner.Plate is null || partner.Logo is null)
        {
            problems.Add($"{where} needs a plate and a logo box");
            return;
        }

        CheckInside(problems, where + ".plate", partner.Plate, size);
        CheckInside(problems, where + ".logo", partner.Logo, size);
        CheckTextBox(problems, where + ".brand", partner.Brand, size, theme, colors);
        var withPlate = new Dictionary<string, SKColor>(colors) { [PartnerLayout.PlateColor] = SKColors.White, [PartnerLayout.PlateTextColor] = SKColors.Black };
        CheckTextBox(problems, where + ".name", partner.Name, size, theme, withPlate);
    }

    private static void CheckTextBox(
        List<string> problems, string where, TextBox? box, CardSize size, CardTheme theme, IReadOnlyDictionary<string, SKColor> colors)
    {
        if (box is null)
        {
            problems.Add($"{where} is missing");
            return;
        }

        CheckInside(problems, where, box, size);
        CheckColor(problems, where + ".color", box.Color, colors);
        if (box.Font is null || !theme.Fonts.ContainsKey(box.Font))
        {
            problems.Add($"{where}.font '{box.Font}' is not a font of the theme ({string.Join(", ", theme.Fonts.Keys)})");
        }

        if (box.MinFontSize < 6 || box.MinFontSize > box.MaxFontSize)
        {
            problems.Add($"{where}: minFontSize ({box.MinFontSize}) must be at least 6 and at most maxFontSize ({box.MaxFontSize})");
        }

        if (box.MaxLines < 1 || box.LineHeight <= 0)
        {
            problems.Add($"{where}: maxLines must be at least 1 and lineHeight above 0");
        }
    }

    private static void CheckInside(List<string> problems, string where, Box box, CardSize size)
    {
        if (box.X < 0 || box.Y < 0 || box.Width <= 0 || box.Height <= 0 || box.X + box.Width > size.Width || box.Y + box.Height > size.Height)
        {
            problems.Add($"{where} ({box.X},{box.Y} {box.Width}×{box.Height}) must lie inside {size.Width}×{size.Height}");
        }
    }

    private static void CheckColor(List<string> problems, string where, string? color, IReadOnlyDictionary<string, SKColor> colors)
    {
        if (color is null || !colors.ContainsKey(color))
        {
            problems.Add($"{where} '{color}' is not a colour of the theme ({string.Join(", ", colors.Keys)})");
        }
    }
}
