using SkiaSharp;
using SocialScheduler.Imaging.Text;

namespace SocialScheduler.Imaging.Assets;

/// <summary>
/// A loaded template with its theme, fonts and logo. <see cref="Fingerprint"/> hashes every file read, so any edit
/// a designer makes changes the content hash of the cards it affects.
/// </summary>
internal sealed class CardAssets : IDisposable
{
    public CardAssets(
        CardTemplate template,
        CardTheme theme,
        IReadOnlyDictionary<string, FontFace> fonts,
        IReadOnlyDictionary<string, SKColor> colors,
        SKImage? logo,
        string fingerprint)
    {
        Template = template;
        Theme = theme;
        Fonts = fonts;
        Colors = colors;
        Logo = logo;
        Fingerprint = fingerprint;
    }

    public CardTemplate Template { get; }

    public CardTheme Theme { get; }

    public IReadOnlyDictionary<string, FontFace> Fonts { get; }

    public IReadOnlyDictionary<string, SKColor> Colors { get; }

    public SKImage? Logo { get; }

    public string Fingerprint { get; }

    public void Dispose()
    {
        foreach (var font in Fonts.Values)
        {
            font.Dispose();
        }

        Logo?.Dispose();
    }
}
