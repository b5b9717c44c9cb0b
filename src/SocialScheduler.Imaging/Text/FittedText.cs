namespace SocialScheduler.Imaging.Text;

/// <summary>Text laid out in a box: the chosen font size and each line shaped at 1 px.</summary>
internal sealed record FittedText(FontFace Face, float FontSize, IReadOnlyList<ShapedText> Lines);

/// <summary>The outcome of fitting: the layout, or a sentence saying why the text cannot fit.</summary>
internal sealed record FitResult(FittedText? Text, string? Problem, IReadOnlyList<string> MissingCharacters)
{
    public bool Fits => Text is not null;
}
