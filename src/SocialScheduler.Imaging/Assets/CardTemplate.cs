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
    TextBox Hashtag)
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
