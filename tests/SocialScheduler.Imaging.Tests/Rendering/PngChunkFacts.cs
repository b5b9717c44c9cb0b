using System.Buffers.Binary;
using System.Text;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Tests.Support;

namespace SocialScheduler.Imaging.Tests.Rendering;

/// <summary>The PNG files themselves: a strict decoder or an upload check rejects a chunk whose CRC is wrong.</summary>
public sealed class PngChunkFacts
{
    [Theory]
    [InlineData("square")]
    [InlineData("link")]
    public void Every_chunk_of_a_card_carries_the_CRC_of_its_type_and_data(string size)
    {
        var png = Renderers.Shared.Render(new CardRequest("growth-2020", "it", size)).Content.ToArray();

        var chunks = Chunks(png);

        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        Assert.All(chunks, c => Assert.True(c.Stored == c.Computed, $"{c.Type}: stored CRC {c.Stored:X8}, the chunk's is {c.Computed:X8}"));
    }

    [Fact]
    public void A_flipped_bit_in_the_image_data_no_longer_matches_its_CRC()
    {
        var png = Renderers.Shared.Render(new CardRequest("growth-2020", "it", "square")).Content.ToArray();
        png[8 + 25 + 8 + 10] ^= 0x01;

        var idat = Chunks(png).Single(c => c.Type == "IDAT");

        Assert.NotEqual(idat.Stored, idat.Computed);
    }

    private static List<(string Type, uint Stored, uint Computed)> Chunks(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var chunks = new List<(string, uint, uint)>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var typeAndData = png.AsSpan(at + 4, 4 + length);
            var stored = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            chunks.Add((Encoding.ASCII.GetString(typeAndData[..4]), stored, Crc(typeAndData)));
            at += 12 + length;
        }

        return chunks;
    }

    // The CRC of the PNG specification (ISO 3309), a bit at a time: slow and plain, so it checks the writer's.
    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
