using System.Collections.Concurrent;
using SkiaSharp;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Assets;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>
/// The parts of a card that do not depend on the statistic or locale (fill, rectangles, logo), drawn once per size,
/// assets version and set of colours and copied under every card. Partners that keep the campaign's fill and
/// rectangle colours share one background, so 14 partners do not hold 14 copies of each size in memory.
/// </summary>
internal sealed class BackgroundCache : IDisposable
{
    // Two sets of colours at every size: the campaign's and one partner's (about 45 MB).
    private const int MaxEntries = 10;

    private readonly ConcurrentDictionary<(string Fingerprint, string Size, string Colors), Lazy<SKImage>> _images = new();

    public SKImage Get(CardAssets assets, CardSize size) => Get(assets, size, assets.Colors);

    public SKImage Get(CardAssets assets, CardSize size, IReadOnlyDictionary<string, SKColor> palette)
    {
        var used = Used(assets, size.Name, palette);
        var key = (assets.Fingerprint, size.Name, used);
        if (!ReferenceEquals(palette, assets.Colors) && !_images.ContainsKey(key) && _images.Count >= MaxEntries)
        {
            // Partners are drawn one after another: the backgrounds of the previous ones' own colours can go.
            foreach (var other in _images.Keys.Where(k => k.Colors != Used(assets, k.Size, assets.Colors)))
            {
                _images.TryRemove(other, out _);
            }
        }

        return _images.GetOrAdd(key, _ => new Lazy<SKImage>(() => Draw(assets, size, palette))).Value;
    }

    private static string Used(CardAssets assets, string size, IReadOnlyDictionary<string, SKColor> palette) =>
        string.Join(',', (assets.Template.Sizes[size].Rectangles ?? []).Select(r => r.Color).Prepend("background")
            .Select(name => palette.TryGetValue(name, out var c) ? c.ToString() : "-"));

    /// <summary>Drops backgrounds of assets no longer in use.</summary>
    public void Retain(string fingerprint)
    {
        foreach (var key in _images.Keys.Where(k => k.Fingerprint != fingerprint))
        {
            // Not disposed here: a card being drawn may still read it; the finalizer frees it.
            _images.TryRemove(key, out _);
        }
    }

    private static SKImage Draw(CardAssets assets, CardSize size, IReadOnlyDictionary<string, SKColor> palette)
    {
        var layout = assets.Template.Sizes[size.Name];
        using var surface = SKSurface.Create(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(palette.TryGetValue("background", out var fill) ? fill : SKColors.White);
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var rectangle in layout.Rectangles ?? [])
        {
            paint.Color = palette[rectangle.Color];
            canvas.DrawRect(SKRect.Create(rectangle.X, rectangle.Y, rectangle.Width, rectangle.Height), paint);
        }

        if (assets.Logo is not null && layout.Logo is { } box)
        {
            canvas.DrawImage(assets.Logo, Fit(assets.Logo, box), new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
        }

        return surface.Snapshot();
    }

    // Keeps the logo's aspect ratio, centred in its box.
    internal static SKRect Fit(SKImage logo, Box box)
    {
        var scale = Math.Min(box.Width / logo.Width, box.Height / logo.Height);
        var (w, h) = (logo.Width * scale, logo.Height * scale);
        return SKRect.Create(box.X + ((box.Width - w) / 2), box.Y + ((box.Height - h) / 2), w, h);
    }

    public void Dispose()
    {
        foreach (var image in _images.Values.Where(l => l.IsValueCreated))
        {
            image.Value.Dispose();
        }

        _images.Clear();
    }
}
