using SocialScheduler.Core.Cards;

namespace SocialScheduler.Core.Partners;

/// <summary>
/// What only the card renderer can tell about a partner's art: whether its logo is an image it can draw, and whether
/// its colours read on the cards where the template puts them. The imaging adapter implements it; Core stays free
/// of image libraries.
/// </summary>
/// <remarks>Thread-safe. Never throws for bad input: problems are returned.</remarks>
public interface IPartnerArtCheck
{
    /// <summary>The pixel size of an encoded logo, or null when it is not a PNG or JPEG the renderer can decode.</summary>
    (int Width, int Height)? MeasureImage(ReadOnlySpan<byte> encoded);

    /// <summary>
    /// Problems of <paramref name="colors"/> on the cards, each with the colour name it is about (a name the theme does
    /// not know, or a text that would fall below <see cref="ContrastRule.Minimum"/> on what lies under it).
    /// </summary>
    IReadOnlyList<(string Color, string Problem)> CheckColors(IReadOnlyDictionary<string, RgbColor> colors);
}
