using System.Collections.Concurrent;
using SkiaSharp;
using SocialScheduler.Core.Partners;
using SocialScheduler.Imaging.Assets;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>
/// Each partner's logo decoded once and scaled once per size to its box, so a card copies a small image instead of
/// resampling a large one; keyed by the partner's fingerprint, so an edited logo is used at once.
/// </summary>
internal sealed class PartnerLogos : IDisposable
{
    private static readonly SKSamplingOptions Downscale = new(SKCubicResampler.Mitchell);

    private readonly ConcurrentDictionary<(string Partner, string Assets, string Size), Lazy<SKImage>> _scaled = new();

    public SKImage? Get(CardAssets assets, Partner partner, string size)
    {
        if (assets.Template.Sizes[size].Partner is not { } layout)
        {
            return null;
        }

        return _scaled.GetOrAdd((partner.Fingerprint, assets.Fingerprint, size), _ => new Lazy<SKImage>(() => Scale(partner, layout.Logo))).Value;
    }

    private static SKImage Scale(Partner partner, Box box)
    {
        using var logo = SKImage.FromEncodedData(File.ReadAllBytes(partner.LogoPath))
            ?? throw new InvalidDataException($"{partner.LogoPath}: the logo of partner '{partner.Id}' is no longer a readable image.");
        var fit = BackgroundCache.Fit(logo, box);
        var info = new SKImageInfo(Math.Max(1, (int)MathF.Round(fit.Width)), Math.Max(1, (int)MathF.Round(fit.Height)), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        using var paint = new SKPaint { IsAntialias = true };
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.DrawImage(logo, SKRect.Create(info.Width, info.Height), Downscale, paint);
        return surface.Snapshot();
    }

    public void Dispose()
    {
        foreach (var image in _scaled.Values.Where(l => l.IsValueCreated))
        {
            image.Value.Dispose();
        }

        _scaled.Clear();
    }
}
