using SkiaSharp;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>
/// PNG of opaque RGB pixels with the None row filter at zlib level 3 (<see cref="PngWriter"/>): on these
/// flat-coloured cards the None filter is faster and smaller than Skia's default (all filters, RGBA), and the
/// runtime's zlib-ng deflates twice as fast as Skia's; see the benchmark's <c>png</c> mode.
/// JPEG only when a byte limit forces it.
/// </summary>
internal static class CardEncoder
{
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    /// <summary>The last JPEG quality tried: below it the statistic's small print blurs.</summary>
    public const int LowestJpegQuality = 45;

    private static readonly int[] JpegQualities = [92, 85, 75, 60, LowestJpegQuality];

    public static byte[] EncodePng(SKPixmap pixels) => PngWriter.Encode(pixels);

    /// <summary>The PNG when it is small enough, else the best JPEG under <paramref name="maxBytes"/>.</summary>
    public static (byte[] Bytes, string ContentType) Within(SKPixmap pixels, byte[] png, long maxBytes)
    {
        if (png.LongLength <= maxBytes)
        {
            return (png, Png);
        }

        return JpegWithin(pixels, maxBytes, png.Length);
    }

    /// <summary>The best JPEG under <paramref name="maxBytes"/>, for a platform that takes no PNG.</summary>
    public static (byte[] Bytes, string ContentType) JpegWithin(SKPixmap pixels, long maxBytes, long? pngLength = null)
    {
        foreach (var quality in JpegQualities)
        {
            using var data = pixels.Encode(new SKJpegEncoderOptions(quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore));
            if (data is not null && data.Size <= maxBytes)
            {
                return (data.ToArray(), Jpeg);
            }
        }

        throw new InvalidOperationException(
            $"The card does not fit in {maxBytes} bytes even as a JPEG at quality {LowestJpegQuality}{(pngLength is { } length ? $" (PNG: {length} bytes)" : "")}.");
    }
}
