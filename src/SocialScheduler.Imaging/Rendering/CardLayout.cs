using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Text;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>Every text box of a card fitted, or the problems that stop the card from being drawn.</summary>
internal sealed record CardLayout(
    CardSize Size, SizeLayout Boxes, IReadOnlyList<(string Name, TextBox Box)> TextBoxes, IReadOnlyDictionary<string, FittedText> Texts, IReadOnlyList<string> Problems)
{
    public static CardLayout Compute(ResolvedCard card, FitCache? fits = null) =>
        Compute(card.Assets, card.Content, card.Size, card.Partner is not null, card.NumberSize, fits);

    /// <param name="numberSize">The headline's size in every locale (<see cref="NumberSizes"/>); 0 fits it on its own.</param>
    /// <param name="fits">Texts already fitted; null fits every box afresh.</param>
    public static CardLayout Compute(CardAssets assets, CardContent content, CardSize size, bool partner, int numberSize, FitCache? fits = null)
    {
        var boxes = assets.Template.Sizes[size.Name];
        var textBoxes = CardContrast.TextBoxes(boxes, partner).ToList();
        var texts = new Dictionary<string, FittedText>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (name, template) in textBoxes)
        {
            var box = name == "number" && numberSize > 0 ? template with { MaxFontSize = Math.Min(template.MaxFontSize, numberSize) } : template;
            var result = fits is null
                ? TextFitter.Fit(content.Text(name), assets.Fonts[box.Font], box)
                : fits.Fit(assets.Fingerprint, content.Text(name), assets.Fonts[box.Font], box);
            if (result.MissingCharacters.Count > 0)
            {
                problems.Add($"{name}: the font '{assets.Theme.Fonts[box.Font]}' has no glyph for {string.Join(", ", result.MissingCharacters)}; "
                    + "use another character or add a font that has it to assets/fonts and the theme");
            }

            if (result.Text is null)
            {
                problems.Add($"{name}: {result.Problem}; shorten the text or enlarge the box in the template");
            }
            else
            {
                texts[name] = result.Text;
            }
        }

        return new CardLayout(size, boxes, textBoxes, texts, problems);
    }
}
