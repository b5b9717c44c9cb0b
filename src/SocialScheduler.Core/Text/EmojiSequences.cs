using System.Globalization;
using System.Text;

namespace SocialScheduler.Core.Text;

/// <summary>
/// Finds emoji sequences (ZWJ families, skin tones, flags, tag sequences, keycaps, presentation selectors) as
/// extended grapheme clusters (UAX #29, which .NET implements) that start with an emoji and carry a sequence mark.
/// </summary>
internal static class EmojiSequences
{
    /// <summary>Each emoji sequence, in text order.</summary>
    public static List<TextSpan> Find(string text)
    {
        var found = new List<TextSpan>();
        for (var offset = 0; offset < text.Length;)
        {
            // Two characters below the combining marks (U+0300) are two clusters, neither an emoji: skip the costly
            // segmentation for the Latin text that most posts are made of.
            if (text[offset] < '\u0300' && (offset + 1 == text.Length || text[offset + 1] < '\u0300'))
            {
                offset++;
                continue;
            }

            var length = StringInfo.GetNextTextElementLength(text, offset);
            if (IsEmoji(text.AsSpan(offset, length)))
            {
                found.Add(new TextSpan(offset, length));
            }

            offset += Math.Max(length, 1);
        }

        return found;
    }

    private static bool IsEmoji(ReadOnlySpan<char> cluster)
    {
        var first = Rune.DecodeFromUtf16(cluster, out var firstRune, out _) == System.Buffers.OperationStatus.Done ? firstRune.Value : cluster[0];
        var single = cluster.Length == (first > 0xFFFF ? 2 : 1);
        if (single)
        {
            // A lone © or ® is text; only a sequence (©️) makes it an emoji.
            return first > 0xFF && IsPictographic(first);
        }

        var hasSequenceMark = false;
        foreach (var rune in cluster.EnumerateRunes())
        {
            var v = rune.Value;
            hasSequenceMark |= v is 0xFE0F or 0x20E3 or 0x200D
                || v is >= 0x1F3FB and <= 0x1F3FF
                || v is >= 0x1F1E6 and <= 0x1F1FF
                || v is >= 0xE0020 and <= 0xE007F;
        }

        return hasSequenceMark && (IsPictographic(first) || IsKeycapBase(first));
    }

    private static bool IsKeycapBase(int codePoint) => codePoint is (>= '0' and <= '9') or '#' or '*';

    /// <summary>The blocks where emoji live (Unicode emoji-data: Extended_Pictographic, coarsely).</summary>
    internal static bool IsPictographic(int cp) =>
        cp is 0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139 or 0x24C2 or 0x3030 or 0x303D or 0x3297 or 0x3299
        || cp is >= 0x2194 and <= 0x21AA
        || cp is >= 0x231A and <= 0x23FF
        || cp is >= 0x25AA and <= 0x25FE
        || cp is >= 0x2600 and <= 0x27BF
        || cp is >= 0x2934 and <= 0x2935
        || cp is >= 0x2B05 and <= 0x2B55
        || cp is >= 0x1F000 and <= 0x1FAFF;
}
