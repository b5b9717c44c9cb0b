using System.Buffers.Binary;

namespace SocialScheduler.Platforms.Tests.Fakes;

/// <summary>Reads a PNG's size from its header, as a platform does when it accepts an upload.</summary>
public static class PngInfo
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height)? Read(byte[] bytes) =>
        bytes.Length >= 24 && bytes.AsSpan(0, 8).SequenceEqual(Signature)
            ? (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)))
            : null;
}
