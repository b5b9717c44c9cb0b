using SkiaSharp;
using SocialScheduler.Imaging.Assets;

namespace SocialScheduler.Imaging.Text;

/// <summary>
/// Finds the largest font size at which a text fits its box within its line limit, then balances the lines so
/// they are of even width and none holds a lonely word. Sizes are whole pixels so the result is the same on every machine.
/// </summary>
internal static class TextFitter
{
    /// <summary>
    /// How much smaller a text may be set to avoid a line ending in a short word ("in", "de", "von"): a tenth at
    /// most; beyond that the larger text with the short word at a line end reads better.
    /// </summary>
    private const float ShortWordShrink = 0.9f;

    public static FitResult Fit(string text, FontFace face, TextBox box)
    {
        var words = LineBreaker.Split(text);
        var measured = new MeasuredWords(face, words);
        var missing = measured.MissingCharacters;
        var metrics = VerticalMetrics.Of(face);

        FitResult? leavingShortWord = null;
        for (var size = (int)MathF.Floor(box.MaxFontSize); size >= box.MinFontSize; size--)
        {
            if (leavingShortWord is not null && size < leavingShortWord.Text!.FontSize * ShortWordShrink)
            {
                break;
            }

            if (!Feasible(measured, box, metrics, size, out var lineCount))
            {
                continue;
            }

            var breaks = Balance(measured, box.Width / size, lineCount);
            var lines = measured.Lines(breaks).Select(face.Shape).ToList();
            if (lines.All(l => l.Width * size <= box.Width))
            {
                var fit = new FitResult(new FittedText(face, size, lines), null, missing);
                if (!measured.LeavesShortWord(breaks))
                {
                    return fit;
                }

                leavingShortWord ??= fit;
            }
        }

        return leavingShortWord ?? new FitResult(null, Explain(measured, box, metrics), missing);
    }

    /// <summary>Height of <paramref name="lines"/> lines at <paramref name="size"/>: line gaps plus one line's ink.</summary>
    public static float BlockHeight(int lines, float size, TextBox box, VerticalMetrics metrics) =>
        (((lines - 1) * box.LineHeight) + metrics.Ascent + metrics.Descent) * size;

    private static bool Feasible(MeasuredWords measured, TextBox box, VerticalMetrics metrics, int size, out int lineCount)
    {
        lineCount = 0;
        if (measured.WidestWord * size > box.Width)
        {
            return false;
        }

        lineCount = measured.Wrap(box.Width / size).Count;
        return lineCount <= box.MaxLines && BlockHeight(lineCount, size, box, metrics) <= box.Height;
    }

    private static IReadOnlyList<int> Balance(MeasuredWords measured, float width, int lineCount) =>
        lineCount <= 1 ? measured.Wrap(width) : measured.Balanced(width, lineCount) ?? measured.Wrap(width);

    private static string Explain(MeasuredWords measured, TextBox box, VerticalMetrics metrics)
    {
        var size = box.MinFontSize;
        if (measured.WidestWord * size > box.Width)
        {
            return $"the word '{measured.WidestWordText}' is wider than the box ({measured.WidestWord * size:0} px > {box.Width:0} px) even at {size:0} px";
        }

        var lines = measured.Wrap(box.Width / size).Count;
        return lines > box.MaxLines
            ? $"the text needs {lines} lines at the minimum size {size:0} px but the box allows {box.MaxLines}"
            : $"the text needs {BlockHeight(lines, size, box, metrics):0} px of height at {size:0} px but the box is {box.Height:0} px high";
    }
}

/// <summary>Ascent and descent of a font at 1 px, from its own metrics, so accents are never clipped.</summary>
internal readonly record struct VerticalMetrics(float Ascent, float Descent)
{
    public static VerticalMetrics Of(FontFace face)
    {
        using var font = new SKFont(face.Typeface, 1);
        font.GetFontMetrics(out var metrics);
        return new VerticalMetrics(-metrics.Ascent, metrics.Descent);
    }
}
