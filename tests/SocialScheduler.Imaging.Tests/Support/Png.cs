using SkiaSharp;

namespace SocialScheduler.Imaging.Tests.Support;

internal static class Png
{
    public static SKBitmap Decode(ReadOnlyMemory<byte> bytes) =>
        SKBitmap.Decode(bytes.ToArray()) ?? throw new InvalidDataException("Not a decodable image.");

    public static bool IsPng(ReadOnlyMemory<byte> bytes) =>
        bytes.Span.StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
}
