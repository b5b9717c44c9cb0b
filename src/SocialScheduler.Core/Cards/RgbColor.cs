using System.Globalization;

namespace SocialScheduler.Core.Cards;

/// <summary>An opaque sRGB colour as written in the assets, <c>#RRGGBB</c>.</summary>
public readonly record struct RgbColor(byte R, byte G, byte B)
{
    /// <summary>Reads <c>#RRGGBB</c>; anything else (names, alpha, three digits) is refused so every file spells colours alike.</summary>
    public static bool TryParse(string? text, out RgbColor color)
    {
        color = default;
        if (text is not { Length: 7 } || text[0] != '#'
            || !int.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        color = new RgbColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    /// <summary>WCAG 2 relative luminance, 0 (black) to 1 (white).</summary>
    public double Luminance => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    /// <summary>WCAG 2 contrast ratio of two colours, 1 to 21, the same whichever is the text.</summary>
    public static double Contrast(RgbColor a, RgbColor b)
    {
        var (light, dark) = a.Luminance >= b.Luminance ? (a.Luminance, b.Luminance) : (b.Luminance, a.Luminance);
        return (light + 0.05) / (dark + 0.05);
    }

    public override string ToString() => $"#{R:X2}{G:X2}{B:X2}";

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}

/// <summary>The contrast rule every card text meets: WCAG 2.1 AA for normal text.</summary>
public static class ContrastRule
{
    public const double Minimum = 4.5;

    /// <summary>Null when <paramref name="text"/> reads on <paramref name="background"/>; else a sentence with the ratio.</summary>
    public static string? Check(RgbColor text, RgbColor background)
    {
        var ratio = RgbColor.Contrast(text, background);
        return ratio >= Minimum
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"{text} on {background} has a contrast of {Math.Floor(ratio * 100) / 100:0.00}:1, below the {Minimum}:1 that WCAG AA asks of text; darken or lighten one of them");
    }
}
