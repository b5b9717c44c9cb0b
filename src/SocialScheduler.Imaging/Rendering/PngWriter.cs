using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SkiaSharp;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>
/// Writes opaque RGBA 8888 pixels as an 8-bit RGB PNG with the None row filter, deflated at zlib level 3 by the
/// runtime's zlib-ng (level 6 costs nearly twice the CPU for files a twelfth smaller, benchmark <c>png</c> mode: with
/// fourteen partners' cards the encoder's CPU is what a full render waits for). On these flat-coloured cards that is twice as fast as Skia's libpng encoder with the same
/// settings, for about a tenth more bytes (benchmark <c>png</c> mode), and the encoder is most of a card's CPU.
/// </summary>
internal static class PngWriter
{
    public const int Level = 3;

    // One output buffer per thread, reused from card to card: growing a fresh stream to a card's size allocates about
    // half a megabyte of large-object garbage per card, which over 2,520 cards is most of the process's peak memory.
    private const int ReusedCapacity = 1024 * 1024;

    [ThreadStatic]
    private static MemoryStream? t_output;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Encode(SKPixmap pixels, int level = Level)
    {
        if (pixels.ColorType != SKColorType.Rgba8888 || pixels.AlphaType != SKAlphaType.Opaque)
        {
            throw new ArgumentException($"Only opaque RGBA 8888 pixels are written (got {pixels.ColorType}, {pixels.AlphaType}).", nameof(pixels));
        }

        var (width, height) = (pixels.Width, pixels.Height);
        var source = pixels.GetPixelSpan<byte>();
        var output = t_output ?? new MemoryStream(256 * 1024);
        t_output = null;
        output.SetLength(0);
        output.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per channel
        header[9] = 2; // truecolour (RGB), no alpha
        WriteChunk(output, "IHDR"u8, header);

        // One IDAT chunk: its length and CRC are written once the compressed size is known.
        var idatStart = (int)output.Position;
        output.Write("\0\0\0\0IDAT"u8);
        var row = new byte[1 + (width * 3) + Vector128<byte>.Count];
        using (var deflate = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                // row[0] = 0: the None filter, so each row is its pixels as they are.
                ToRgb(source.Slice(y * pixels.RowBytes, width * 4), row.AsSpan(1));
                deflate.Write(row, 0, 1 + (width * 3));
            }
        }

        var buffer = output.GetBuffer();
        var dataLength = (int)output.Position - idatStart - 8;
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(idatStart), dataLength);
        WriteCrc(output, buffer.AsSpan(idatStart + 4, dataLength + 4));
        WriteChunk(output, "IEND"u8, []);
        var png = output.ToArray();
        // A contact sheet's buffer is let go: kept, it would hold megabytes per thread for the life of the process.
        t_output = output.Capacity <= ReusedCapacity ? output : null;
        return png;
    }

    /// <summary>RGBA to RGB; <paramref name="rgb"/> needs 16 spare bytes at its end for the vector stores.</summary>
    // Optimized at its first call: a cold render spends its first tenth of a second on unoptimized code otherwise.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ToRgb(ReadOnlySpan<byte> rgba, Span<byte> rgb)
    {
        var pixels = rgba.Length / 4;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // Four pixels in, twelve bytes out; the four bytes of junk after them are overwritten by the next store.
            var drop = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0x80, 0x80, 0x80, 0x80);
            ref var from = ref MemoryMarshal.GetReference(rgba);
            ref var to = ref MemoryMarshal.GetReference(rgb);
            for (; i + 4 <= pixels; i += 4)
            {
                var packed = Vector128.Shuffle(Vector128.LoadUnsafe(ref Unsafe.Add(ref from, i * 4)), drop);
                packed.StoreUnsafe(ref Unsafe.Add(ref to, i * 3));
            }
        }

        for (; i < pixels; i++)
        {
            rgb[i * 3] = rgba[i * 4];
            rgb[(i * 3) + 1] = rgba[(i * 4) + 1];
            rgb[(i * 3) + 2] = rgba[(i * 4) + 2];
        }
    }

    private static void WriteChunk(MemoryStream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var start = (int)output.Position;
        output.Write(type);
        output.Write(data);
        WriteCrc(output, output.GetBuffer().AsSpan(start, type.Length + data.Length));
    }

    private static void WriteCrc(MemoryStream output, ReadOnlySpan<byte> typeAndData)
    {
        // PNG's chunk CRC is the ISO-HDLC CRC-32 (as in zlib and Ethernet), which Crc32 computes.
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, Crc32.HashToUInt32(typeAndData));
        output.Write(bytes);
    }
}
