using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Text;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>Every text box of a card fitted, or the problems that stop the card from being drawn.</summary>
internal sealed record CardLayout(CardSize Size, SizeLayout Boxes, IReadOnlyDictionary<string, FittedText> Texts, IReadOnlyList<string> Problems)
{
    public static CardLayout Compute(CardAssets assets, CardContent content, CardSize size)
    {
        var boxes = assets.Template.Sizes[size.Name];
        var texts = new Dictionary<string, FittedText>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (name, box) in boxes.TextBoxes())
        {
            var result = TextFitter.Fit(content.Text(name), assets.Fonts[box.Font], box);
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

        return new CardLayout(size, boxes, texts, problems);
    }
}
