using SkiaSharp;
using SocialScheduler.Testing;

namespace SocialScheduler.Imaging.Tests.Golden;

/// <summary>
/// Committed baselines under <c>Baselines/</c>. A mismatch writes the actual and diff images to <c>actual/</c>
/// (ignored by git); only <c>approve-cards.sh</c>, which sets <c>IMAGING_APPROVE=1</c>, writes baselines.
/// </summary>
internal static class GoldenImages
{
    public static string BaselineFolder { get; } = Path.Combine(RepoPaths.Root, "tests", "SocialScheduler.Imaging.Tests", "Baselines");

    public static string ActualFolder { get; } = Path.Combine(RepoPaths.Root, "tests", "SocialScheduler.Imaging.Tests", "actual");

    public static bool Approving =>
        string.Equals(Environment.GetEnvironmentVariable("IMAGING_APPROVE"), "1", StringComparison.Ordinal);

    public static void AssertMatches(string name, ReadOnlyMemory<byte> actualPng)
    {
        var baselinePath = Path.Combine(BaselineFolder, name + ".png");
        if (Approving)
        {
            Directory.CreateDirectory(BaselineFolder);
            File.WriteAllBytes(baselinePath, actualPng.ToArray());
            return;
        }

        if (!File.Exists(baselinePath))
        {
            WriteActual(name, actualPng, diff: null);
            Assert.Fail($"No baseline {baselinePath}. Look at {ActualFolder}/{name}.actual.png and, if it is right, run tests/SocialScheduler.Imaging.Tests/approve-cards.sh.");
        }

        using var expected = Decode(File.ReadAllBytes(baselinePath));
        using var actual = Decode(actualPng.ToArray());
        using var diff = new SKBitmap(new SKImageInfo(expected.Width, expected.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var comparison = ImageComparison.Compare(expected, actual, diff);
        if (!comparison.Matches)
        {
            WriteActual(name, actualPng, diff);
            Assert.Fail(
                $"{name}: {comparison.DifferingPixels} of {comparison.TotalPixels} pixels ({comparison.DifferingShare:P3}) differ by more than "
                + $"{ImageComparison.ChannelTolerance} levels (allowed {ImageComparison.MaxDifferingShare:P2}). See {ActualFolder}/{name}.actual.png and "
                + $"{name}.diff.png; if the change is intended, run tests/SocialScheduler.Imaging.Tests/approve-cards.sh.");
        }
    }

    public static SKBitmap Decode(byte[] png)
    {
        using var decoded = SKBitmap.Decode(png) ?? throw new InvalidDataException("Not a decodable image.");
        return decoded.Copy(SKColorType.Rgba8888);
    }

    private static void WriteActual(string name, ReadOnlyMemory<byte> actualPng, SKBitmap? diff)
    {
        Directory.CreateDirectory(ActualFolder);
        File.WriteAllBytes(Path.Combine(ActualFolder, name + ".actual.png"), actualPng.ToArray());
        if (diff is not null)
        {
            using var data = diff.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(Path.Combine(ActualFolder, name + ".diff.png"), data.ToArray());
        }
    }
}
