using SkiaSharp;

namespace SocialScheduler.Imaging.Tests.Golden;

/// <summary>
/// Compares two images pixel by pixel. A pixel differs when any channel moves by more than
/// <see cref="ChannelTolerance"/> levels; the images match when at most <see cref="MaxDifferingShare"/> of the
/// pixels differ. Loose enough for anti-aliasing noise, tight enough to catch one changed digit.
/// </summary>
internal sealed record ImageComparison(int DifferingPixels, int TotalPixels, bool SameSize)
{
    public const int ChannelTolerance = 8;
    public const double MaxDifferingShare = 0.0001;

    public bool Matches => SameSize && DifferingPixels <= TotalPixels * MaxDifferingShare;

    public double DifferingShare => TotalPixels == 0 ? 1 : (double)DifferingPixels / TotalPixels;

    /// <summary>Compares and, when asked, draws the differing pixels in red over a darkened copy of the expected image.</summary>
    /// <remarks>All bitmaps must be RGBA 8888 and the diff as large as the expected image.</remarks>
    public static ImageComparison Compare(SKBitmap expected, SKBitmap actual, SKBitmap? diff = null)
    {
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return new ImageComparison(actual.Width * actual.Height, actual.Width * actual.Height, SameSize: false);
        }

        // Both images are RGBA 8888 (see GoldenImages.Decode): compare the four bytes of each pixel.
        using var expectedPixels = expected.PeekPixels();
        using var actualPixels = actual.PeekPixels();
        using var diffPixels = diff?.PeekPixels();
        var e = expectedPixels.GetPixelSpan<byte>();
        var a = actualPixels.GetPixelSpan<byte>();
        var d = diffPixels is null ? [] : diffPixels.GetPixelSpan<byte>();
        var differing = 0;
        for (var i = 0; i + 3 < e.Length; i += 4)
        {
            var differs = Math.Abs(e[i] - a[i]) > ChannelTolerance || Math.Abs(e[i + 1] - a[i + 1]) > ChannelTolerance
                || Math.Abs(e[i + 2] - a[i + 2]) > ChannelTolerance || Math.Abs(e[i + 3] - a[i + 3]) > ChannelTolerance;
            differing += differs ? 1 : 0;
            if (d.Length > 0)
            {
                d[i] = differs ? (byte)255 : (byte)(e[i] / 4);
                d[i + 1] = differs ? (byte)0 : (byte)(e[i + 1] / 4);
                d[i + 2] = differs ? (byte)0 : (byte)(e[i + 2] / 4);
                d[i + 3] = 255;
            }
        }

        return new ImageComparison(differing, expected.Width * expected.Height, SameSize: true);
    }
}
