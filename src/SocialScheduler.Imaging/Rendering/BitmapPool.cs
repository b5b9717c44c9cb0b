using System.Collections.Concurrent;
using SkiaSharp;
using SocialScheduler.Core.Cards;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>
/// Card-sized bitmaps kept for the next card of the same size, at most one per core and size. A fresh 1600×900
/// bitmap is 5.8 MB of memory the kernel must zero page by page: over 2,520 cards that was seconds of system time.
/// </summary>
/// <remarks>Thread-safe. A rented bitmap's pixels are whatever the last card left: callers overwrite every pixel.</remarks>
internal sealed class BitmapPool : IDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<SKBitmap>> _free = new(StringComparer.Ordinal);

    // Opaque: the PNG then carries RGB without an alpha channel, a quarter less data to compress.
    public static SKImageInfo InfoOf(CardSize size) => new(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);

    public SKBitmap Rent(CardSize size) =>
        _free.GetOrAdd(size.Name, _ => []).TryTake(out var bitmap) ? bitmap : new SKBitmap(InfoOf(size));

    public void Return(CardSize size, SKBitmap bitmap)
    {
        var free = _free.GetOrAdd(size.Name, _ => []);
        if (free.Count < Environment.ProcessorCount)
        {
            free.Add(bitmap);
        }
        else
        {
            bitmap.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var bitmap in _free.Values.SelectMany(b => b))
        {
            bitmap.Dispose();
        }

        _free.Clear();
    }
}
