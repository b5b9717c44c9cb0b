namespace SocialScheduler.Imaging.Assets;

/// <summary>A card layout read from <c>assets/templates/*.json</c>: one <see cref="SizeLayout"/> per named size.</summary>
public sealed record CardTemplate(string Name, string? Description, IReadOnlyDictionary<string, SizeLayout> Sizes);

/// <summary>The boxes of one size, in pixels from the top-left corner.</summary>
public sealed record SizeLayout(
    IReadOnlyList<RectangleBox> Rectangles,
    Box? Logo,
    TextBox? Brand,
    TextBox Number,
    TextBox Caption,
    TextBox Source,
    TextBox Hashtag,
    PartnerLayout? Partner = null)
{
    /// <summary>The text boxes by the name used in messages and in the template file.</summary>
    public IEnumerable<(string Name, TextBox Box)> TextBoxes()
    {
        if (Brand is not null)
        {
            yield return ("brand", Brand);
        }

        yield return ("number", Number);
        yield return ("caption", Caption);
        yield return ("source", Source);
        yield return ("hashtag", Hashtag);
    }
}

/// <summary>
/// What a partner's card has instead of, or besides, the campaign card's boxes: a <see cref="Plate"/> filled with the
/// partner's <c>plate</c> colour holding its <see cref="Logo"/> and <see cref="Name"/> (coloured <c>plateText</c>), and
/// the campaign's <see cref="Brand"/> in the room left beside it.
/// </summary>
public sealed record PartnerLayout(Box Plate, Box Logo, TextBox Name, TextBox Brand)
{
    public const string PlateColor = "plate";
    public const string PlateTextColor = "plateText";
}

public record Box(float X, float Y, float Width, float Height);

/// <summary>A filled rectangle; <see cref="Color"/> names a theme colour.</summary>
public sealed record RectangleBox(float X, float Y, float Width, float Height, string Color) : Box(X, Y, Width, Height);

/// <summary>
/// A text box: the text is shrunk from <see cref="MaxFontSize"/> until it fits in <see cref="MaxLines"/> lines;
/// below <see cref="MinFontSize"/> the card is refused rather than clipped.
/// </summary>
public sealed record TextBox(
    float X, float Y, float Width, float Height,
    string Font, string Color,
    float MinFontSize, float MaxFontSize, int MaxLines,
    TextAlign Align = TextAlign.Left,
    VerticalAlign VerticalAlign = VerticalAlign.Top,
    float LineHeight = 1.15f) : Box(X, Y, Width, Height);

public enum TextAlign
{
    Left,
    Center,
    Right,
}

public enum VerticalAlign
{
    Top,
    Center,
    Bottom,
}
